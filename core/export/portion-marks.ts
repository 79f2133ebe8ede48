import type { BriefDocument } from '../document/schema';
import { portionMarkRequirement, readDocumentMarks, readMark, schemeOf } from '../markings/document-marking';
import { formatPortionMark, tidy } from '../markings/portion-mark';
import type { Mark, MarkingScheme } from '../markings/scheme';

/**
 * Which portion marks an export prints, decided once for both writers. A portion's mark is
 * printed in front of it, `(S//NF) text`:
 *
 * - where every portion must be marked (the scheme's rule is `required`; the banner's level
 *   requires marks, as US classified levels do; or a portion is marked in an `if-any` scheme,
 *   as CUI) every portion prints its effective mark: its own, else the document's own
 *   marking, the mark a new portion takes (and the checks' quick fix sets);
 * - otherwise (`optional` schemes such as UK, NATO and TLP, or nothing marked yet) only
 *   portions the analyst marked print their mark;
 * - an unmarked document (scheme `none`) prints none.
 *
 * These are the rules the checks' `markings.unmarked-portion` applies
 * (portionMarkRequirement), so an export never prints a portion unmarked that the checks
 * would pass. Marks are written by the scheme (formatPortionMark); a mark in a scheme
 * this version does not know is printed as written, never dropped.
 */
export interface PrintedMarks {
  /** The mark in front of a body portion stored with `written` ('' when unmarked); undefined for none. */
  portion(written: string): string | undefined;
  /** The mark in front of a note: the citation's own; where every portion is marked, else its source's, else the document's. */
  note(citationMark: string, sourceMark: string): string | undefined;
  /** The title's mark. */
  title: string | undefined;
  /**
   * The mark for text the export adds (the yardstick appendix, public text): the scheme's
   * lowest level where every portion prints a mark; undefined elsewhere.
   */
  added: string | undefined;
}

const NO_MARKS: PrintedMarks = { portion: () => undefined, note: () => undefined, title: undefined, added: undefined };

export function printedMarks(document: Pick<BriefDocument, 'marking' | 'body' | 'sources'>): PrintedMarks {
  if (document.marking.scheme === 'none') return NO_MARKS;
  const { scheme } = schemeOf(document.marking);
  if (!scheme) {
    const asWritten = (written: string): string | undefined => (tidy(written) === '' ? undefined : `(${tidy(written)})`);
    return { portion: asWritten, note: (citation) => asWritten(citation), title: asWritten(document.marking.titlePortion ?? ''), added: undefined };
  }
  const marks = readDocumentMarks(document, scheme);
  const everyPortion = portionMarkRequirement(marks) !== null;
  const own = marks.own && marks.own.level !== null ? formatPortionMark(marks.own, scheme) : undefined;
  const fallback = everyPortion ? own : undefined;
  const formatted = new Map<string, string | undefined>();
  const portion = (written: string): string | undefined => {
    if (!formatted.has(written)) formatted.set(written, printed(readMark(written, scheme), scheme));
    return formatted.get(written) ?? fallback;
  };
  const lowest = scheme.levels[0];
  return {
    portion,
    // A citation's own mark always prints; the mark it takes from its source only where every portion is marked.
    note: (citation, source) => (citation.trim() !== '' ? portion(citation) : everyPortion ? portion(source) : undefined),
    title: portion(document.marking.titlePortion ?? ''),
    added: everyPortion && lowest ? `(${lowest.portion})` : undefined,
  };
}

function printed(mark: Mark | null, scheme: MarkingScheme): string | undefined {
  return mark ? formatPortionMark(mark, scheme) : undefined;
}
