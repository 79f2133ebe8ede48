import approxSearch from 'approx-string-match';
import type { BodyCitation, BodyText } from './collect';
import { excerpt, type QuoteMismatch, type TextRange } from './findings';

/**
 * Words in quotation marks next to a citation must be the source's words. They are
 * compared with the cited passage, then with the whole snapshot (an analyst may quote a
 * line near the passage), and differences in whitespace, in the style of quotation marks
 * and of the ellipsis are not differences. Everything else is: case, punctuation, a
 * changed word. The editorial conventions are honoured:
 *
 * - An ellipsis (`…`, `...`, `. . .`, `[…]`) marks words left out: the parts either side
 *   must each appear, in order, anywhere after one another.
 * - Square brackets mark the analyst's own words, put in for clarity ("[ISIS] leaders")
 *   or in place of the source's ("[t]he"): they stand for any source text of up to
 *   BRACKET_SPAN characters, including none, so "[t]he" matches "The" and "the".
 * - A full stop or comma just inside the closing mark may be the writer's (the American
 *   convention puts it there whatever the source has): it is tolerated when the words
 *   match without it.
 */

/** Where the check finds the cited text of one citation; null when it has none (no source, no snapshot). */
export interface CitedSource {
  sourceId: string;
  /** The source's title, for messages. */
  title: string;
  /** The snapshot's text. */
  text: string;
  /** The cited passage in the snapshot; null when the citation cites the whole source or its passage is lost. */
  passage: TextRange | null;
}

/** A quotation in running text: the range with its marks, and the words inside them. */
export interface Quotation extends TextRange {
  inner: string;
}

// The source words one bracketed insertion may stand for.
const BRACKET_SPAN = 60;
// Past this many candidate starts for a quotation's first words, it is too common to place.
const MAX_STARTS = 10_000;
// The closest text is searched for with the quotation's first QUOTE_SEARCH characters.
const QUOTE_SEARCH = 256;
// Text further than this from the quotation is not "close"; the bound also keeps the search quick.
const MAX_CLOSEST_ERRORS = 64;

