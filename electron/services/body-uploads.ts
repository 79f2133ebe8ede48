import { BodyDeltaReader, isBodyDelta, type BodyDelta } from '../../core/document/body-delta';
import type { DocumentBody } from '../../core/document/schema';

/** Windows whose last bodies are kept; one more forgets the longest unused (it then sends its next body whole). */
const KEPT = 16;

/** The calls that send a body as a change: each keeps its own last body per window. */
const BODY_UPLOADING_METHODS = ['saveDocument', 'storeRecovery'] as const;
type UploadingMethod = (typeof BODY_UPLOADING_METHODS)[number];

/**
 * The body each window last sent, per method (saves and recovery copies), so that the next
 * can come as a change to it (core/document/body-delta.ts): a save of a 100-page briefing
 * then carries the blocks edited since the last one, not 1.4 MB. The body a window opened
 * counts as sent, so the first save or copy after opening is a change too.
 */
export class BodyUploads {
  private readonly readers = new Map<string, BodyDeltaReader>();

  /** The whole body; throws a `stale-body` BriefError when the change is to a body no longer kept. */
  body(sessionId: string, method: UploadingMethod, body: DocumentBody | BodyDelta): DocumentBody {
    if (!isBodyDelta(body)) return body;
    return this.reader(sessionId, method).body(body);
  }

  /** The window opened `body`, which the page numbers `id`: the next save and copy may be told against it. */
  opened(sessionId: string, id: number, body: DocumentBody): void {
    for (const method of BODY_UPLOADING_METHODS) this.reader(sessionId, method).opened(id, body);
  }

  private reader(sessionId: string, method: UploadingMethod): BodyDeltaReader {
    const key = `${sessionId}\u0000${method}`;
    const reader = this.readers.get(key) ?? new BodyDeltaReader();
    this.readers.delete(key);
    this.readers.set(key, reader);
    const oldest = this.readers.keys().next().value;
    if (this.readers.size > KEPT * BODY_UPLOADING_METHODS.length && oldest !== undefined) this.readers.delete(oldest);
    return reader;
  }
}
