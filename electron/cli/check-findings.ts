import { excerpt } from '../../core/citations/findings';
import { blockingMarkingFindings } from '../../core/checks/export-gate';
import { isBlocking, type Finding } from '../../core/checks/finding';
import { runChecks } from '../../core/checks/run-checks';
import type { BriefDocument } from '../../core/document/schema';

/**
 * What `briefwright check` adds once a file opens: the tradecraft findings (core/checks),
 * printed one a line after the "OK" line, or as the report's `findings` with --json. The
 * command fails when an error remains that nobody dismissed, so a team can gate
 * distribution in a script.
 */

export function documentFindings(document: BriefDocument): Finding[] {
  return runChecks(document);
}

/** Whether any finding stops the document going out: an error that was not dismissed. */
export function hasBlockingFindings(findings: readonly Finding[]): boolean {
  return findings.some(isBlocking);
}

/**
 * The marking findings that stop `briefwright export`: errors of the markings.* rules that
 * nobody dismissed (core/checks/export-gate.ts). Only the marking checks run, so this costs
 * little on a long document.
 */
export function blockingMarkings(document: BriefDocument): Finding[] {
  return blockingMarkingFindings(runChecks(document, { kinds: ['markings'] }));
}

function count(number: number, one: string, many: string): string {
  return `${number} ${number === 1 ? one : many}`;
}

/** "2 errors, 3 warnings; 1 dismissed.", or "No findings." */
function summary(findings: readonly Finding[]): string {
  const open = findings.filter((finding) => finding.dismissed === null);
  const errors = open.filter((finding) => finding.severity === 'error').length;
  const dismissed = findings.length - open.length;
  const parts = [];
  if (errors > 0) parts.push(count(errors, 'error', 'errors'));
  if (open.length - errors > 0) parts.push(count(open.length - errors, 'warning', 'warnings'));
  const standing = parts.length > 0 ? parts.join(', ') : 'No findings';
  return dismissed > 0 ? `${standing}; ${dismissed} dismissed.` : `${standing}.`;
}

/**
 * The findings as lines under the file's "OK" line: a summary, then one line each with
 * severity, rule, section, the flagged words and the message; a dismissed one says so and why.
 */
export function describeFindings(findings: readonly Finding[]): string[] {
  const ruleWidth = Math.max(0, ...findings.map((finding) => finding.rule.length));
  const lines = findings.map((finding) => {
    const severity = finding.dismissed ? 'dismissed' : finding.severity;
    const section = finding.section ? `[${finding.section}] ` : '';
    const words = finding.text.trim() ? `“${excerpt(finding.text, 60)}” ` : '';
    const why = finding.dismissed ? ` (dismissed: ${finding.dismissed.reason})` : '';
    return `  ${severity.padEnd(9)} ${finding.rule.padEnd(ruleWidth)}  ${section}${words}— ${finding.message}${why}`;
  });
  return [`  ${summary(findings)}`, ...lines];
}
