import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchorSelector, selectorFor } from '../../../core/citations/anchor';
import type { TextQuoteSelector } from '../../../core/citations/schema';
import { propertySeed } from '../property-seed';

const SEED = propertySeed();
fc.configureGlobal({ seed: SEED });

/**
 * For any text and any selection in it, the selector made from the selection finds that
 * same selection again, whenever the text leaves no doubt which copy of its words was
 * meant: the words are unique, or only one copy has the stored context around it.
 */

// Few letters make repeated words, and so the ambiguous cases, common.
const SMALL_ALPHABET = fc.constantFrom('a', 'b', 'c', ' ', ' ', '.', '\n', 'ع', 'é');
const text = fc.oneof(fc.string({ unit: SMALL_ALPHABET, minLength: 1, maxLength: 300 }), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }));

const textWithSelection = text
  .chain((value) => fc.tuple(fc.constant(value), fc.nat(value.length - 1), fc.nat(value.length - 1), fc.integer({ min: 0, max: 40 })))
  .map(([value, a, b, contextLength]) => ({ text: value, start: Math.min(a, b), end: Math.max(a, b) + 1, contextLength }))
  .filter(({ text: value, start, end }) => value.slice(start, end).trim() !== '');

/** The copies of the passage that the stored context fits exactly. */
function copiesFittingContext(value: string, selector: TextQuoteSelector): number[] {
  const copies: number[] = [];
  for (let at = value.indexOf(selector.exact); at >= 0; at = value.indexOf(selector.exact, at + 1)) {
    const before = value.slice(Math.max(0, at - selector.prefix.length), at);
    if (before === selector.prefix && value.startsWith(selector.suffix, at + selector.exact.length)) copies.push(at);
  }
  return copies;
}

function withoutHint({ start: _start, end: _end, ...selector }: TextQuoteSelector): TextQuoteSelector {
  return selector;
}

describe('anchoring a selector in the text it was made from', () => {
  it('finds exactly the selection when the words or their context are unique', () => {
    fc.assert(
      fc.property(textWithSelection, ({ text: value, start, end, contextLength }) => {
        const selector = selectorFor(value, start, end, contextLength);
        expect(anchorSelector(value, selector)).toMatchObject({ start, end });
        if (copiesFittingContext(value, selector).length === 1) {
          expect(anchorSelector(value, withoutHint(selector))).toMatchObject({ start, end });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('always finds the words themselves, never an approximation, in the unchanged text', () => {
    fc.assert(
      fc.property(textWithSelection, ({ text: value, start, end, contextLength }) => {
        const selector = selectorFor(value, start, end, contextLength);
        const anchor = anchorSelector(value, withoutHint(selector));
        expect(anchor).not.toBeNull();
        expect(anchor?.quality).not.toBe('fuzzy');
        expect(value.slice(anchor?.start, anchor?.end)).toBe(selector.exact);
      }),
      { numRuns: 300 },
    );
  });

  it('gives a range inside the text, or null, whatever was edited', () => {
    const edited = textWithSelection.chain((selection) =>
      fc.tuple(fc.constant(selection), fc.nat(selection.text.length), fc.nat(20), fc.string({ maxLength: 30 })),
    );
    fc.assert(
      fc.property(edited, ([{ text: value, start, end, contextLength }, at, removed, inserted]) => {
        const selector = selectorFor(value, start, end, contextLength);
        const changed = value.slice(0, at) + inserted + value.slice(at + removed);
        const anchor = anchorSelector(changed, selector);
        if (anchor) {
          expect(anchor.start).toBeGreaterThanOrEqual(0);
          expect(anchor.end).toBeGreaterThan(anchor.start);
          expect(anchor.end).toBeLessThanOrEqual(changed.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
