import type { BriefDocument, DismissedFinding, DocumentReview, ExportOverride } from '../document/schema';
import { BriefError } from '../errors';
import type { Finding } from './finding';

/**
 * Dismissing a finding records the analyst's reason in the document (`review.dismissed`),
 * against the finding's fingerprint; runChecks then returns the finding marked dismissed.
 * Both functions return the new review to store (its other records kept), leaving the
 * document as it was.
 */

/** Records an export made over marking errors, with the analyst's reason. */
export function recordExportOverride(document: Pick<BriefDocument, 'review'>, override: Omit<ExportOverride, 'at'>, now: Date): DocumentReview {
  const reason = override.reason.trim();
  if (reason === '') throw new BriefError('invalid-request', 'Say why the document is exported over its marking errors; the reason is kept with the document.');
  const entry: ExportOverride = { ...override, reason, at: now.toISOString() };
  return { dismissed: [], ...document.review, exportOverrides: [...(document.review?.exportOverrides ?? []), entry] };
}

export function dismissFinding(document: Pick<BriefDocument, 'review'>, finding: Pick<Finding, 'rule' | 'fingerprint'>, reason: string, now: Date): DocumentReview {
  const why = reason.trim();
  if (why === '') throw new BriefError('invalid-request', 'Say why this finding is dismissed; the reason is kept with the document.');
  const dismissed: DismissedFinding = { rule: finding.rule, fingerprint: finding.fingerprint, reason: why, at: now.toISOString() };
  return { ...document.review, dismissed: [...withoutFinding(document, finding), dismissed] };
}

/** Takes a dismissal back: the finding counts again. */
export function restoreFinding(document: Pick<BriefDocument, 'review'>, finding: Pick<Finding, 'fingerprint'>): DocumentReview {
  return { ...document.review, dismissed: withoutFinding(document, finding) };
}

function withoutFinding(document: Pick<BriefDocument, 'review'>, finding: Pick<Finding, 'fingerprint'>): DismissedFinding[] {
  return (document.review?.dismissed ?? []).filter((entry) => entry.fingerprint !== finding.fingerprint);
}
