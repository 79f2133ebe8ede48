import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonReusingFrozen } from '../../../renderer/app/frozen-json';
import { propertySeed } from '../property-seed';

describe('JSON that reuses what it wrote for frozen values', () => {
  it('writes exactly what JSON.stringify writes, for any JSON value, frozen in part or not', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, freezeFirst) => {
        const first = Array.isArray(value) ? value[0] : null;
        if (freezeFirst && typeof first === 'object' && first !== null) Object.freeze(first);
        expect(jsonReusingFrozen(value)).toBe(JSON.stringify(value));
      }),
      { seed: propertySeed(), numRuns: 500 },
    );
  });

  it('leaves out undefined members and functions, writes undefined array items as null, and honours toJSON, as JSON.stringify does', () => {
    const value = { a: undefined, b: () => 1, c: [undefined, 1], d: new Date('2026-11-29T00:00:00Z'), e: 'ok' };
    expect(jsonReusingFrozen(value)).toBe(JSON.stringify(value));
    expect(jsonReusingFrozen(undefined)).toBeUndefined();
  });

  it('reuses the JSON of a frozen block, so it is written once however often the body is sent', () => {
    let reads = 0;
    const block = Object.freeze({
      type: 'paragraph',
      get text() {
        reads += 1;
        return 'Unchanged words.';
      },
    });
    const body = { root: { children: [block] } };
    expect(jsonReusingFrozen(body)).toBe('{"root":{"children":[{"type":"paragraph","text":"Unchanged words."}]}}');
    expect(jsonReusingFrozen({ ...body, again: true })).toBe('{"root":{"children":[{"type":"paragraph","text":"Unchanged words."}]},"again":true}');
    expect(reads).toBe(1);
  });
});
