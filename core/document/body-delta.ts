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

/** Numbers bodies: writers that share a counter, and a body opened under one of its ids, never reuse an id. */
export function bodyIdCounter(): () => number {
  let last = 0;
  return () => (last += 1);
}

/** The body the receiver holds: the last one it accepted, known by identity, or one it opened, known by content. */
interface ReceivedBody {
  id: number;
  positions: Map<SerializedBodyNode, number>;
  opened: readonly SerializedBodyNode[] | null;
}

/** The sending side: remembers, by identity, the blocks of the last body the receiver accepted. */
export class BodyDeltaWriter {
  private accepted: ReceivedBody | null = null;

  constructor(private readonly nextId: () => number = bodyIdCounter()) {}

  /**
   * The receiver holds `body` under `id`: the host keeps the body a window opened, so that the
   * window's first save or recovery copy does not send a long briefing whole. The editor's
   * blocks are its own objects, not the opened ones, so they are matched by content.
   */
  opened(id: number, body: DocumentBody): void {
    this.accepted = { id, positions: new Map(), opened: body.root.children };
  }

  /** `body` as a delta against the last accepted one; `accept` once the receiver has taken it. */
  delta(body: DocumentBody): { delta: BodyDelta; accept: () => void } {
    const { children, ...root } = body.root;
    const base = this.accepted;
    const blocks = children.map((block, position) => base?.positions.get(block) ?? (base?.opened ? openedPosition(base.opened, block, position, children.length) : null) ?? block);
    const id = this.nextId();
    return {
      delta: { base: base?.id ?? null, id, root, blocks },
      accept: () => {
        this.accepted = { id, positions: new Map(children.map((block, position) => [block, position])), opened: null };
      },
    };
  }

  /** The receiver has lost the body it accepted (the host restarted): the next delta is whole. */
  forget(): void {
    this.accepted = null;
  }
}

/**
 * Where `block`, at `position` of a body of `length` blocks, is in the opened body: at the same
 * position, or as far from its end (blocks added or removed before it). Null when it is in neither.
 */
function openedPosition(opened: readonly SerializedBodyNode[], block: SerializedBodyNode, position: number, length: number): number | null {
  for (const candidate of [position, position + opened.length - length]) {
    if (candidate >= 0 && candidate < opened.length && sameJson(opened[candidate], block)) return candidate;
  }
  return null;
}

/**
 * Whether two JSON values write the same JSON, whatever the order of their members; members set
 * to undefined are left out, as JSON.stringify does. Allocates nothing: the first change after
 * opening compares a whole 100-page body.
 */
function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let index = 0; index < a.length; index += 1) if (!sameJson(a[index], b[index])) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let unmatched = 0;
  for (const key in left) {
    if (left[key] === undefined) continue;
    if (!Object.hasOwn(right, key) || !sameJson(left[key], right[key])) return false;
    unmatched += 1;
  }
  for (const key in right) if (right[key] !== undefined) unmatched -= 1;
  return unmatched === 0;
}

/** The receiving side: the body rebuilt from a delta and the blocks of the last one it took. */
export class BodyDeltaReader {
  private current: { id: number; blocks: readonly SerializedBodyNode[] } | null = null;

  /** Takes `body` as the one under `id`, as though it had been sent: the body a window opened. */
  opened(id: number, body: DocumentBody): void {
    this.current = { id, blocks: body.root.children };
  }

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
