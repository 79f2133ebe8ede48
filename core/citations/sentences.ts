import type { TextRange } from './findings';

/**
 * How running text divides into quotations and sentences, as the quotation check (and
 * any check that reads sentence by sentence) needs it.
 */

/** A quotation in running text: the range with its marks, and the words inside them. */
export interface Quotation extends TextRange {
  inner: string;
}

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"' };
const CLOSERS = new Set(['”', '»', '’', '"']);
const MAX_OPEN_MARKS = 16;
const QUOTATION_MARKS = /["“”«»‘’]/g;
// What may stand right before an opening mark: an opening mark is preceded by a space, a bracket, a dash or another mark.
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/“‘«"]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;
const LOWER_CASE = /\p{Ll}/u;

/**
 * Whether text[index] belongs to a word: a letter (with its marks), a digit or `_`. Half
 * of a character outside the basic plane counts, so nothing cuts such a character in
 * two. False outside the text.
 */
export function isWordCharacter(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return (code >= 0xd800 && code <= 0xdfff) || WORD_CHARACTER.test(text[index] as string);
}

function isSpace(character: string | undefined): boolean {
  return character !== undefined && /\s/.test(character);
}

/**
 * The outermost quotations in a text, in order. Straight and curly double quotes and
 * guillemets are quotations; curly single quotes are when they open after a space or
 * another mark and close before anything but a letter (so "don’t" and "al-Araji’s" stay
 * apostrophes). Nested quotations belong to the one around them. A mark that never
 * closes is not a quotation, and those inside it still count.
 */
export function findQuotations(text: string): Quotation[] {
  const open: Array<{ mark: string; at: number }> = [];
  const closed: TextRange[] = [];
  // Only the marks themselves need looking at.
  for (const { index, 0: character } of text.matchAll(QUOTATION_MARKS)) {
    if (CLOSERS.has(character) && !(character === '’' && isWordCharacter(text, index + 1))) {
      const opener = findLastIndex(open, (entry) => OPENERS[entry.mark] === character);
      if (opener >= 0) {
        closed.push({ start: (open[opener] as { at: number }).at, end: index + 1 });
        open.length = opener;
        continue;
      }
    }
    if (character in OPENERS && (index === 0 || BEFORE_OPENING.test(text[index - 1] as string)) && !isSpace(text[index + 1]) && index + 1 < text.length) {
      // Real quotations nest a few deep; beyond that the oldest open marks are strays that will never close.
      if (open.length === MAX_OPEN_MARKS) open.shift();
      open.push({ mark: character, at: index });
    }
  }
  // Inner quotations close first: sorting by start and skipping what lies inside the last kept one leaves the outermost.
  closed.sort((a, b) => a.start - b.start || b.end - a.end);
  const outermost: Quotation[] = [];
  for (const range of closed) {
    const last = outermost[outermost.length - 1];
    if (last && range.start < last.end) continue;
    outermost.push({ start: range.start, end: range.end, inner: text.slice(range.start + 1, range.end - 1) });
  }
  return outermost;
}

function findLastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index -= 1) if (test(items[index] as T)) return index;
  return -1;
}

const TERMINATORS = new Set(['.', '?', '!', '؟', '。']);
// What may follow a sentence's last mark before the space: more marks, closing quotes and brackets.
const SENTENCE_CLOSERS = new Set(['.', '?', '!', '؟', '"', '”', '’', "'", '»', ')', ']']);
/** Words that end in a full stop without ending the sentence. Initials ("J.", "U.S.", "e.g.") are recognised by shape. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep st jr sr mt ft vs etc cf al approx vol fig pp para paras dept inc ltd corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
/** "No." abbreviates "number" only before one ("Camp No. 3"); otherwise it is the word "no". */
const NUMBER_ABBREVIATIONS = new Set(['no', 'nos']);
const INITIALS = /^(?:\p{L}\.)*\p{L}$/u;
// Longer runs without a space are not abbreviations; the bound keeps long runs of dots linear.
const LONGEST_ABBREVIATION = 12;

/**
 * The sentences of a text as ranges, without the spaces between them. A sentence ends at
 * `.`, `?` or `!` (and closing quotes or brackets after it) followed by a space or the
 * end, unless the full stop ends an abbreviation or initial ("Mr.", "U.S.", "e.g.") or
 * the next word starts in lower case. Quotations are never split, so a quoted sentence
 * stays with the sentence quoting it.
 */
export function splitSentences(text: string, quotations: readonly Quotation[] = findQuotations(text)): TextRange[] {
  const sentences: TextRange[] = [];
  let start = skipSpaces(text, 0);
  let quote = 0;
  let index = start;
  // Jumping from stop to stop keeps this quick on long paragraphs.
  const stops = /[.?!؟。]/g;
  while (index < text.length) {
    while (quote < quotations.length && (quotations[quote] as Quotation).end <= index) quote += 1;
    stops.lastIndex = index;
    const stop = stops.exec(text)?.index ?? text.length;
    const inside = quotations[quote];
    let end: number;
    if (inside && inside.start <= stop) {
      // A quotation ending on its own full stop may end the sentence too.
      index = inside.end;
      if (!TERMINATORS.has(inside.inner.trimEnd().slice(-1))) continue;
      end = inside.end;
    } else if (stop === text.length) {
      break;
    } else if (text[stop] === '.' && endsAbbreviation(text, stop)) {
      index = stop + 1;
      continue;
    } else {
      end = stop + 1;
    }
    // Closing marks after the stop belong to the sentence; an opening mark of the next quotation does not.
    const nextQuotation = quotations.slice(quote, quote + 2).find((quotation) => quotation.start >= end)?.start ?? text.length;
    while (end < nextQuotation && SENTENCE_CLOSERS.has(text[end] as string)) end += 1;
    const next = skipSpaces(text, end);
    if (end < text.length && (next === end || LOWER_CASE.test(text[next] as string))) {
      index = end;
      continue;
    }
    sentences.push({ start, end });
    start = next;
    index = next;
  }
  const last = text.slice(start).trimEnd();
  if (last !== '') sentences.push({ start, end: start + last.length });
  return sentences;
}

function skipSpaces(text: string, from: number): number {
  let index = from;
  while (index < text.length && isSpace(text[index])) index += 1;
  return index;
}

function endsAbbreviation(text: string, dot: number): boolean {
  let from = dot;
  while (from > 0 && dot - from < LONGEST_ABBREVIATION && !isSpace(text[from - 1]) && !'("“‘«['.includes(text[from - 1] as string)) from -= 1;
  const word = text.slice(from, dot);
  const lower = word.toLowerCase();
  if (NUMBER_ABBREVIATIONS.has(lower)) return /^\s?\d/.test(text.slice(dot + 1, dot + 3));
  return ABBREVIATIONS.has(lower) || INITIALS.test(word);
}
