import type { FindingLocation } from '../citations/findings';
import type { BodyPortion } from '../markings/body-portions';
import { bannerMark, markingFields, portionMarkRequirement, readDocumentMarks, schemeOf, type DocumentMarks } from '../markings/document-marking';
import { formatPortionMark, levelRank, markText } from '../markings/portion-mark';
import { rollUp, sameLevelAndControls } from '../markings/roll-up';
import type { Mark, MarkingScheme } from '../markings/scheme';
import type { FindingDraft, FindingSubject, MarkingRule, QuickFix } from './finding';
import { otherFinding, wholeBlock, type DocumentReading } from './reading';

/**
 * Markings, in the document's scheme (core/markings):
 *
 * - `markings.unknown-scheme`: a scheme this version does not know and the document does
 *   not include, or an included custom scheme it cannot read.
 * - `markings.unknown-mark`: a mark whose level the scheme does not have (or any mark in
 *   an unmarked document); `markings.unknown-control`: a control it does not have;
 *   `markings.control-not-allowed`: a control not used at the mark's level. Such marks
 *   are kept as written (and carried into the banner), never dropped or guessed.
 * - `markings.unmarked-portion`: a portion (a block with text, a table, the title, a
 *   source) without a mark where the scheme requires marks: always (`required`), in a
 *   document whose banner is at a level that requires them (US classified), or once any
 *   portion is marked (`if-any`: CUI). The fix marks it at the document's own marking,
 *   the default a new portion takes.
 * - `markings.banner-below-portion`: the document's own marking is below what its
 *   portions roll up to (a lower level, a missing control, a wider release).
 * - `markings.citation-above-portion`: a citation marked (or, unmarked, whose source is
 *   marked) above the portion it supports.
 */

const STANDARDS: Readonly<Record<string, string>> = {
  us: 'CAPCO marking register; ISOO CUI marking handbook',
  uk: 'UK Government Security Classifications Policy',
  nato: 'NATO C-M(2002)49 security policy',
  tlp: 'FIRST TLP 2.0',
  none: 'Document marking',
};

/** What a mark belongs to. */
type Holder = { kind: 'document' } | { kind: 'title' } | { kind: 'portion'; portion: BodyPortion } | { kind: 'citation' } | { kind: 'source'; sourceId: string };

/** A mark of the document with where it was found, for messages and locations. */
interface PlacedMark {
  mark: Mark | null;
  /** As written, for messages. */
  written: string;
  holder: Holder;
  /** "This portion", "The title", "Note 3", "The source “…”". */
  name: string;
  subject: FindingSubject;
  location: FindingLocation | null;
  section: string | null;
  /** The text the mark covers, for the finding's text when there is no mark to show. */
  covers: string;
}

export function markingFindings(reading: DocumentReading): FindingDraft[] {
  const { document } = reading;
  const lookup = schemeOf(document.marking);
  if (!lookup.scheme) {
    return [otherFinding('markings.unknown-scheme', { kind: 'document-marking' }, { message: lookup.problem, standard: 'Document marking', text: document.marking.scheme })];
  }
  const scheme = lookup.scheme;
  const marks = readDocumentMarks(document, scheme, reading.portions);
  const standard = STANDARDS[scheme.id] ?? scheme.name;
  const placed = placeMarks(reading, marks);
  return [
    ...placed.flatMap((found) => (found.mark ? problemsOfMark(found.mark, found, scheme, standard) : [])),
    ...unmarkedPortions(reading, marks, placed, standard),
    ...bannerBelowPortion(marks, placed, standard),
    ...citationsAbovePortion(reading, marks, standard),
  ];
}

