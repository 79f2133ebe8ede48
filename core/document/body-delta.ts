import { z } from 'zod';
import { BriefError } from '../errors';
import { BodyBlockSchema, type DocumentBody, type SerializedBodyNode } from './schema';

/**
 * A body told as a change to one the receiver already has: each block that is unchanged is
 * sent as its position in that body, the others whole. The editor hands out the same object
 * for a block until it changes (renderer/editor/body-serializer.ts), so after a keystroke a
 * 100-page body crosses as one block and two thousand numbers, to the checks worker and to the
 * host that saves it.
 */
export const BodyDeltaSchema = z.object({
  /** The body this one is told against (an `id` the receiver accepted), or null: every block is whole. */
  base: z.number().int().nonnegative().nullable(),
  id: z.number().int().nonnegative(),
  /** The root's own fields, without its children. */
  root: z.looseObject({ type: z.literal('root'), version: z.number().int().nonnegative() }),
  blocks: z.array(z.union([z.number().int().nonnegative(), BodyBlockSchema])),
});
export type BodyDelta = z.infer<typeof BodyDeltaSchema>;

export function isBodyDelta(body: DocumentBody | BodyDelta): body is BodyDelta {
  return 'blocks' in body;
}

/** The sending side: remembers, by identity, the blocks of the last body the receiver accepted. */
export class BodyDeltaWriter {
  private accepted: { id: number; positions: Map<SerializedBodyNode, number> } | null = null;
  private lastId = 0;

  /** `body` as a delta against the last accepted one; `accept` once the receiver has taken it. */
  delta(body: DocumentBody): { delta: BodyDelta; accept: () => void } {
    const { children, ...root } = body.root;
    const base = this.accepted;
    const blocks = children.map((block) => base?.positions.get(block) ?? block);
    this.lastId += 1;
    const id = this.lastId;
    return {
      delta: { base: base?.id ?? null, id, root, blocks },
      accept: () => {
        this.accepted = { id, positions: new Map(children.map((block, position) => [block, position])) };
      },
    };
  }

  /** The receiver has lost the body it accepted (the host restarted): the next delta is whole. */
  forget(): void {
    this.accepted = null;
  }
}

/** The receiving side: the body rebuilt from a delta and the blocks of the last one it took. */
export class BodyDeltaReader {
  private current: { id: number; blocks: SerializedBodyNode[] } | null = null;

  body(delta: BodyDelta): DocumentBody {
    const base = delta.base === null ? null : this.current;
    if (delta.base !== null && base?.id !== delta.base) {
      throw new BriefError('stale-body', 'The document was sent as a change to a copy that is no longer here.', `base ${delta.base}, have ${this.current?.id ?? 'none'}`);
    }
    const blocks = delta.blocks.map((block) => {
      if (typeof block !== 'number') return block;
      const previous = base?.blocks[block];
      if (!previous) throw new BriefError('invalid-request', 'The document refers to a part of it that was never sent.', `block ${block} of ${base?.blocks.length ?? 0}`);
      return previous;
    });
    this.current = { id: delta.id, blocks };
    return { root: { ...delta.root, children: blocks } };
  }
}
