import approxSearch from 'approx-string-match';
import { BriefError } from '../errors';
import type { TextQuoteSelector } from './schema';
import { isWordCharacter } from './sentences';

/**
 * Finding a cited passage again in a snapshot that may have been corrected since it was
 * cited. The approach is the one annotation tools use (Hypothesis among them): try the
 * stored position, then the exact words, then an approximate match, and let the context
 * either side decide between candidates.
 */

/** How a passage was found: where it was, as the only copy of its words, among copies by its context, or only approximately. */
export type AnchorQuality = 'exact' | 'context' | 'fuzzy';

/**
 * A passage found in a snapshot, as [start, end) offsets. `exact`: at its stored position
 * or the only place its words occur. `context`: its words occur more than once and the
 * context chose. `fuzzy`: its words changed; the range holds the closest text.
 */
export interface Anchor {
  start: number;
  end: number;
  quality: AnchorQuality;
}

export const DEFAULT_CONTEXT_LENGTH = 32;
// The bounds of TextQuoteSelectorSchema: a selector made here always parses.
const MAX_CONTEXT_LENGTH = 200;
const MAX_PASSAGE_LENGTH = 20_000;

// Up to a quarter of a passage may differ and it is still the passage, edited.
const ERROR_FRACTION = 0.25;
// Past this many errors a search costs more than it finds (Hypothesis uses the same cap).
const MAX_ERRORS = 256;
// Longer passages are matched by their two ends, each EDGE_LENGTH long, to stay fast.
const LONG_PASSAGE = 256;
const EDGE_LENGTH = 64;
// A word repeated all over a snapshot is still placed; past this many copies the rest are ignored.
const MAX_OCCURRENCES = 10_000;
// Approximate matches kept per search, and places between context halves tried: more means nothing stands out.
const MAX_CANDIDATES = 50;
const MAX_REGIONS = 10;
// Context shorter than this matches too much of any text to say where a passage is.
const MIN_CONTEXT_SEARCH = 8;
// Below this score an approximate candidate is a coincidence, not the edited passage.
const MIN_FUZZY_SCORE = 0.5;
// A candidate this good near the stored position ends the search there.
const CONFIDENT_SCORE = 0.8;
const NEARBY = 2_000;
// Weights of the match score: the passage's own words count most, then its context, then closeness to where it was.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

function isSpace(text: string, index: number): boolean {
  return /\s/.test(text[index] ?? '');
}

/**
 * The selector for the passage [start, end) of a snapshot: its exact text, up to
 * `contextLength` characters either side (cut at a word boundary where the context holds
 * one), and the offsets as a hint.
 */
export function selectorFor(text: string, start: number, end: number, contextLength = DEFAULT_CONTEXT_LENGTH): TextQuoteSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new BriefError('invalid-request', 'Select the words of the source you want to cite.', `Selection [${start}, ${end}) does not lie within a snapshot of ${text.length} characters.`);
  }
  const exact = text.slice(start, end);
  if (exact.trim() === '') throw new BriefError('invalid-request', 'The selection holds only spaces. Select the words of the source you want to cite.');
  if (exact.length > MAX_PASSAGE_LENGTH) {
    throw new BriefError('invalid-request', `A cited passage can be at most ${MAX_PASSAGE_LENGTH.toLocaleString('en')} characters. Cite a shorter passage, or the whole source.`);
  }
  const length = Math.max(0, Math.min(Math.trunc(contextLength), MAX_CONTEXT_LENGTH));
  return { type: 'TextQuoteSelector', exact, prefix: contextBefore(text, start, length), suffix: contextAfter(text, end, length), start, end };
}

function contextBefore(text: string, start: number, length: number): string {
  const cut = Math.max(0, start - length);
  let from = cut;
  if (from > 0 && isWordCharacter(text, from - 1) && isWordCharacter(text, from)) {
    while (from < start && isWordCharacter(text, from)) from += 1;
    while (from < start && isSpace(text, from)) from += 1;
    // A context that is all one word is kept whole rather than dropped.
    if (from === start) from = cut;
  }
  if (isLowSurrogate(text, from)) from += 1;
  return text.slice(from, start);
}

