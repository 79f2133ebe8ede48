import type { BodyCitation } from '../citations/collect';
import type { CitationFinding } from '../citations/findings';
import { citationProblems } from '../citations/integrity';
import type { DocumentSource } from '../document/schema';
import { displayName, outletOf } from '../sources/schema';
import type { FindingDraft } from './finding';
import { bodyFinding, otherFinding, quoted, wholeBlock, type CheckedBlock, type DocumentReading } from './reading';

/**
 * Sourcing (ICD 206):
 *
 * - `sourcing.uncited-paragraph`: a paragraph, list item or block quote of a reporting
 *   section, outside a table, that cites nothing. Lead-ins ending in a colon, captions
 *   ("Table 1. …") and blocks of fewer than four words ("None.") report nothing of their own.
 * - the citation checks (core/citations/integrity): dangling citations, passages gone or
 *   changed, quotations that differ from their source, sources nothing cites.
 * - `sourcing.ungraded-source`: a cited source without its Admiralty grade (both halves;
 *   F and 6 are grades: "cannot be judged").
 * - `sourcing.unnamed-originator`: a cited source that carries someone else's
 *   information with no originator named. It is second-hand when its descriptor or notes
 *   say so ("second-hand", "secondary reporting", "relays"), or when a passage cited from
 *   it attributes its words to someone other than its outlet, publisher or authors
 *   ("according to the monitor", "citing the Observatory"). The analyst's own sentence is
 *   not read: when it cites several sources, it cannot say which one relays.
 */

const STANDARD = 'ICD 206: source references and descriptors';
const MIN_REPORTING_WORDS = 4;
const REPORTED_BLOCKS = new Set(['paragraph', 'listitem', 'quote']);

export function sourcingFindings(reading: DocumentReading): FindingDraft[] {
  return [...uncitedParagraphs(reading), ...citationFindings(reading), ...sourceFindings(reading)];
}

function uncitedParagraphs(reading: DocumentReading): FindingDraft[] {
  return reading.blocks
    .filter((block) => block.sectionRole === 'reporting' && REPORTED_BLOCKS.has(block.type) && !block.inTable && block.citations.length === 0 && isReporting(block.text))
    .map((block) =>
      bodyFinding('sourcing.uncited-paragraph', block, wholeBlock(block), {
        message: `This reporting cites no source: ${quoted(block.text)}. Cite the passage it rests on, or move it to the analyst comment if it is your own view.`,
        standard: STANDARD,
      }),
    );
}

// A caption names a table or figure; it reports nothing of its own.
const CAPTION = /^(?:table|figure|fig\.|chart|map)\s+\d+[.:]/i;

