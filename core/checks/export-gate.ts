import { isBlocking, RULES, type Finding } from './finding';

/**
 * What stands between a document and its export: marking errors nobody dismissed. The
 * command line refuses to export while any remain, unless the analyst overrides them with
 * a reason; the export dialog asks the same. The override goes into the exported file's
 * properties (ExportOptions.markingOverride), each finding as one line.
 */
export function blockingMarkingFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.kind === 'markings' && isBlocking(finding));
}

/** One line per overridden finding, as the override records it: the rule's name, the words or mark flagged, the section. */
export function findingLine(finding: Finding): string {
  return `${RULES[finding.rule].title}${finding.text ? `: ${finding.text}` : ''}${finding.section ? ` (${finding.section})` : ''}`;
}
