/** Where a match sits: in which block of text, and its [start, end) offsets in that block's text. */
export interface TextMatch {
  block: number;
  start: number;
  end: number;
}

/** A caret in the same coordinates as a match. */
export interface TextPosition {
  block: number;
  offset: number;
}

export interface FindOptions {
  matchCase: boolean;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every non-overlapping occurrence of `query` in each block, in document order. Blocks are
 * searched one by one, so a match never runs from one paragraph into the next.
 */
export function findMatches(blocks: readonly string[], query: string, options: FindOptions): TextMatch[] {
  if (query === '') return [];
  // A case-insensitive Unicode RegExp folds case per code point, so offsets stay those of the
  // original text (lower-casing a copy would not: "İ" lower-cases to two code units).
  const pattern = new RegExp(escapeForRegExp(query), options.matchCase ? 'gu' : 'giu');
  const matches: TextMatch[] = [];
  blocks.forEach((text, block) => {
    for (const found of text.matchAll(pattern)) {
      matches.push({ block, start: found.index, end: found.index + found[0].length });
    }
  });
  return matches;
}

/**
 * The index of the first match that starts at or after `position`, wrapping to the first
 * match of the document; -1 when there are none. Finding starts from the caret, as in Word.
 */
export function firstMatchFrom(matches: readonly TextMatch[], position: TextPosition): number {
  if (matches.length === 0) return -1;
  const index = matches.findIndex(
    (match) => match.block > position.block || (match.block === position.block && match.start >= position.offset),
  );
  return index === -1 ? 0 : index;
}

/** The next (or previous) match index, wrapping around the ends of the document. */
export function stepMatch(current: number, count: number, direction: 'next' | 'previous'): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 'next' ? 0 : count - 1;
  return (current + (direction === 'next' ? 1 : count - 1)) % count;
}
