import type { Finding } from '../../../core/checks/finding';
import type { BriefDocument } from '../../../core/document/schema';
import type { DocumentSource } from '../../../core/sources/schema';

/**
 * A run of the checks: the document without its media (the checks never read images).
 * The sources, with their snapshots, cross only when they changed: `sources` is left out
 * and the worker uses those it was last sent.
 */
export interface ChecksRequest {
  id: number;
  document: Omit<BriefDocument, 'media' | 'sources'>;
  sources?: DocumentSource[];
}

export type ChecksReply = { id: number; ok: true; findings: Finding[]; ms: number } | { id: number; ok: false; message: string };
