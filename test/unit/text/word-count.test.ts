import { describe, expect, it } from 'vitest';
import { countCharacters, countWords } from '../../../core/text/word-count';

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
});