/** Every mark of the document with where it is: its own, the title's, each portion's, each citation's, each source's. */
function placeMarks(reading: DocumentReading, marks: DocumentMarks): PlacedMark[] {
  const { document } = reading;
  const placed: PlacedMark[] = [
    {
      mark: marks.own,
      written: [document.marking.level ?? '', ...document.marking.controls].filter(Boolean).join(marks.scheme.groupSeparator),
      holder: { kind: 'document' },
      name: 'The document',
      subject: { kind: 'document-marking' },
      location: null,
      section: null,
      covers: '',
    },
    { mark: marks.title, written: document.marking.titlePortion ?? '', holder: { kind: 'title' }, name: 'The title', subject: { kind: 'title' }, location: null, section: null, covers: document.metadata.title },
  ];
  marks.body.portions.forEach((portion, index) => {
    const block = reading.portionBlocks[index];
    placed.push({
      mark: marks.portions[index] ?? null,
      written: portion.mark,
      holder: { kind: 'portion', portion },
      name: portion.type === 'table' ? 'This table' : 'This portion',
      subject: { kind: 'body' },
      location: block ? { block: block.index, blockPath: block.path, range: wholeBlock(block) } : null,
      section: block?.section?.heading ?? null,
      covers: block?.text ?? '',
    });
  });
  marks.body.citations.forEach((citationPortion, index) => {
    const citation = reading.text.citations[reading.portionCitations[index] ?? -1];
    const block = citation ? reading.blocks[citation.block] : undefined;
    placed.push({
      mark: marks.citations[index] ?? null,
      written: citationPortion.mark,
      holder: { kind: 'citation' },
      name: citation ? `Note ${citation.number}` : 'A note',
      subject: { kind: 'body' },
      location: citation && block ? { block: block.index, blockPath: block.path, range: { start: citation.offset, end: citation.offset } } : null,
      section: block?.section?.heading ?? null,
      covers: '',
    });
  });
  document.sources.forEach((source, index) => {
    placed.push({
      mark: marks.sources[index] ?? null,
      written: source.portionMark,
      holder: { kind: 'source', sourceId: source.id },
      name: `The source “${source.title.trim() || source.id}”`,
      subject: { kind: 'source', sourceId: source.id },
      location: null,
      section: null,
      covers: source.title,
    });
  });
  return placed;
}

function findingAt(rule: MarkingRule, placed: PlacedMark, details: { message: string; standard: string; text: string; fix?: QuickFix | null }): FindingDraft {
  const sourceId = placed.holder.kind === 'source' ? { sourceId: placed.holder.sourceId } : {};
  return otherFinding(rule, placed.subject, { ...details, location: placed.location, section: placed.section, ...sourceId });
}

/** A mark as a reader sees it: `(S//NF)`. */
function shown(written: string): string {
  return `“${written.startsWith('(') ? written : `(${written})`}”`;
}

function problemsOfMark(mark: Mark, placed: PlacedMark, scheme: MarkingScheme, standard: string): FindingDraft[] {
  const { name, written } = placed;
  if (mark.level === null) {
    const message =
      scheme.levels.length === 0
        ? `${name} is marked ${shown(written)}, but the document has no marking scheme. Choose the document’s scheme, or remove the mark.`
        : `${name} is marked ${shown(written)}, which ${scheme.name} does not have; it is kept as written. Its marks are ${scheme.levels.map((level) => level.portion).join(', ')}.`;
    return [findingAt('markings.unknown-mark', placed, { message, standard, text: written })];
  }
  const level = scheme.levels.find((candidate) => candidate.id === mark.level);
  return [
    ...mark.unknown.map((part) =>
      findingAt('markings.unknown-control', placed, {
        message: `${name} is marked ${shown(written)}: ${scheme.name} has no control “${part}”. It is kept as written; correct it, or confirm it with the owner of the marking.`,
        standard,
        text: written,
      }),
    ),
    ...mark.notAllowed.map((id) => {
      const control = scheme.controls.find((candidate) => candidate.id === id);
      const only = control && control.levels.length > 0 ? ` (only at ${control.levels.join(', ')})` : '';
      return findingAt('markings.control-not-allowed', placed, {
        message: `${name} is marked ${shown(written)}: ${control?.banner ?? id} is not used at ${level?.banner ?? mark.level}${only}.`,
        standard,
        text: written,
      });
    }),
  ];
}

/** Why every portion must be marked, in words, or null when the scheme leaves it to the analyst. */
function whyMarksAreRequired(marks: DocumentMarks): string | null {
  const requirement = portionMarkRequirement(marks);
  switch (requirement?.because) {
    case 'scheme':
      return `${marks.scheme.name} marks every portion`;
    case 'level':
      return `a ${requirement.level.banner} document marks every portion`;
    case 'if-any':
      return 'once one portion is marked, every portion is';
    default:
      return null;
  }
}