function contextAfter(text: string, end: number, length: number): string {
  const cut = Math.min(text.length, end + length);
  let to = cut;
  if (to < text.length && isWordCharacter(text, to - 1) && isWordCharacter(text, to)) {
    while (to > end && isWordCharacter(text, to - 1)) to -= 1;
    while (to > end && isSpace(text, to - 1)) to -= 1;
    if (to === end) to = cut;
  }
  if (isLowSurrogate(text, to)) to -= 1;
  return text.slice(end, to);
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A place the passage might be, and how many characters differ from its stored words there. */
interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Finds the selector's passage in `text`, or null when nothing close enough is left.
 * Tries the stored position, then every copy of the exact words (the context chooses
 * between copies), then text that differs by at most a quarter of the passage, found on
 * its own or between the two halves of its context.
 */
export function anchorSelector(text: string, selector: TextQuoteSelector): Anchor | null {
  const { exact } = selector;
  if (exact === '') return null;
  if (selector.start !== undefined && text.startsWith(exact, selector.start) && contextAgreement(text, selector.start, selector.start + exact.length, selector) === 1) {
    return { start: selector.start, end: selector.start + exact.length, quality: 'exact' };
  }

  const occurrences = exactOccurrences(text, exact);
  const ranked = occurrences
    .map((start) => ({ start, agreement: contextAgreement(text, start, start + exact.length, selector) }))
    .sort((a, b) => b.agreement - a.agreement || distanceToHint(a.start, selector) - distanceToHint(b.start, selector));
  const wordForWord = (start: number): Anchor => ({ start, end: start + exact.length, quality: occurrences.length === 1 ? 'exact' : 'context' });
  const best = ranked[0];
  if (best && best.agreement === 1) return wordForWord(best.start);

  // Either the words changed, or they remain but their surroundings did: the context,
  // found on its own, shows where the passage sits now. Near the stored position first,
  // where a corrected snapshot almost always still has it, then everywhere.
  const maxErrors = allowedErrors(exact.length);
  const copies = ranked.slice(0, 3).map(({ start }): Candidate => ({ start, end: start + exact.length, errors: 0 }));
  const bestBetween = (from: number, to: number) => {
    const candidates = [...copies, ...betweenContext(text, selector, maxErrors, from, to)];
    // An approximate search reports only the closest matches: with an exact copy in reach it would report only that.
    if (!occurrences.some((start) => start >= from && start + exact.length <= to)) candidates.push(...approximateMatches(text, exact, maxErrors, from, to));
    return bestCandidate(text, selector, candidates, maxErrors);
  };
  let winner: ScoredCandidate | null = null;
  if (selector.start !== undefined) {
    const margin = Math.max(NEARBY, exact.length);
    winner = bestBetween(Math.max(0, selector.start - margin), Math.min(text.length, selector.start + exact.length + margin));
  }
  if (!winner || winner.score < CONFIDENT_SCORE) {
    const everywhere = bestBetween(0, text.length);
    if (everywhere && (!winner || everywhere.score > winner.score)) winner = everywhere;
  }
  if (!winner) return null;
  const { start, end, errors } = winner;
  // No errors for a long passage means only that its ends and length agree: the words decide.
  return errors === 0 && text.startsWith(exact, start) ? wordForWord(start) : { start, end, quality: 'fuzzy' };
}

interface ScoredCandidate extends Candidate {
  score: number;
}

function bestCandidate(text: string, selector: TextQuoteSelector, candidates: readonly Candidate[], maxErrors: number): ScoredCandidate | null {
  let winner: ScoredCandidate | null = null;
  for (const candidate of candidates) {
    if (candidate.errors > maxErrors) continue;
    const score = matchScore(text, candidate, selector);
    if (candidate.errors > 0 && score < MIN_FUZZY_SCORE) continue;
    if (!winner || score > winner.score) winner = { ...candidate, score };
  }
  return winner;
}

function allowedErrors(length: number): number {
  return Math.min(MAX_ERRORS, Math.floor(length * ERROR_FRACTION));
}

function exactOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let index = text.indexOf(exact); index !== -1 && found.length < MAX_OCCURRENCES; index = text.indexOf(exact, index + 1)) found.push(index);
  return found;
}

/** The share of the stored context that the text either side of [start, end) repeats, read outward from the passage. */
function contextAgreement(text: string, start: number, end: number, selector: TextQuoteSelector): number {
  const { prefix, suffix } = selector;
  const total = prefix.length + suffix.length;
  if (total === 0) return 1;
  let before = 0;
  while (before < prefix.length && start - before > 0 && text.charCodeAt(start - before - 1) === prefix.charCodeAt(prefix.length - before - 1)) before += 1;
  let after = 0;
  while (after < suffix.length && end + after < text.length && text.charCodeAt(end + after) === suffix.charCodeAt(after)) after += 1;
  return (before + after) / total;
}