const OPENERS: Record<string, string> = { '“': '”', '«': '»', '‘': '’', '"': '"' };
const CLOSERS = new Set(['”', '»', '’', '"']);
const MAX_OPEN_MARKS = 16;
const QUOTATION_MARKS = /["“”«»‘’]/g;
// What may stand right before an opening mark: an opening mark is preceded by a space, a bracket, a dash or another mark.
const BEFORE_OPENING = /[\s([{\u2014\u2013\-/“‘«"]/u;
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}_]/u;
const LOWER_CASE = /\p{Ll}/u;

function isWordCharacter(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHARACTER.test(text[index] as string);
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
  'mr mrs ms dr prof gen lt col maj capt cpt sgt adm gov sen rep st jr sr mt ft vs etc cf al approx no nos vol fig pp para paras art ch sec dept est inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);
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
  return ABBREVIATIONS.has(word.toLowerCase()) || INITIALS.test(word);
}

/**
 * Quotations that differ from what their sentence cites. A quotation is checked against
 * the citations of its sentence: those within it or after it, up to where the next
 * sentence starts. It passes when any of them holds its words; citations without a
 * snapshot are left to the integrity check.
 */
export function quoteMismatches(body: BodyText, citedSource: (citation: BodyCitation) => CitedSource | null): QuoteMismatch[] {
  const findings: QuoteMismatch[] = [];
  for (const block of body.blocks) {
    if (block.citations.length === 0) continue;
    const quotations = findQuotations(block.text);
    if (quotations.length === 0) continue;
    const sentences = splitSentences(block.text, quotations);
    const citations = block.citations.map((index) => body.citations[index] as BodyCitation);
    for (const quotation of quotations) {
      const pattern = parseQuotation(quotation.inner);
      if (!pattern) continue;
      const sentence = sentenceAt(sentences, quotation.start);
      const sources = citations
        .filter((citation) => sentenceAt(sentences, citation.offset, true) === sentence)
        .map((citation) => ({ citation, source: citedSource(citation) }))
        .filter((cited): cited is { citation: BodyCitation; source: CitedSource } => cited.source !== null);
      if (sources.length === 0) continue;
      const holds = sources.some(({ source }) => {
        const passage = source.passage ? normalizeForQuotes(source.text.slice(source.passage.start, source.passage.end)) : null;
        return (passage !== null && matchesQuotation(passage, pattern)) || matchesQuotation(normalizedSnapshot(source.text), pattern);
      });
      if (holds) continue;
      const [{ citation, source }] = sources as [{ citation: BodyCitation; source: CitedSource }];
      const closest = closestText(source, pattern.words);
      findings.push({
        rule: 'citation.quote-mismatch',
        severity: 'error',
        message: closest
          ? `The quotation “${excerpt(quotation.inner, 80)}” does not match “${source.title}” word for word. The source reads: “${excerpt(closest.text)}”.`
          : `The quotation “${excerpt(quotation.inner, 80)}” does not appear in “${source.title}”, and nothing in it comes close.`,
        sourceId: source.sourceId,
        location: { block: block.index, blockPath: block.path, range: { start: quotation.start, end: quotation.end } },
        citation: citation.index,
        citationPath: citation.path,
        quoted: quotation.inner,
        sourceText: closest?.text ?? '',
        sourceRange: closest ? { start: closest.start, end: closest.end } : null,
      });
    }
  }
  return findings;
}

// Checks run on every edit; a snapshot is normalized once, not on each run, while it stays the same.
const MAX_CACHED_SNAPSHOTS = 16;
const normalizedSnapshots = new Map<string, string>();

function normalizedSnapshot(text: string): string {
  let normalized = normalizedSnapshots.get(text);
  if (normalized === undefined) {
    if (normalizedSnapshots.size >= MAX_CACHED_SNAPSHOTS) normalizedSnapshots.delete(normalizedSnapshots.keys().next().value as string);
    normalized = normalizeForQuotes(text);
    normalizedSnapshots.set(text, normalized);
  }
  return normalized;
}

/**
 * The sentence an offset falls in. A citation has no text: it belongs to the sentence
 * before it up to and including the point where the next sentence starts.
 */
function sentenceAt(sentences: readonly TextRange[], offset: number, isCitation = false): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = (sentences[middle] as TextRange).start;
    if (isCitation ? start < offset : start <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * The text as quotations are compared: whitespace runs as one space, every style of
 * quotation mark as `"`, every ellipsis as `…`, invisible direction and joining marks
 * left out (they change nothing a reader sees).
 */
export function normalizeForQuotes(text: string): string {
  return text
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\u061C\uFEFF]/g, '')
    .replace(/\.\s?\.\s?\./g, '…')
    .replace(/["“”„«»'‘’‚]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** One run of the quotation's own words; an edge next to a bracketed insertion may fall inside a word. */
interface Segment {
  text: string;
  openStart: boolean;
  openEnd: boolean;
  /** How far after the segment before it this one may start: the source words a bracketed insertion stands for. */
  gapBefore: number;
}

interface QuotationPattern {
  /** Parts between ellipses, each a list of segments between bracketed insertions. */
  parts: Segment[][];
  /** The analyst's words without the editorial marks, to search the source for the closest text. */
  words: string;
  /** The same pattern without a full stop or comma just inside the closing mark, when there is one. */
  withoutClosingStop: Segment[][] | null;
}

/** The quotation as parts to look for, or null when it holds no words to check. */
function parseQuotation(inner: string): QuotationPattern | null {
  const normalized = normalizeForQuotes(inner).replace(/\[\s*…\s*\]/g, '…');
  const parts = normalized
    .split('…')
    .map(parseSegments)
    .filter((segments) => segments.length > 0);
  if (!parts.some((segments) => segments.some((segment) => /[\p{L}\p{N}]/u.test(segment.text)))) return null;
  const words = parts.map((segments) => segments.map((segment) => segment.text).join(' ')).join(' ');
  const lastPart = parts[parts.length - 1] as Segment[];
  const lastSegment = lastPart[lastPart.length - 1] as Segment;
  const stop = /[.,]$/.test(lastSegment.text) && !lastSegment.openEnd ? lastSegment.text.slice(0, -1).trimEnd() : null;
  const withoutClosingStop = stop ? [...parts.slice(0, -1), [...lastPart.slice(0, -1), { ...lastSegment, text: stop }]] : null;
  return { parts, words, withoutClosingStop: stop === '' ? null : withoutClosingStop };
}

function parseSegments(part: string): Segment[] {
  const segments: Segment[] = [];
  // Alternating text and bracketed insertions; an unclosed bracket is text.
  const pieces = part.split(/\[[^\]]*\]/);
  pieces.forEach((piece, index) => {
    const text = piece.trim();
    if (text === '') return;
    const afterBracket = index > 0;
    const beforeBracket = index < pieces.length - 1;
    segments.push({
      text,
      openStart: afterBracket && piece === piece.trimStart(),
      openEnd: beforeBracket && piece === piece.trimEnd(),
      gapBefore: BRACKET_SPAN,
    });
  });
  return segments;
}

function matchesQuotation(source: string, pattern: QuotationPattern): boolean {
  return matchesParts(source, pattern.parts) || (pattern.withoutClosingStop !== null && matchesParts(source, pattern.withoutClosingStop));
}

/** Each part in order, each after the one before. */
function matchesParts(source: string, parts: readonly Segment[][]): boolean {
  let from = 0;
  for (const segments of parts) {
    const end = matchPart(source, segments, from);
    if (end < 0) return false;
    from = end;
  }
  return true;
}

/** Where the part's segments first all match from `from`, each within its allowed gap of the one before: the end, or -1. */
function matchPart(source: string, segments: readonly Segment[], from: number): number {
  const [first, ...rest] = segments as [Segment, ...Segment[]];
  let tries = 0;
  for (let start = source.indexOf(first.text, from); start >= 0 && tries < MAX_STARTS; start = source.indexOf(first.text, start + 1), tries += 1) {
    if (!onBoundaries(source, start, first)) continue;
    let end = start + first.text.length;
    for (const segment of rest) {
      end = matchNear(source, segment, end);
      if (end < 0) break;
    }
    if (end >= 0) return end;
  }
  return -1;
}

/** The end of the segment's first match within its gap after `from`, or -1. */
function matchNear(source: string, segment: Segment, from: number): number {
  // Searching a window, not the rest of the source, keeps a common first word from making this quadratic.
  const window = source.slice(from, from + segment.gapBefore + segment.text.length);
  for (let at = window.indexOf(segment.text); at >= 0; at = window.indexOf(segment.text, at + 1)) {
    if (onBoundaries(source, from + at, segment)) return from + at + segment.text.length;
  }
  return -1;
}

/** A quoted word is a whole word of the source, except at an edge where a bracket joins it to an insertion. */
function onBoundaries(source: string, start: number, segment: Segment): boolean {
  const end = start + segment.text.length;
  const cutsBefore = isWordCharacter(source, start - 1) && isWordCharacter(source, start);
  const cutsAfter = isWordCharacter(source, end - 1) && isWordCharacter(source, end);
  return (segment.openStart || !cutsBefore) && (segment.openEnd || !cutsAfter);
}

/**
 * The source text closest to the quoted words, to show beside them: in the cited passage
 * when it holds something close, else anywhere in the snapshot; null when nothing is
 * within half the quotation's length of edits.
 */
function closestText(source: CitedSource, words: string): { text: string; start: number; end: number } | null {
  const query = words.slice(0, QUOTE_SEARCH);
  const maxErrors = Math.min(MAX_CLOSEST_ERRORS, Math.floor(query.length / 2));
  const around = (from: number, to: number) => {
    const [best] = approxSearch(source.text.slice(from, to), query, maxErrors);
    return best ? { start: best.start + from, end: best.end + from, errors: best.errors } : null;
  };
  const inPassage = source.passage
    ? around(Math.max(0, source.passage.start - query.length), Math.min(source.text.length, source.passage.end + query.length))
    : null;
  const inSnapshot = inPassage && inPassage.errors <= maxErrors / 2 ? null : around(0, source.text.length);
  const best = inSnapshot && (!inPassage || inSnapshot.errors < inPassage.errors) ? inSnapshot : inPassage;
  if (!best) return null;
  // A long quotation was searched by its beginning: show as much of the source as it quotes.
  const end = Math.min(source.text.length, best.end + (words.length - query.length));
  return { text: source.text.slice(best.start, end), start: best.start, end };
}
