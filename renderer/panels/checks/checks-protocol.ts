import type { Finding } from '../../../core/checks/finding';
import type { BodyDelta } from '../../../core/document/body-delta';
import type { BriefDocument } from '../../../core/document/schema';
import type { DocumentSource } from '../../../core/sources/schema';

/**
 * A run of the checks: the document without its media (the checks never read images).
 * Only what changed crosses to the worker: the sources, with their snapshots, only when
 * they changed (`sources` left out: those last sent), and of the body only the top-level
 * blocks that changed; an unchanged block is sent as its position in the body sent before.
 */
export interface ChecksRequest {
  id: number;
  document: Omit<BriefDocument, 'media' | 'sources' | 'body'>;
  body: BodyDelta;
  sources?: DocumentSource[];
}

export type ChecksReply = { id: number; ok: true; findings: Finding[]; ms: number } | { id: number; ok: false; message: string };