function distanceToHint(start: number, selector: TextQuoteSelector): number {
  return selector.start === undefined ? 0 : Math.abs(start - selector.start);
}

/**
 * Candidates found through the context: where the prefix ends and the suffix starts
 * about a passage's length later, the passage is what lies between (refined by an
 * approximate search there). One side alone places the passage next to it.
 */
function betweenContext(text: string, selector: TextQuoteSelector, maxErrors: number, from: number, to: number): Candidate[] {
  const { prefix, suffix, exact } = selector;
  const window = text.slice(from, to);
  const prefixEnds = prefix.length >= MIN_CONTEXT_SEARCH ? closestMatches(window, prefix).map((match) => match.end + from) : [];
  const suffixStarts = suffix.length >= MIN_CONTEXT_SEARCH ? closestMatches(window, suffix).map((match) => match.start + from) : [];
  const regions: Array<[number, number]> = [];
  if (prefixEnds.length > 0 && suffixStarts.length > 0) {
    for (const prefixEnd of prefixEnds) {
      for (const suffixStart of suffixStarts) {
        if (Math.abs(suffixStart - prefixEnd - exact.length) <= maxErrors) regions.push([prefixEnd, suffixStart]);
      }
    }
  } else {
    for (const prefixEnd of prefixEnds) regions.push([prefixEnd, prefixEnd + exact.length]);
    for (const suffixStart of suffixStarts) regions.push([suffixStart - exact.length, suffixStart]);
  }
  return regions
    .slice(0, MAX_REGIONS)
    .flatMap(([start, end]) => approximateMatches(text, exact, maxErrors, Math.max(0, start - maxErrors), Math.min(text.length, end + maxErrors)));
}

/** The closest matches of a context string, allowing a quarter of it to differ. */
function closestMatches(text: string, pattern: string): Candidate[] {
  return approxSearch(text, pattern, Math.floor(pattern.length * ERROR_FRACTION)).slice(0, MAX_CANDIDATES);
}

/**
 * The closest approximate matches of `exact` within text[from, to). A long passage is
 * matched by its first and last EDGE_LENGTH characters and placed where both are found
 * about its length apart; its middle is not compared, which keeps a 20,000-character
 * passage as quick to find as a sentence.
 */
function approximateMatches(text: string, exact: string, maxErrors: number, from: number, to: number): Candidate[] {
  if (from >= to || maxErrors === 0) return [];
  const window = text.slice(from, to);
  if (exact.length <= LONG_PASSAGE) {
    return approxSearch(window, exact, maxErrors)
      .slice(0, MAX_CANDIDATES)
      .map((match) => ({ start: match.start + from, end: match.end + from, errors: match.errors }));
  }
  const edgeErrors = Math.floor(EDGE_LENGTH * ERROR_FRACTION);
  const heads = approxSearch(window, exact.slice(0, EDGE_LENGTH), edgeErrors).slice(0, MAX_CANDIDATES);
  const tails = approxSearch(window, exact.slice(-EDGE_LENGTH), edgeErrors).slice(0, MAX_CANDIDATES);
  const candidates: Candidate[] = [];
  for (const head of heads) {
    for (const tail of tails) {
      const lengthDifference = Math.abs(tail.end - head.start - exact.length);
      if (tail.end > head.start && lengthDifference <= maxErrors) {
        candidates.push({ start: head.start + from, end: tail.end + from, errors: head.errors + tail.errors + lengthDifference });
      }
    }
  }
  return candidates;
}

/** How well a candidate fits, from 0 to 1: its words, its context either side, and its distance from the stored position. */
function matchScore(text: string, candidate: Candidate, selector: TextQuoteSelector): number {
  const quote = 1 - candidate.errors / selector.exact.length;
  const prefix = similarity(selector.prefix, text.slice(Math.max(0, candidate.start - selector.prefix.length), candidate.start));
  const suffix = similarity(selector.suffix, text.slice(candidate.end, candidate.end + selector.suffix.length));
  const position = selector.start === undefined || text.length === 0 ? 1 : 1 - Math.abs(candidate.start - selector.start) / text.length;
  return (WEIGHT.quote * quote + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / WEIGHT_TOTAL;
}

/** 1 when `actual` holds `expected`, falling with each character that differs; an empty expectation always holds. */
function similarity(expected: string, actual: string): number {
  if (expected === '') return 1;
  const [best] = approxSearch(actual, expected, expected.length);
  return best ? 1 - best.errors / expected.length : 0;
}