function isReporting(text: string): boolean {
  const trimmed = text.trim();
  return !trimmed.endsWith(':') && !CAPTION.test(trimmed) && (trimmed.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= MIN_REPORTING_WORDS;
}

/** The citation checks' findings, as findings of this kind. */
function citationFindings(reading: DocumentReading): FindingDraft[] {
  return citationProblems(reading.document, reading.text).map((found) => fromCitationFinding(reading, found));
}

function fromCitationFinding(reading: DocumentReading, found: CitationFinding): FindingDraft {
  const standard = found.rule === 'citation.quote-mismatch' ? 'ICD 206: quotations match the cited source' : STANDARD;
  if (found.rule === 'source.unused') {
    return otherFinding(found.rule, { kind: 'source', sourceId: found.sourceId }, { message: found.message, standard, text: '', sourceId: found.sourceId });
  }
  const block = reading.blocks[found.location.block] as CheckedBlock;
  const draft = bodyFinding(found.rule, block, found.location.range, {
    message: found.message,
    standard,
    sourceId: found.sourceId,
    citation: { index: found.citation, path: found.citationPath },
  });
  if (found.rule === 'citation.quote-mismatch') draft.quote = { quoted: found.quoted, sourceText: found.sourceText, sourceRange: found.sourceRange };
  if (found.rule === 'citation.passage-changed') draft.passage = { text: found.passage, range: found.passageRange };
  return draft;
}

const SECOND_HAND_NOTE = /\bsecond[-\s]?hand\b|\bsecondary\s+(?:source|reporting)\b|\brelay(?:s|ed|ing)?\b/i;
// "Citing" and "quoting" name a source only before a name ("citing the Observatory", not "citing overcrowding").
// Case is spelled out: with the i flag, \p{Lu} would match any letter.
const ATTRIBUTION = /\b(?:[Aa]ccording\s+to|[Cc]ited\s+by|[Qq]uoted\s+by|[Aa]s\s+reported\s+by|(?:[Cc]iting|[Qq]uoting)(?=\s+(?:the\s+)?\p{Lu}))\s+([^.,;:!?()\n]{1,80})/gu;
// Most passages attribute nothing: one quick test spares them the full pattern.
const MIGHT_ATTRIBUTE = /ccording|ited by|uoted by|eported by|iting|uoting/;
const STOP_WORDS = new Set(['the', 'and', 'for', 'with', 'from', 'news', 'media', 'staff', 'group', 'network']);

/** One finding per cited source, at its first citation: a grade missing, an originator not named. */
function sourceFindings(reading: DocumentReading): FindingDraft[] {
  const sources = new Map(reading.document.sources.map((source) => [source.id, source]));
  const citationsBySource = new Map<string, BodyCitation[]>();
  for (const citation of reading.text.citations) {
    if (!sources.has(citation.sourceId)) continue;
    const cited = citationsBySource.get(citation.sourceId);
    if (cited) cited.push(citation);
    else citationsBySource.set(citation.sourceId, [citation]);
  }
  const findings: FindingDraft[] = [];
  for (const [sourceId, citations] of citationsBySource) {
    const source = sources.get(sourceId) as DocumentSource;
    const first = citations[0] as BodyCitation;
    const title = source.title.trim() || `Source ${source.id}`;
    if (source.reliability === null || source.credibility === null) {
      findings.push(
        atCitation(reading, 'sourcing.ungraded-source', first, source, {
          message: `“${title}” has no ${source.reliability === null && source.credibility === null ? 'grade' : source.reliability === null ? 'reliability grade' : 'credibility grade'}. Grade it on the Admiralty code (reliability A–F, credibility 1–6; F and 6 when it cannot be judged).`,
          standard: 'ICD 203 §D.6.e(1) and ICD 206: describe the quality and credibility of sources',
        }),
      );
    }
    if (source.originator.trim() === '') {
      const evidence = secondHandEvidence(source, citations);
      if (evidence) {
        findings.push(
          atCitation(reading, 'sourcing.unnamed-originator', evidence.citation, source, {
            message: `“${title}” passes on someone else's information (${evidence.why}), but its originator is not named. Name who first reported it in the source's details.`,
            standard: 'ICD 206: originator of second-hand reporting',
          }),
        );
      }
    }
  }
  return findings;
}

function atCitation(reading: DocumentReading, rule: 'sourcing.ungraded-source' | 'sourcing.unnamed-originator', citation: BodyCitation, source: DocumentSource, details: { message: string; standard: string }): FindingDraft {
  const block = reading.blocks[citation.block] as CheckedBlock;
  return {
    ...bodyFinding(rule, block, { start: citation.offset, end: citation.offset }, details),
    subject: { kind: 'source', sourceId: source.id },
    sourceId: source.id,
    citation: { index: citation.index, path: citation.path },
  };
}

function secondHandEvidence(source: DocumentSource, citations: readonly BodyCitation[]): { citation: BodyCitation; why: string } | null {
  const note = `${source.descriptor}\n${source.notes}`;
  const said = SECOND_HAND_NOTE.exec(note);
  if (said) return { citation: citations[0] as BodyCitation, why: `its description says “${said[0]}”` };
  const own = ownNames(source);
  for (const citation of citations) {
    const passage = citation.selector?.exact ?? '';
    if (!MIGHT_ATTRIBUTE.test(passage)) continue;
    for (const match of passage.matchAll(ATTRIBUTION)) {
      if (!sharesAWord(match[1] as string, own)) return { citation, why: `“${match[0].trim()}”` };
    }
  }
  return null;
}

/** The significant words of the source's own names: outlet, publisher, authors. */
function ownNames(source: DocumentSource): Set<string> {
  const names = [outletOf(source), source.publisher, ...source.authors.map(displayName)].join(' ');
  return new Set(significantWords(names));
}

function sharesAWord(text: string, words: ReadonlySet<string>): boolean {
  return significantWords(text).some((word) => words.has(word));
}

function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => word.length >= 3 && !STOP_WORDS.has(word));
}
