import type { BriefDocument } from '../../core/document/schema';
import type { BriefErrorInfo } from '../../core/errors';
import type { ExportProgress } from '../../core/export/types';
import type { Template } from '../../core/templates/schema';
import type { ExportedDocument, ExportRequest } from './document-export';

/**
 * The messages between the host and its export worker (export-worker.ts). One worker runs
 * one export: the host posts one `export`, the worker answers with any number of
 * `progress` and then exactly one `done` or `failed`. There is no cancel message: the host
 * cancels by terminating the worker, which stops it even inside a long synchronous layout.
 */

/** What to export: everything `exportDocument` needs, as structured-clonable data. */
export interface ExportJob {
  document: BriefDocument;
  request: ExportRequest;
  /** The analyst's own template the document was made from, for its field labels. */
  template?: Template;
}

/** Host → worker. */
export interface ExportWorkerRequest {
  type: 'export';
  job: ExportJob;
}

/** Worker → host. `done` transfers the bytes' buffer rather than copying it. */
export type ExportWorkerMessage =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; exported: ExportedDocument }
  | { type: 'failed'; error: BriefErrorInfo };

/** The bundle's file name, beside the host's bundle in dist/electron and dist/host (scripts/build-node.mjs). */
export const EXPORT_WORKER_FILE = 'export-worker.cjs';