function unmarkedPortions(reading: DocumentReading, marks: DocumentMarks, placed: readonly PlacedMark[], standard: string): FindingDraft[] {
  const reason = whyMarksAreRequired(marks);
  if (!reason) return [];
  const own = marks.own;
  const defaultMark = own && own.level !== null && own.unknown.length === 0 ? markText(own, marks.scheme, 'portion') : null;
  const findings: FindingDraft[] = [];
  for (const found of placed) {
    if (found.mark) continue;
    const { holder } = found;
    let fix: QuickFix | null = null;
    if (holder.kind === 'title') {
      if (reading.document.metadata.title.trim() === '') continue;
      if (defaultMark) fix = { label: `Mark the title (${defaultMark})`, setTitlePortion: { mark: defaultMark } };
    } else if (holder.kind === 'source') {
      if (defaultMark) fix = { label: `Mark the source (${defaultMark})`, setSourcePortion: { sourceId: holder.sourceId, mark: defaultMark } };
    } else if (holder.kind === 'portion') {
      if (!holder.portion.isPortion || !holder.portion.hasText) continue;
      if (defaultMark) fix = { label: `Mark it (${defaultMark})`, setPortion: { nodePath: holder.portion.path, mark: defaultMark } };
    } else {
      // A citation without a mark of its own takes its source's mark; the document's own marking is the banner check's.
      continue;
    }
    findings.push(
      findingAt('markings.unmarked-portion', found, {
        message: `${found.name} has no portion mark, and ${reason}.${defaultMark ? ` The document is marked (${defaultMark}).` : ' Set the document’s marking first.'}`,
        standard,
        text: found.covers,
        fix,
      }),
    );
  }
  return findings;
}

function bannerBelowPortion(marks: DocumentMarks, placed: readonly PlacedMark[], standard: string): FindingDraft[] {
  const { scheme } = marks;
  const top = bannerMark(marks);
  const own = rollUp(scheme, marks.own, []);
  if (!top || top.level === null || sameLevelAndControls(top, own)) return [];
  // Unknown parts are flagged on their own, and a fix does not carry them into the document's marking.
  const topText = markText({ ...top, unknown: [] }, scheme, 'banner');
  const ownText = own && own.level !== null ? markText({ ...own, unknown: [] }, scheme, 'banner') : null;
  // Point at the first mark that raises the banner, so the panel can show why.
  const raising = placed.find((found) => found.holder.kind !== 'document' && found.mark && !sameLevelAndControls(rollUp(scheme, marks.own, [found.mark]), own));
  const document: PlacedMark = { ...(placed[0] as PlacedMark), location: raising?.location ?? null, section: raising?.section ?? null };
  return [
    findingAt('markings.banner-below-portion', document, {
      message:
        `The document is marked ${ownText ?? 'with no level'}, but ${raising ? `${raising.name.charAt(0).toLowerCase()}${raising.name.slice(1)} is marked ${shown(raising.written)}, so ` : ''}` +
        `its banner must read ${topText}: at least the highest portion, with every control the portions carry. Raise the document’s marking to ${topText}.`,
      standard,
      text: ownText ?? '',
      fix: { label: `Mark the document ${topText}`, setDocumentMarking: markingFields({ ...top, unknown: [] }, scheme) },
    }),
  ];
}

function citationsAbovePortion(reading: DocumentReading, marks: DocumentMarks, standard: string): FindingDraft[] {
  const { scheme } = marks;
  const ownMarks: (Mark | null)[] = reading.text.citations.map(() => null);
  reading.portionCitations.forEach((citation, index) => {
    if (citation >= 0) ownMarks[citation] = marks.citations[index] ?? null;
  });
  const sourceMarks = new Map(reading.document.sources.map((source, index) => [source.id, marks.sources[index] ?? null]));
  const findings: FindingDraft[] = [];
  for (const citation of reading.text.citations) {
    const block = reading.blocks[citation.block];
    if (!block || block.portion === null) continue;
    const portionMark = marks.portions[block.portion];
    const own = ownMarks[citation.index] ?? null;
    const mark = own ?? sourceMarks.get(citation.sourceId) ?? null;
    if (!portionMark || !mark || portionMark.level === null || mark.level === null) continue;
    if (levelRank(scheme, mark.level) <= levelRank(scheme, portionMark.level)) continue;
    const markShown = formatPortionMark(mark, scheme);
    const portionShown = formatPortionMark(portionMark, scheme);
    const raised = formatPortionMark(rollUp(scheme, portionMark, [mark]) as Mark, scheme);
    findings.push(
      otherFinding('markings.citation-above-portion', { kind: 'body' }, {
        message:
          `Note ${citation.number} is marked ${markShown}${own ? '' : ' (its source’s mark)'}, above the portion it supports, ${portionShown}. ` +
          `If the portion carries anything from that source, mark it ${raised}.`,
        standard,
        text: markShown,
        location: { block: block.index, blockPath: block.path, range: { start: citation.offset, end: citation.offset } },
        section: block.section?.heading ?? null,
        sourceId: citation.sourceId,
        citation: { index: citation.index, path: citation.path },
      }),
    );
  }
  return findings;
}
