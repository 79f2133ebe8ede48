import { describe, expect, it } from 'vitest';
import type { DocumentBody, SerializedBodyNode } from '../../../core/document/schema';
import { BodyDeltaReader, BodyDeltaWriter } from '../../../renderer/panels/checks/checks-protocol';

const paragraph = (text: string): SerializedBodyNode => ({ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text } as SerializedBodyNode] });
const body = (...blocks: SerializedBodyNode[]): DocumentBody => ({ root: { type: 'root', version: 1, direction: 'ltr', children: blocks } });

/** What crosses to the worker is structured-cloned: a reused block must be sent as a number, not as the object. */
const crossed = <T>(value: T): T => structuredClone(value);

describe('the body sent to the checks worker', () => {
  it('sends every block the first time, then only the blocks that changed, and the worker rebuilds the whole body', () => {
    const writer = new BodyDeltaWriter();
    const reader = new BodyDeltaReader();
    const [a, b, c] = [paragraph('One.'), paragraph('Two.'), paragraph('Three.')];

    const first = writer.delta(body(a, b, c));
    expect(first.blocks.every((block) => typeof block === 'object')).toBe(true);
    expect(reader.body(crossed(first))).toEqual(body(a, b, c));

    const edited = paragraph('Two, edited.');
    const inserted = paragraph('Between.');
    const second = writer.delta(body(a, inserted, edited, c));
    expect(second.blocks).toEqual([0, inserted, edited, 2]);
    expect(reader.body(crossed(second))).toEqual(body(a, inserted, edited, c));

    // Positions refer to the body sent just before, not the first one.
    const third = writer.delta(body(c, a));
    expect(third.blocks).toEqual([3, 0]);
    expect(reader.body(crossed(third))).toEqual(body(c, a));
  });

  it('refuses a delta that refers to a block the worker never had, rather than checking a wrong body', () => {
    expect(() => new BodyDeltaReader().body({ root: { type: 'root', version: 1 }, blocks: [4] })).toThrow(/block 4/);
  });
});
