import type { Yardstick } from '../document/schema';
import type { FindingDraft, TextRange } from './finding';
import { bodyFinding, quoted, wholeBlock, type CheckedBlock, type DocumentReading } from './reading';
import { findExpressions, inSameCase, sentencesOf, within, wordsOf, type ExpressionMatch, type WordMatch } from './wording';
import { inYardstick, LANGUAGE_STANDARDS, YARDSTICK_NAMES, YARDSTICK_TERMS } from './yardsticks';

/**
 * Estimative language against the document's yardstick (settings.yardstick):
 *
 * - `language.outside-yardstick`: an estimative expression that is not one of the
 *   yardstick's terms (PHIA's "realistic possibility" in an ICD 203 document, "fairly
 *   likely" in either), with the yardstick's word as a fix when the swap is certain.
 * - `language.mixed-rows` (ICD 203): second-row words ("probable") in a document that
 *   also uses first-row words ("likely"), unless it has a disclaimer. A disclaimer is a
 *   sentence that says terms are the same, equivalent, synonymous or interchangeable and
 *   names ICD 203, estimative language, "terms" or "words", or quotes words of both rows;
 *   or a section whose heading is about estimative language or the yardstick.
 * - `language.likelihood-with-confidence`: a likelihood term and a confidence level in
 *   one sentence.
 * - `language.hedge`: may, might, could, possibly, perhaps, "it is possible that" in
 *   judgment and key-judgment sections.
 * - `language.key-judgment-no-likelihood` / `-no-confidence`: each paragraph or list item
 *   of a key-judgments section is a judgment and needs both. A paragraph or item that
 *   only states confidence belongs to the judgment before it.
 *
 * Never read: quotations (someone else's words), block quotes, headings, reporting and
 * source sections (their words are the sources'; see structure.ts for the analyst's voice
 * in reporting), sections explaining the terms, and a disclaimer's own sentence.
 */

const NOT_HELD: ReadonlySet<string | null> = new Set(['reporting', 'sources']);
const HEDGED: ReadonlySet<string | null> = new Set(['judgment', 'key-judgments']);
const HEADINGS = new Set(['heading', 'section-heading']);

const SAMENESS = /\b(?:same|equivalent|interchangeabl[a-z]*|synonymous)\b/i;
const ABOUT_TERMS = /\bICD\s*203\b|\bestimative\b|\bterms?\b|\bwords?\b/i;

/** A block's words as the language rules read them: outside quotations and disclaimers. */
interface BlockWording {
  block: CheckedBlock;
  quotations: readonly TextRange[];
  hedges: readonly WordMatch[];
  expressions: readonly ExpressionMatch[];
  confidence: readonly WordMatch[];
}

export function languageFindings(reading: DocumentReading): FindingDraft[] {
  const yardstick = reading.document.settings.yardstick;
  const standard = LANGUAGE_STANDARDS[yardstick];
  let disclaimed = reading.sections.some((section) => section.explainsTerms);
  const read: BlockWording[] = [];
  for (const block of reading.blocks) {
    if (block.type === 'quote' || HEADINGS.has(block.type) || NOT_HELD.has(block.sectionRole) || block.section?.explainsTerms) continue;
    const words = wordsOf(block.text);
    const disclaimers = disclaimerSentences(block.text);
    if (disclaimers.length > 0) disclaimed = true;
    const outside = [...words.quotations, ...disclaimers];
    read.push({
      block,
      quotations: words.quotations,
      hedges: words.hedges,
      expressions: words.expressions.filter((match) => !within(match, outside)),
      confidence: words.confidence.filter((match) => !within(match, outside)),
    });
  }

  const findings: FindingDraft[] = [];
  const firstRowWord = yardstick === 'icd-203' ? read.flatMap((wording) => wording.expressions).find((match) => match.expression.icd?.row === 1) : undefined;
  for (const wording of read) {
    const { block } = wording;
    for (const match of wording.expressions) {
      if (!inYardstick(match.expression, yardstick)) findings.push(outsideYardstick(block, match, yardstick));
      else if (firstRowWord && !disclaimed && match.expression.icd?.row === 2) findings.push(mixedRows(block, match, firstRowWord));
    }
    findings.push(...likelihoodWithConfidence(wording, standard.confidence));
    if (HEDGED.has(block.sectionRole)) {
      for (const hedge of wording.hedges) {
        if (within(hedge, wording.quotations)) continue;
        findings.push(
          bodyFinding('language.hedge', block, hedge, {
            message: `“${hedge.text}” hedges this judgment without saying how likely it is. State the likelihood with one of ${YARDSTICK_NAMES[yardstick]} (${YARDSTICK_TERMS[yardstick]}).`,
            standard: standard.hedges,
          }),
        );
      }
    }
  }
  findings.push(...keyJudgmentFindings(read, yardstick));
  // Rules ran rule by rule within a block; the runner sorts them into reading order.
  return findings;
}

