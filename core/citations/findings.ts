import type { BodyPath } from './collect';

/** A finding's weight: errors make `briefwright check` fail; warnings ask the analyst to look. */
export type FindingSeverity = 'error' | 'warning';

/** A [start, end) range of characters. */
export interface TextRange {
  start: number;
  end: number;
}

/** Where a finding sits in the body, so the checks panel can jump to it: a text block and a range of its text. */
export interface FindingLocation {
  /** The index of the block among the body's text blocks (see readBodyText). */
  block: number;
  blockPath: BodyPath;
  /** The range in the block's text; an empty range is the point where a citation sits. */
  range: TextRange;
}

interface FindingBase {
  severity: FindingSeverity;
  /** What is wrong and what to do, in an analyst's words. */
  message: string;
  sourceId: string;
}

/** A finding about one citation in the body. */
interface CitationFindingBase extends FindingBase {
  location: FindingLocation;
  /** The citation's index among the body's citations. */
  citation: number;
  /** The citation node's path, to select it. */
  citationPath: BodyPath;
}

/**
 * `citation.dangling`: its source is not in the document. `citation.unanchored`: its
 * passage is no longer in the snapshot. `citation.no-snapshot`: it cites a passage of a
 * source that has no snapshot to find it in.
 */
export interface CitationProblem extends CitationFindingBase {
  rule: 'citation.dangling' | 'citation.unanchored' | 'citation.no-snapshot';
}

/** `citation.passage-changed`: the passage was found only approximately; `passage` is what the snapshot says now. */
export interface PassageChanged extends CitationFindingBase {
  rule: 'citation.passage-changed';
  passage: string;
  passageRange: TextRange;
}

/**
 * `citation.quote-mismatch`: words in quotation marks next to a citation differ from the
 * source. `location` is the quotation, marks included; `sourceText` is the cited passage,
 * or the closest text in the source ('' when nothing comes close).
 */
export interface QuoteMismatch extends CitationFindingBase {
  rule: 'citation.quote-mismatch';
  quoted: string;
  sourceText: string;
  sourceRange: TextRange | null;
}

/** `source.unused`: a source nothing in the body cites. */
export interface UnusedSource extends FindingBase {
  rule: 'source.unused';
  location: null;
}

export type CitationFinding = CitationProblem | PassageChanged | QuoteMismatch | UnusedSource;
export type CitationRule = CitationFinding['rule'];

/** A passage for a message: short enough to read in a list of findings. */
export function excerpt(text: string, length = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`;
}
