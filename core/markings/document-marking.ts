import type { BriefDocument, DocumentMarking } from '../document/schema';
import { BriefError } from '../errors';
import { readPortions, type BodyPortions } from './body-portions';
import { builtinScheme } from './builtin-schemes';
import { parseMarkingScheme } from './custom-scheme';
import { markOfMarking, markText, parseMark } from './portion-mark';
import { rollUp } from './roll-up';
import type { BannerStyle, Mark, MarkingLevel, MarkingScheme } from './scheme';

/** The scheme a marking names, or why there is none to use. */
export type SchemeLookup = { scheme: MarkingScheme; problem: null } | { scheme: null; problem: string };

const customSchemes = new WeakMap<object, SchemeLookup>();

/**
 * The scheme of a document's marking: a built-in one, or the custom scheme saved in the
 * document under the same id. A saved definition this version cannot read is a problem
 * to show, not a reason to refuse the document.
 */
export function schemeOf(marking: Pick<DocumentMarking, 'scheme' | 'customScheme'>): SchemeLookup {
  const builtin = builtinScheme(marking.scheme);
  if (builtin) return { scheme: builtin, problem: null };
  const saved = marking.customScheme;
  if (saved && saved.id === marking.scheme) {
    let lookup = customSchemes.get(saved);
    if (!lookup) {
      try {
        lookup = { scheme: parseMarkingScheme(saved, marking.scheme), problem: null };
      } catch (thrown) {
        if (!(thrown instanceof BriefError)) throw thrown;
        lookup = { scheme: null, problem: thrown.message };
      }
      customSchemes.set(saved, lookup);
    }
    return lookup;
  }
  return { scheme: null, problem: `This document is marked in the scheme "${marking.scheme}", which this copy of Briefwright does not know and the document does not include.` };
}

const parsedMarks = new WeakMap<MarkingScheme, Map<string, Mark | null>>();
const MAX_CACHED_MARKS = 2_000;

/** parseMark, remembered per scheme: a long document repeats a handful of marks thousands of times. */
export function readMark(text: string, scheme: MarkingScheme): Mark | null {
  let marks = parsedMarks.get(scheme);
  if (!marks) {
    marks = new Map();
    parsedMarks.set(scheme, marks);
  }
  if (marks.has(text)) return marks.get(text) ?? null;
  if (marks.size >= MAX_CACHED_MARKS) marks.clear();
  const mark = parseMark(text, scheme);
  marks.set(text, mark);
  return mark;
}

/** Every mark a document carries, read in its scheme: its own, the title's, each portion's, each citation's and each source's. */
export interface DocumentMarks {
  scheme: MarkingScheme;
  /** The document's own level and controls, as the analyst set them. */
  own: Mark | null;
  title: Mark | null;
  body: BodyPortions;
  /** Each body portion's mark, in the order of `body.portions`; null when unmarked. */
  portions: readonly (Mark | null)[];
  /** Each citation's own mark, in the order of `body.citations`. */
  citations: readonly (Mark | null)[];
  /** Each source's mark, in the order of the document's sources. */
  sources: readonly (Mark | null)[];
}

export function readDocumentMarks(document: Pick<BriefDocument, 'marking' | 'body' | 'sources'>, scheme: MarkingScheme, body: BodyPortions = readPortions(document.body)): DocumentMarks {
  return {
    scheme,
    own: markOfMarking(document.marking, scheme),
    title: readMark(document.marking.titlePortion ?? '', scheme),
    body,
    portions: body.portions.map((portion) => readMark(portion.mark, scheme)),
    citations: body.citations.map((citation) => readMark(citation.mark, scheme)),
    sources: document.sources.map((source) => readMark(source.portionMark, scheme)),
  };
}

/** The marks of everything but the document's own: what the banner must cover. */
export function portionMarks(marks: DocumentMarks): Mark[] {
  return [marks.title, ...marks.portions, ...marks.citations, ...marks.sources].filter((mark): mark is Mark => mark !== null);
}

/** The banner's mark: the highest of the document's own mark and every portion's, rolled up. */
export function bannerMark(marks: DocumentMarks): Mark | null {
  return rollUp(marks.scheme, marks.own, portionMarks(marks));
}

/**
 * Why every portion must carry a mark, or null when the scheme leaves marks to the analyst:
 * the scheme marks every portion (`required`); the banner's level does (US classified);
 * or a portion is marked in an `if-any` scheme (CUI). The checks flag unmarked portions
 * for the same reasons, and exports then print a mark in front of every portion.
 */
export type PortionMarkRequirement = { because: 'scheme' } | { because: 'level'; level: MarkingLevel } | { because: 'if-any' };

export function portionMarkRequirement(marks: DocumentMarks): PortionMarkRequirement | null {
  const { scheme } = marks;
  if (scheme.portionMarks === 'required') return { because: 'scheme' };
  const top = scheme.levels.find((level) => level.id === bannerMark(marks)?.level);
  if (top?.requiresPortionMarks) return { because: 'level', level: top };
  if (scheme.portionMarks === 'if-any' && portionMarks(marks).length > 0) return { because: 'if-any' };
  return null;
}

/** A mark as a document stores its marking: the level's id, and each control by its id (`REL TO USA, GBR` with its countries). */
export function markingFields(mark: Mark | null, scheme: MarkingScheme): Pick<DocumentMarking, 'level' | 'controls'> {
  if (!mark) return { level: null, controls: [] };
  if (mark.level === null) return { level: markText(mark, scheme, 'portion'), controls: [] };
  const controls = mark.controls.map(({ id, countries }) => {
    const control = scheme.controls.find((candidate) => candidate.id === id);
    return countries.length > 0 && control ? `${control.portion} ${countries.join(', ')}` : id;
  });
  return { level: mark.level, controls: [...controls, ...mark.unknown] };
}

/**
 * The marking the document's banners show: its own marking raised to cover every portion,
 * title, citation and source. Exports pass this to bannerText; a document in a scheme
 * this version cannot use keeps its own marking.
 */
export function rolledUpMarking(document: Pick<BriefDocument, 'marking' | 'body' | 'sources'>): DocumentMarking {
  const { scheme } = schemeOf(document.marking);
  if (!scheme) return document.marking;
  return { ...document.marking, ...markingFields(bannerMark(readDocumentMarks(document, scheme)), scheme) };
}

/** A banner as the writers draw it: its text, its style, and its colour (TLP) as RRGGBB. */
export interface MarkingBanner {
  text: string;
  style: BannerStyle;
  color: string | null;
}

export function bannerOf(mark: Mark, scheme: MarkingScheme): MarkingBanner {
  const level = scheme.levels.find((candidate) => candidate.id === mark.level);
  return { text: markText(mark, scheme, 'banner'), style: scheme.style, color: level?.color ?? (scheme.style === 'tlp' ? 'FFFFFF' : null) };
}
