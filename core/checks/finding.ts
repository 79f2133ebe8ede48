import type { BodyPath } from '../citations/collect';
import type { CitationRule, FindingLocation, FindingSeverity, TextRange } from '../citations/findings';
import type { DismissedFinding } from '../document/schema';

export type { FindingLocation, FindingSeverity, TextRange } from '../citations/findings';

/** The families of checks, as the checks panel groups them. */
export const FINDING_KINDS = ['language', 'sourcing', 'markings', 'structure'] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export type LanguageRule =
  | 'language.outside-yardstick'
  | 'language.mixed-rows'
  | 'language.likelihood-with-confidence'
  | 'language.hedge'
  | 'language.key-judgment-no-likelihood'
  | 'language.key-judgment-no-confidence';
export type SourcingRule = CitationRule | 'sourcing.uncited-paragraph' | 'sourcing.ungraded-source' | 'sourcing.unnamed-originator';
export type MarkingRule =
  | 'markings.unknown-scheme'
  | 'markings.unknown-mark'
  | 'markings.unknown-control'
  | 'markings.control-not-allowed'
  | 'markings.unmarked-portion'
  | 'markings.banner-below-portion'
  | 'markings.citation-above-portion';
export type StructureRule = 'structure.empty-required-section' | 'structure.comment-in-reporting';
export type RuleId = LanguageRule | SourcingRule | MarkingRule | StructureRule;

export interface RuleInfo {
  kind: FindingKind;
  severity: FindingSeverity;
  /** A short name for the panel's groups and the CLI's summary. */
  title: string;
}

/**
 * Every rule, its family, its weight and its name. Errors are what makes a product wrong
 * to distribute (a misquote, a broken citation, a wrong marking) and fail `briefwright
 * check`; warnings ask the analyst to look.
 */
export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'language.outside-yardstick': { kind: 'language', severity: 'warning', title: 'Term outside the yardstick' },
  'language.mixed-rows': { kind: 'language', severity: 'warning', title: 'ICD 203 rows mixed without a disclaimer' },
  'language.likelihood-with-confidence': { kind: 'language', severity: 'warning', title: 'Likelihood and confidence in one sentence' },
  'language.hedge': { kind: 'language', severity: 'warning', title: 'Vague hedge in a judgment' },
  'language.key-judgment-no-likelihood': { kind: 'language', severity: 'warning', title: 'Key judgment without a likelihood term' },
  'language.key-judgment-no-confidence': { kind: 'language', severity: 'warning', title: 'Key judgment without a confidence statement' },
  'sourcing.uncited-paragraph': { kind: 'sourcing', severity: 'warning', title: 'Reporting without a citation' },
  'citation.dangling': { kind: 'sourcing', severity: 'error', title: 'Citation of a missing source' },
  'citation.unanchored': { kind: 'sourcing', severity: 'error', title: 'Cited passage no longer in the source' },
  'citation.no-snapshot': { kind: 'sourcing', severity: 'warning', title: 'Cited passage cannot be checked' },
  'citation.passage-changed': { kind: 'sourcing', severity: 'warning', title: 'Cited passage has changed' },
  'citation.quote-mismatch': { kind: 'sourcing', severity: 'error', title: 'Quotation differs from the source' },
  'source.unused': { kind: 'sourcing', severity: 'warning', title: 'Source not cited' },
  'sourcing.ungraded-source': { kind: 'sourcing', severity: 'warning', title: 'Cited source without a grade' },
  'sourcing.unnamed-originator': { kind: 'sourcing', severity: 'warning', title: 'Second-hand source without its originator' },
  'markings.unknown-scheme': { kind: 'markings', severity: 'error', title: 'Unknown marking scheme' },
  'markings.unknown-mark': { kind: 'markings', severity: 'error', title: 'Mark the scheme does not have' },
  'markings.unknown-control': { kind: 'markings', severity: 'warning', title: 'Control the scheme does not have' },
  'markings.control-not-allowed': { kind: 'markings', severity: 'warning', title: 'Control not used at this level' },
  'markings.unmarked-portion': { kind: 'markings', severity: 'error', title: 'Portion without a mark' },
  'markings.banner-below-portion': { kind: 'markings', severity: 'error', title: 'Banner lower than a portion' },
  'markings.citation-above-portion': { kind: 'markings', severity: 'warning', title: 'Citation marked above its portion' },
  'structure.empty-required-section': { kind: 'structure', severity: 'warning', title: 'Required section left empty' },
  'structure.comment-in-reporting': { kind: 'structure', severity: 'warning', title: 'Analyst comment in reporting' },
};

/**
 * A change that fixes a finding for certain, for the panel's one-click fix. `replace` swaps
 * the words at `range` of the block at `blockPath` (its text as readBodyText reads it) when
 * they still read `expected`; the other kinds set a mark. See applyQuickFix.
 */
export type QuickFix =
  | { label: string; replace: { blockPath: BodyPath; range: TextRange; expected: string; with: string } }
  | { label: string; setPortion: { nodePath: BodyPath; mark: string } }
  | { label: string; setTitlePortion: { mark: string } }
  | { label: string; setSourcePortion: { sourceId: string; mark: string } }
  | { label: string; setDocumentMarking: { level: string | null; controls: string[] } };

/** What a finding is about: text of the body (see `location`), the title block, the document's own marking, or a source. */
export type FindingSubject = { kind: 'body' } | { kind: 'title' } | { kind: 'document-marking' } | { kind: 'source'; sourceId: string };

/**
 * One finding of the tradecraft checks, for the panel, the CLI and the export dialog. The
 * citation checks' findings (core/citations/findings.ts) are carried over with their rule
 * ids, location and details.
 */
export interface Finding {
  rule: RuleId;
  kind: FindingKind;
  severity: FindingSeverity;
  /** What is wrong and what to do, in an analyst's words. */
  message: string;
  /** The standard behind the rule, e.g. "ICD 203 §D.6.e(2)(a)". */
  standard: string;
  /** The words flagged, in the body; null for a finding about the title, the marking or a source. */
  location: FindingLocation | null;
  subject: FindingSubject;
  /** The heading of the section the finding is in, when it is in one. */
  section: string | null;
  /**
   * What is flagged, as it reads: the words at `location` ('' for a point, such as where a
   * citation sits), or for a marking finding the mark as written (the document's banner
   * for `markings.banner-below-portion`), or the title or source it is about.
   */
  text: string;
  fix: QuickFix | null;
  /** Names the finding across edits elsewhere (see fingerprint.ts); a dismissal is kept against it. */
  fingerprint: string;
  /** The analyst's dismissal, when there is one: dismissed findings are returned, not dropped, so the panel can show them. */
  dismissed: DismissedFinding | null;
  sourceId?: string;
  /** For a finding about a citation: its index among the body's citations and its node's path. */
  citation?: { index: number; path: BodyPath };
  /** For a quotation that differs from its source: what it says, and the source's words. */
  quote?: { quoted: string; sourceText: string; sourceRange: TextRange | null };
  /** For a cited passage that has changed: what the source says now. */
  passage?: { text: string; range: TextRange };
}

/** A finding as a check makes it, before the runner names it and looks for its dismissal. */
export type FindingDraft = Omit<Finding, 'fingerprint' | 'dismissed'>;

/** Whether a finding still stands in the way: an error nobody dismissed. */
export function isBlocking(finding: Finding): boolean {
  return finding.severity === 'error' && finding.dismissed === null;
}