function outsideYardstick(block: CheckedBlock, match: ExpressionMatch, yardstick: Yardstick): FindingDraft {
  const fixWord = yardstick === 'icd-203' ? match.expression.icdFix : match.expression.phiaFix;
  const fix = fixWord ? inSameCase(match.text, fixWord) : null;
  const from = yardstick === 'icd-203' && match.expression.phiaBand !== null ? ' (it is a PHIA term)' : yardstick === 'phia' && match.expression.icd !== null ? ' (it is an ICD 203 term)' : '';
  const advice = fix ? `Use “${fix}”, its term for the same likelihood.` : `Say how likely with one of its terms: ${YARDSTICK_TERMS[yardstick]}.`;
  return bodyFinding('language.outside-yardstick', block, match, {
    message: `“${match.text}” is not one of ${YARDSTICK_NAMES[yardstick]}${from}. ${advice}`,
    standard: LANGUAGE_STANDARDS[yardstick].terms,
    fix: fix ? { label: `Replace “${match.text}” with “${fix}”`, replace: { blockPath: block.path, range: { start: match.start, end: match.end }, expected: match.text, with: fix } } : null,
  });
}

function mixedRows(block: CheckedBlock, match: ExpressionMatch, firstRowWord: ExpressionMatch): FindingDraft {
  const fix = match.expression.icdFix ? inSameCase(match.text, match.expression.icdFix) : null;
  return bodyFinding('language.mixed-rows', block, match, {
    message:
      `“${match.text}” comes from the second row of the ICD 203 table, and this document also uses first-row words such as “${firstRowWord.text}”. ` +
      `Use one row throughout${fix ? ` (here “${fix}”)` : ''}, or add a disclaimer saying the terms of a column mean the same likelihood.`,
    standard: 'ICD 203 §D.6.e(2)(a): terms from one row, or a disclaimer',
    fix: fix ? { label: `Replace “${match.text}” with “${fix}”`, replace: { blockPath: block.path, range: { start: match.start, end: match.end }, expected: match.text, with: fix } } : null,
  });
}

function likelihoodWithConfidence(wording: BlockWording, standard: string): FindingDraft[] {
  if (wording.expressions.length === 0 || wording.confidence.length === 0) return [];
  const findings: FindingDraft[] = [];
  for (const sentence of sentencesOf(wording.block.text)) {
    const likelihood = wording.expressions.find((match) => within(match, [sentence]));
    const confidence = wording.confidence.find((match) => within(match, [sentence]));
    if (!likelihood || !confidence) continue;
    const range = { start: Math.min(likelihood.start, confidence.start), end: Math.max(likelihood.end, confidence.end) };
    findings.push(
      bodyFinding('language.likelihood-with-confidence', wording.block, range, {
        message: `This sentence gives both a likelihood (“${likelihood.text}”) and a confidence level (“${confidence.text}”). State the confidence in a sentence of its own, so it is not read as part of the likelihood.`,
        standard,
      }),
    );
  }
  return findings;
}

/** The sentences of a text that say estimative terms mean the same: a disclaimer for mixing ICD 203 rows. */
export function disclaimerSentences(text: string): TextRange[] {
  if (!SAMENESS.test(text)) return [];
  return sentencesOf(text).filter((range) => {
    const sentence = text.slice(range.start, range.end);
    if (!SAMENESS.test(sentence)) return false;
    if (ABOUT_TERMS.test(sentence)) return true;
    const rows = new Set(findExpressions(sentence).flatMap((match) => (match.expression.icd ? [match.expression.icd.row] : [])));
    return rows.size === 2;
  });
}

function keyJudgmentFindings(read: readonly BlockWording[], yardstick: Yardstick): FindingDraft[] {
  const judgments: Array<{ wording: BlockWording; confident: boolean }> = [];
  for (const wording of read) {
    const { block } = wording;
    if (block.sectionRole !== 'key-judgments' || block.text.trim() === '') continue;
    const previous = judgments[judgments.length - 1];
    if (previous && wording.expressions.length === 0 && onlyConfidence(wording) && previous.wording.block.section === block.section) {
      previous.confident = true;
      continue;
    }
    judgments.push({ wording, confident: wording.confidence.length > 0 });
  }
  const standard = LANGUAGE_STANDARDS[yardstick].hedges;
  return judgments.flatMap(({ wording, confident }) => {
    const range = wholeBlock(wording.block);
    const findings: FindingDraft[] = [];
    if (wording.expressions.length === 0) {
      findings.push(
        bodyFinding('language.key-judgment-no-likelihood', wording.block, range, {
          message: `This key judgment does not say how likely it is: ${quoted(wording.block.text)}. Give it one of ${YARDSTICK_NAMES[yardstick]} (${YARDSTICK_TERMS[yardstick]}).`,
          standard,
        }),
      );
    }
    if (!confident) {
      findings.push(
        bodyFinding('language.key-judgment-no-confidence', wording.block, range, {
          message: `This key judgment has no confidence statement: ${quoted(wording.block.text)}. Add a sentence of its own giving high, moderate or low confidence and why.`,
          standard,
        }),
      );
    }
    return findings;
  });
}

/** Whether every sentence of the block states confidence: "We have moderate confidence in this judgment." */
function onlyConfidence(wording: BlockWording): boolean {
  if (wording.confidence.length === 0) return false;
  return sentencesOf(wording.block.text).every((sentence) => wording.confidence.some((match) => within(match, [sentence])));
}
