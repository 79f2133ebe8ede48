import approxSearch from 'approx-string-match';
import type { BodyCitation, BodyText } from './collect';
import { excerpt, type QuoteMismatch, type TextRange } from './findings';
import { findQuotations, isWordCharacter, splitSentences } from './sentences';

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

// The source words one bracketed insertion may stand for.
const BRACKET_SPAN = 60;
// Past this many candidate starts for a quotation's first words, it is too common to place.
const MAX_STARTS = 10_000;
// The closest text is searched for with the quotation's first QUOTE_SEARCH characters.
const QUOTE_SEARCH = 256;
// Text further than this from the quotation is not "close"; the bound also keeps the search quick.
const MAX_CLOSEST_ERRORS = 64;

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
      // The quotation's first mark is a character, so it belongs to the sentence starting at or before it.
      const sentence = sentenceBefore(sentences, quotation.start + 1);
      const sources = citations
        .filter((citation) => sentenceBefore(sentences, citation.offset) === sentence)
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
 * The index of the last sentence starting before `offset` (the first when none does). A
 * citation at `offset` has no text of its own: it belongs to the sentence before it, up
 * to and including the point where the next sentence starts.
 */
function sentenceBefore(sentences: readonly TextRange[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((sentences[middle] as TextRange).start < offset) {
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

/**
 * One run of the quotation's own words. Runs of a part are separated by bracketed
 * insertions; an edge next to one may fall inside a word ("[t]he").
 */
interface Segment {
  text: string;
  openStart: boolean;
  openEnd: boolean;
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
  return { parts, words, withoutClosingStop };
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

/** Where the part's segments first all match from `from`, each within a bracket's span of the one before: the end, or -1. */
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

/** The end of the segment's first match starting within a bracket's span after `from`, or -1. */
function matchNear(source: string, segment: Segment, from: number): number {
  // Searching a window, not the rest of the source, keeps a common first word from making this quadratic.
  const window = source.slice(from, from + BRACKET_SPAN + segment.text.length);
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
 * within half the quotation's length of edits (and at most MAX_CLOSEST_ERRORS).
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
