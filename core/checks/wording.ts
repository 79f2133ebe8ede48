import { findQuotations, splitSentences, type Quotation } from '../citations/sentences';
import type { TextRange } from './finding';
import { EXPRESSIONS, type Expression } from './yardsticks';

/**
 * Finding words in running text: estimative expressions, hedges, confidence statements and
 * the analyst's own voice. Matching ignores case, lets a line break or a hyphen stand
 * between the words of a phrase ("highly-likely", "very\nlikely"), and reads through a
 * word hyphenated across a line ("prob-\nable") or broken by a soft hyphen. Ranges are
 * always in the original text.
 */

export interface WordMatch extends TextRange {
  /** The words as they stand in the text. */
  text: string;
}

export interface ExpressionMatch extends WordMatch {
  expression: Expression;
}

// A word's edges: no letter, mark, digit, apostrophe or hyphen may touch a match ("mid-May", "likelihood").
const BEFORE = String.raw`(?<![\p{L}\p{M}\p{N}_'’\-])`;
const AFTER = String.raw`(?![\p{L}\p{M}\p{N}_\-])`;
const BETWEEN_WORDS = String.raw`[\s\-]+`;

function phrasePattern(phrases: readonly string[]): RegExp {
  const alternatives = [...phrases]
    .sort((a, b) => b.length - a.length)
    .map((phrase) => phrase.split(' ').map(escape).join(BETWEEN_WORDS));
  return new RegExp(`${BEFORE}(?:${alternatives.join('|')})${AFTER}`, 'giu');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const EXPRESSION_PATTERN = phrasePattern(EXPRESSIONS.map((expression) => expression.phrase));
const EXPRESSION_BY_PHRASE = new Map(EXPRESSIONS.map((expression) => [expression.phrase, expression]));
// Most paragraphs hold no estimative word: one quick test spares them the long pattern.
const MIGHT_HOLD_EXPRESSION = /likel|probab|chance|certain|remote|odds|possib/i;

/** A text to search with soft hyphens and line-end hyphenation taken out, and the way back to the original's offsets. */
interface Searchable {
  text: string;
  /** Original offset of each character of `text`; null when nothing was taken out. */
  offsets: number[] | null;
}

const JOINERS = /\u00AD|(?<=\p{L})-\n(?=\p{L})/gu;

function searchable(text: string): Searchable {
  if (!text.includes('\u00AD') && !text.includes('-\n')) return { text, offsets: null };
  const offsets: number[] = [];
  let joined = '';
  let from = 0;
  for (const match of text.matchAll(JOINERS)) {
    for (let index = from; index < match.index; index += 1) offsets.push(index);
    joined += text.slice(from, match.index);
    from = match.index + match[0].length;
  }
  for (let index = from; index < text.length; index += 1) offsets.push(index);
  joined += text.slice(from);
  return { text: joined, offsets };
}

function originalRange(source: Searchable, start: number, end: number): TextRange {
  if (!source.offsets) return { start, end };
  return { start: source.offsets[start] as number, end: (source.offsets[end - 1] as number) + 1 };
}

/** Words that make "likely" a comparison rather than a yardstick term: "more likely", "equally likely", "as likely as" (not "assessed as likely"). */
const COMPARATIVE_BEFORE = /(?:^|[^\p{L}])(?:more|less|most|least|equally)\s+$/iu;
const AS_BEFORE = /(?:^|[^\p{L}])as\s+$/iu;
const AS_AFTER = /^\s+as\b/iu;
const PREDICATIVE_BEFORE = /(?:^|[^\p{L}])(?:is|are|was|were|be|been|remains?|seems?|appears?|looks?)\s+(?:(?:very|extremely|now)\s+)?$/iu;
const PREDICATIVE_AFTER = /^\s*(?:[.,;:!?)]|$|that\b)/u;

/**
 * The estimative expressions of a text, in order, longest first where they overlap ("very
 * unlikely", not "unlikely"). Comparisons ("more likely", "as likely as") are not terms of
 * any yardstick and are left out; "remote" counts only when said of a likelihood.
 */
export function findExpressions(text: string): ExpressionMatch[] {
  const source = searchable(text);
  if (!MIGHT_HOLD_EXPRESSION.test(source.text)) return [];
  const found: ExpressionMatch[] = [];
  for (const match of source.text.matchAll(EXPRESSION_PATTERN)) {
    const expression = EXPRESSION_BY_PHRASE.get(match[0].toLowerCase().replace(/[\s-]+/g, ' ')) as Expression;
    const before = source.text.slice(Math.max(0, match.index - 24), match.index);
    const after = source.text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (COMPARATIVE_BEFORE.test(before) || (AS_BEFORE.test(before) && AS_AFTER.test(after))) continue;
    if (expression.predicativeOnly && !(PREDICATIVE_BEFORE.test(before) && PREDICATIVE_AFTER.test(after))) continue;
    const range = originalRange(source, match.index, match.index + match[0].length);
    found.push({ ...range, text: text.slice(range.start, range.end), expression });
  }
  return found;
}

