import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../../core/text/word-count';
import { propertySeed } from '../property-seed';

/** Grapheme clusters counted the slow, sure way, without line breaks. */
function segmentedCount(text: string): number {
  const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  return [...graphemes.segment(text)].filter(({ segment }) => !['\n', '\r', '\r\n'].includes(segment)).length;
}

describe('countWords', () => {
  it('counts nothing in an empty or blank text', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  \n\t ')).toBe(0);
  });

  it('counts English words and ignores punctuation', () => {
    expect(countWords('Iraqi NSA al-Araji met the Commander, NATO Mission Iraq.')).toBe(9);
  });

  it('counts a hyphenated compound and a date as one word each, as Word does', () => {
    expect(countWords('counter-terrorism forces')).toBe(2);
    expect(countWords('Rudaw, 30-01-2022')).toBe(2);
  });

  it('counts a dash between words as a separator, not a joiner', () => {
    expect(countWords('Erbil - Kurdistan')).toBe(2);
    expect(countWords('prisons -- and camps')).toBe(3);
  });

  it('counts numbers and contractions as words', () => {
    expect(countWords("373 dead, 268 of them ISIS members; it's second-hand")).toBe(9);
  });

  it('counts Arabic words', () => {
    expect(countWords('دعا مستشار الأمن الوطني العراقي الدول إلى استعادة رعاياها')).toBe(9);
  });

  it('counts words across paragraphs', () => {
    expect(countWords('First paragraph here.\nSecond one.')).toBe(5);
  });
});

describe('countCharacters', () => {
  it('counts spaces but not line breaks', () => {
    expect(countCharacters('a b\nc')).toBe(4);
    expect(countCharacters('a\r\nb')).toBe(2);
  });

  it('counts a letter with a combining mark, or an emoji with a modifier, as one character', () => {
    expect(countCharacters('e\u0301')).toBe(1);
    expect(countCharacters('👍🏽')).toBe(1);
  });

  it('counts Arabic letters', () => {
    expect(countCharacters('العراق')).toBe(6);
  });

  it('counts a Latin text without segmenting it exactly as segmenting would, line breaks and all', () => {
    const latin = fc.string({ unit: fc.oneof(fc.constantFrom('a', 'É', 'ß', ' ', '-', '\u00a0', '\u2014', '\u20ac', '\n', '\r', '.'), fc.integer({ min: 0x20, max: 0x2ff }).map((code) => String.fromCharCode(code))) });
    fc.assert(fc.property(latin, (text) => countCharacters(text) === segmentedCount(text)), { seed: propertySeed(), numRuns: 500 });
  });

  it('still segments text with combining marks, joiners or surrogates among Latin letters', () => {
    expect(countCharacters('Cafe\u0301 au lait')).toBe(12);
    expect(countCharacters('team 👩\u200d💻 lead')).toBe(11);
    expect(countCharacters('a\u2028b')).toBe(segmentedCount('a\u2028b'));
  });
});
