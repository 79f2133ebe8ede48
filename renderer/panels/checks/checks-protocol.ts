import type { Finding } from '../../../core/checks/finding';
import type { BriefDocument, DocumentBody, SerializedBodyNode } from '../../../core/document/schema';
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

export interface BodyDelta {
  /** The root's own fields, without its children. */
  root: { type: 'root'; version: number; [field: string]: unknown };
  blocks: Array<SerializedBodyNode | number>;
}

/**
 * The sending side of BodyDelta: remembers the blocks it sent, by identity (the editor's
 * body serializer hands out the same object for a block until it changes).
 */
export class BodyDeltaWriter {
  private sent = new Map<SerializedBodyNode, number>();

  delta(body: DocumentBody): BodyDelta {
    const { children, ...root } = body.root;
    const blocks = children.map((block) => this.sent.get(block) ?? block);
    this.sent = new Map(children.map((block, position) => [block, position]));
    return { root, blocks };
  }
}

/** The receiving side: the body rebuilt from a delta and the blocks of the body before it. */
export class BodyDeltaReader {
  private blocks: SerializedBodyNode[] = [];

  body(delta: BodyDelta): DocumentBody {
    const blocks = delta.blocks.map((block) => {
      if (typeof block !== 'number') return block;
      const previous = this.blocks[block];
      if (!previous) throw new Error(`The checks were sent a body that refers to block ${block} of one they never had.`);
      return previous;
    });
    this.blocks = blocks;
    return { root: { ...delta.root, children: blocks } };
  }
}

export type ChecksReply = { id: number; ok: true; findings: Finding[]; ms: number } | { id: number; ok: false; message: string };
