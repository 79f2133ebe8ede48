import { describe, expect, it } from 'vitest';
import { findMatches, firstMatchFrom, stepMatch } from '../../../core/text/find';

const blocks = ['The NATO mission met NSA al-Araji.', 'Nato said little.', '', 'Natomas counts too: find matches inside words.'];

describe('findMatches', () => {
  it('finds nothing for an empty query', () => {
    expect(findMatches(blocks, '', { matchCase: false })).toEqual([]);
  });

  it('finds every occurrence ignoring case, in document order, with offsets in each block', () => {
    expect(findMatches(blocks, 'nato', { matchCase: false })).toEqual([
      { block: 0, start: 4, end: 8 },
      { block: 1, start: 0, end: 4 },
      { block: 3, start: 0, end: 4 },
    ]);
  });

  it('respects case when asked to', () => {
    expect(findMatches(blocks, 'NATO', { matchCase: true })).toEqual([{ block: 0, start: 4, end: 8 }]);
  });

  it('treats the query as plain text, not a pattern', () => {
    expect(findMatches(['a.b axb (c) [d]'], '.', { matchCase: false })).toEqual([{ block: 0, start: 1, end: 2 }]);
    expect(findMatches(['a.b axb (c) [d]'], '(c)', { matchCase: false })).toEqual([{ block: 0, start: 8, end: 11 }]);
  });

  it('does not overlap matches', () => {
    expect(findMatches(['aaaa'], 'aa', { matchCase: false })).toHaveLength(2);
  });

  it('never runs a match from one block into the next', () => {
    expect(findMatches(['end of one', 'start of two'], 'one start', { matchCase: false })).toEqual([]);
  });

  it('keeps offsets right where case folding changes the length of a letter', () => {
    const [match] = findMatches(['İstanbul and Ankara'], 'ankara', { matchCase: false });
    expect(match).toEqual({ block: 0, start: 13, end: 19 });
  });

  it('finds Arabic text', () => {
    expect(findMatches(['قال الأعرجي إن العراق'], 'العراق', { matchCase: false })).toEqual([{ block: 0, start: 15, end: 21 }]);
  });
});

describe('firstMatchFrom', () => {
  const matches = findMatches(blocks, 'nato', { matchCase: false });

  it('starts from the first match at or after the caret', () => {
    expect(firstMatchFrom(matches, { block: 0, offset: 5 })).toBe(1);
    expect(firstMatchFrom(matches, { block: 1, offset: 0 })).toBe(1);
  });

  it('wraps to the first match when the caret is after the last one', () => {
    expect(firstMatchFrom(matches, { block: 3, offset: 10 })).toBe(0);
  });

  it('is -1 when there is nothing to find', () => {
    expect(firstMatchFrom([], { block: 0, offset: 0 })).toBe(-1);
  });
});

describe('stepMatch', () => {
  it('moves forwards and backwards, wrapping at both ends', () => {
    expect(stepMatch(0, 3, 'next')).toBe(1);
    expect(stepMatch(2, 3, 'next')).toBe(0);
    expect(stepMatch(0, 3, 'previous')).toBe(2);
  });

  it('enters the list from the right end when nothing is current', () => {
    expect(stepMatch(-1, 3, 'next')).toBe(0);
    expect(stepMatch(-1, 3, 'previous')).toBe(2);
    expect(stepMatch(-1, 0, 'next')).toBe(-1);
  });
});
