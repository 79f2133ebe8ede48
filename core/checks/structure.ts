import type { FindingDraft, TextRange } from './finding';
import { bodyFinding, type DocumentReading } from './reading';
import { isAttributed, sentencesOf, within, wordsOf } from './wording';

/**
 * Structure:
 *
 * - `structure.empty-required-section`: a section the template marks required with no
 *   text before the next section heading (text in tables counts).
 * - `structure.comment-in-reporting`: the analyst's own voice in a reporting section,
 *   defined narrowly so that reporting a source's words is never flagged. Flagged: the
 *   first person assessing ("we assess", "we judge", "we believe", "in our view", "our
 *   assessment is", "we are confident"), anywhere outside quotations; and estimative
 *   words ("probably", "likely", "almost certainly"…) outside quotations in a sentence
 *   that attributes nothing to anyone (no "said", "told", "reported", "according to"…).
 *   "The minister said an attack was likely" is reporting; "An attack is likely" is comment.
 */

export function structureFindings(reading: DocumentReading): FindingDraft[] {
  return [...emptyRequiredSections(reading), ...commentInReporting(reading)];
}

function emptyRequiredSections(reading: DocumentReading): FindingDraft[] {
  const templateSections = reading.sections.filter((section) => reading.blocks[section.headingBlock]?.type === 'section-heading');
  return templateSections.flatMap((section, index) => {
    if (!section.required) return [];
    const end = templateSections[index + 1]?.headingBlock ?? reading.blocks.length;
    const filled = reading.blocks.slice(section.headingBlock + 1, end).some((block) => block.text.trim() !== '');
    if (filled) return [];
    const heading = reading.blocks[section.headingBlock];
    if (!heading) return [];
    return [
      bodyFinding('structure.empty-required-section', heading, { start: 0, end: heading.text.length }, {
        message: `The section “${section.heading}” is required by the document’s template and is empty. Write it, or say why it does not apply.`,
        standard: 'The document’s template: required sections',
      }),
    ];
  });
}

function commentInReporting(reading: DocumentReading): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const block of reading.blocks) {
    if (block.sectionRole !== 'reporting' || block.type === 'quote' || block.type === 'heading' || block.type === 'section-heading') continue;
    const { voice, expressions, quotations } = wordsOf(block.text);
    if (voice.length === 0 && expressions.length === 0) continue;
    const sentences = expressions.length > 0 ? sentencesOf(block.text) : [];
    const unattributed = (range: TextRange) => {
      const sentence = sentences.find((candidate) => within(range, [candidate]));
      return !sentence || !isAttributed(block.text.slice(sentence.start, sentence.end));
    };
    const flagged = [...voice, ...expressions.filter(unattributed)].filter((match) => !within(match, quotations)).sort((a, b) => a.start - b.start);
    for (const match of flagged) {
      findings.push(
        bodyFinding('structure.comment-in-reporting', block, { start: match.start, end: match.end }, {
          message: `“${match.text}” is the analyst’s judgment, in a reporting section. Keep reporting to what the sources say, and put the judgment in the analyst comment or an assessment section.`,
          standard: 'ICD 203 §D.6.e(3): distinguishes intelligence from assumptions and judgments',
        }),
      );
    }
  }
  return findings;
}