const HEDGE_PATTERN = new RegExp(
  `${BEFORE}(?:it(?:\\s+is|['’]s)\\s+(?:also\\s+)?possible(?:\\s+that)?|may|might|could|possibly|perhaps)${AFTER}`,
  'giu',
);
const MIGHT_HOLD_HEDGE = /may|might|could|possib|perhaps/i;
/** "might" is a noun after these: "military might", "with all its might". */
const MIGHT_AS_NOUN_BEFORE = /(?:^|[^\p{L}])(?:military|economic|naval|financial|full|its|their|his|her|our)\s+$/iu;
const SENTENCE_START_BEFORE = /(?:^|[.!?؟:;]\s*|["“‘«([]\s*)$/u;

/**
 * The vague hedges of a text: may, might, could, possibly, perhaps, "it is possible that".
 * Left out: "May" the month or the name (capitalised inside a sentence, or before a date
 * at its start), "might" the noun, and "could not", which states an inability.
 */
export function findHedges(text: string): WordMatch[] {
  const source = searchable(text);
  if (!MIGHT_HOLD_HEDGE.test(source.text)) return [];
  const found: WordMatch[] = [];
  for (const match of source.text.matchAll(HEDGE_PATTERN)) {
    const word = match[0];
    const before = source.text.slice(Math.max(0, match.index - 24), match.index);
    const after = source.text.slice(match.index + word.length, match.index + word.length + 8);
    const lower = word.toLowerCase();
    if (word === 'May' && (!SENTENCE_START_BEFORE.test(before) || /^\s+\d/.test(after))) continue;
    if (lower === 'might' && MIGHT_AS_NOUN_BEFORE.test(before)) continue;
    if (lower === 'could' && /^\s+not\b/i.test(after)) continue;
    const range = originalRange(source, match.index, match.index + word.length);
    found.push({ ...range, text: text.slice(range.start, range.end) });
  }
  return found;
}

const CONFIDENCE_PATTERNS = [
  /\b(?:high|moderate|medium|low)[\s-]+(?:level\s+of\s+)?confidence\b/giu,
  /\bconfidence\b[^.?!;]{0,80}?\b(?:is|remains|was|as)\s+(?:high|moderate|medium|low)\b/giu,
  /\b(?:highly|moderately|fairly)\s+confident\b/giu,
];

/** Statements of analytical confidence: "high confidence", "moderate-confidence", "our confidence … is low". */
export function findConfidence(text: string): WordMatch[] {
  return /confiden/i.test(text) ? matchAll(text, CONFIDENCE_PATTERNS) : [];
}

const ANALYST_VOICE = new RegExp(
  [
    String.raw`\b(?:we|I)\s+(?:assess|judge|believe|estimate|think|expect|suspect|conclude|calculate|doubt)\b`,
    String.raw`\bin\s+(?:our|my)\s+(?:view|assessment|judgement|judgment|opinion|estimation)\b`,
    String.raw`\b(?:our|my)\s+(?:assessment|judgement|judgment|view)\s+is\b`,
    String.raw`\bit\s+is\s+our\s+(?:assessment|judgement|judgment|view)\b`,
    String.raw`\bwe\s+are\s+(?:highly\s+|fairly\s+)?confident\b`,
    String.raw`\bwe\s+have\s+(?:high|moderate|low)\s+confidence\b`,
  ].join('|'),
  'giu',
);
const MIGHT_HOLD_VOICE = /\b(?:we|our|my|I)\b/i;

/** The analyst speaking in the first person about a judgment: "we assess", "in our view", "we are confident". */
export function findAnalystVoice(text: string): WordMatch[] {
  return MIGHT_HOLD_VOICE.test(text) ? matchAll(text, [ANALYST_VOICE]) : [];
}

/** Words that attribute a sentence to a source: what it says is reported, not the analyst's own estimate. */
const ATTRIBUTION =
  /\b(?:said|says|told|tells|stated|reported|reports|according\s+to|claimed|claims|warned|warns|noted|added|adds|asked|urged|urges|announced|announces|wrote|writes|argued|argues|predicted|predicts|insisted|insists|acknowledged|acknowledges|denied|denies|suggested|suggests|quoted|cited)\b/iu;

export function isAttributed(sentence: string): boolean {
  return ATTRIBUTION.test(sentence);
}

function matchAll(text: string, patterns: readonly RegExp[]): WordMatch[] {
  const found = patterns.flatMap((pattern) => [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] })));
  return found.sort((a, b) => a.start - b.start);
}

/** Whether a range lies inside any of the ranges (sorted or not). */
export function within(range: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some((outer) => range.start >= outer.start && range.end <= outer.end);
}

/**
 * A replacement written the way the words it replaces are: "Probable" → "Likely",
 * "PROBABLE" → "LIKELY", "probable" → "likely".
 */
export function inSameCase(replaced: string, replacement: string): string {
  const letters = replaced.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(replaced)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

/** What the wording rules read in one block's text. */
export interface BlockWords {
  quotations: readonly Quotation[];
  expressions: readonly ExpressionMatch[];
  hedges: readonly WordMatch[];
  confidence: readonly WordMatch[];
  voice: readonly WordMatch[];
  /** Split when a rule first asks (see sentencesOf). */
  sentences: readonly TextRange[] | null;
}

// Checks run on every edit, and most blocks have not changed since the last run: their words are kept by text.
const MAX_CACHED_BLOCKS = 20_000;
const wordsCache = new Map<string, BlockWords>();

/** A block's quotations, estimative expressions, hedges, confidence statements and first-person judgments, remembered by its text. */
export function wordsOf(text: string): BlockWords {
  let words = wordsCache.get(text);
  if (!words) {
    if (wordsCache.size >= MAX_CACHED_BLOCKS) wordsCache.clear();
    words = { quotations: findQuotations(text), expressions: findExpressions(text), hedges: findHedges(text), confidence: findConfidence(text), voice: findAnalystVoice(text), sentences: null };
    wordsCache.set(text, words);
  }
  return words;
}

/** A block's sentences (splitSentences), remembered with its words. */
export function sentencesOf(text: string): readonly TextRange[] {
  const words = wordsOf(text);
  words.sentences ??= splitSentences(text, words.quotations);
  return words.sentences;
}
