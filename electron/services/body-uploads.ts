import { BodyDeltaReader, isBodyDelta, type BodyDelta } from '../../core/document/body-delta';
import type { DocumentBody } from '../../core/document/schema';

/** Windows whose last bodies are kept; one more forgets the longest unused (it then sends its next body whole). */
const KEPT = 16;

/**
 * The body each window last sent, per method (saves and recovery copies), so that the next
 * can come as a change to it (core/document/body-delta.ts): a save of a 100-page briefing
 * then carries the blocks edited since the last one, not 1.4 MB.
 */
export class BodyUploads {
  private readonly readers = new Map<string, BodyDeltaReader>();

  /** The whole body; throws a `stale-body` BriefError when the change is to a body no longer kept. */
  body(sessionId: string, method: string, body: DocumentBody | BodyDelta): DocumentBody {
    if (!isBodyDelta(body)) return body;
    const key = `${sessionId}\u0000${method}`;
    const reader = this.readers.get(key) ?? new BodyDeltaReader();
    this.readers.delete(key);
    this.readers.set(key, reader);
    const oldest = this.readers.keys().next().value;
    if (this.readers.size > KEPT && oldest !== undefined) this.readers.delete(oldest);
    return reader.body(body);
  }
}
