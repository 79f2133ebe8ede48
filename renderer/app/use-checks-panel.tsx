import { useCallback, useEffect, useState } from 'react';
import { applyQuickFix } from '../../core/checks/apply-fix';
import type { Finding, QuickFix } from '../../core/checks/finding';
import { dismissFinding, restoreFinding } from '../../core/checks/review';
import { ChecksPanel } from '../panels/checks/ChecksPanel';
import { useChecks } from '../panels/checks/use-checks';
import type { CitationIndex, CitationIssue } from '../editor/plugins/citations/citation-index';
import type { DocumentSession } from './document-session';

/**
 * The tradecraft checks in the window: run in a worker after each pause in editing and
 * whenever the document's details, sources, marking or review change; shown in the checks
 * panel, whose dismissals and fixes outside the text change the document here.
 */
export function useChecksPanel(session: DocumentSession, citations: CitationIndex, subjects: { showSource: (sourceId: string) => void; editMarking: () => void }) {
  const [visible, setVisible] = useState(false);
  const checks = useChecks(session.currentDocument);
  const { open, updateDocument } = session;
  const { schedule, findings } = checks;

  // The citation markers in the text turn red from the same run: a source gone, a passage no longer there, a quotation that differs.
  useEffect(() => {
    if (!findings) return;
    const issues = new Map<number, CitationIssue>();
    for (const finding of findings) {
      if (!finding.citation || finding.dismissed || issues.has(finding.citation.index)) continue;
      const issue: CitationIssue = { message: finding.message, severity: finding.severity };
      issues.set(finding.citation.index, finding.quote ? { ...issue, quoted: finding.quote.quoted, sourceText: finding.quote.sourceText } : issue);
    }
    citations.setIssues(issues);
  }, [findings, citations]);

  // Not the body: the editor tells of its own changes through `schedule`.
  useEffect(schedule, [schedule, open.document.metadata, open.document.sources, open.document.marking, open.document.review, open.document.settings]);

  const dismiss = useCallback(
    (finding: Finding, reason: string) => updateDocument((document) => ({ ...document, review: dismissFinding(document, finding, reason, new Date()) })),
    [updateDocument],
  );
  const restore = useCallback((fingerprint: string) => updateDocument((document) => ({ ...document, review: restoreFinding(document, { fingerprint }) })), [updateDocument]);
  const documentFix = useCallback(
    (fix: QuickFix) =>
      updateDocument((document) => {
        // Fixes outside the text touch only the marking or the sources: the body is left as the editor has it.
        const fixed = applyQuickFix(document, fix);
        return { ...document, marking: fixed.marking, sources: fixed.sources };
      }),
    [updateDocument],
  );
  const showSubject = useCallback(
    (finding: Finding) => {
      if (finding.subject.kind === 'source') subjects.showSource(finding.subject.sourceId);
      else if (finding.subject.kind === 'document-marking') subjects.editMarking();
      else document.querySelector('[data-testid="title-block"]')?.scrollIntoView({ block: 'center' });
    },
    [subjects],
  );

  const panel = visible ? (
    <ChecksPanel
      checks={checks}
      yardstick={open.document.settings.yardstick}
      dismissed={open.document.review?.dismissed ?? []}
      readOnly={open.readOnly}
      onShowSubject={showSubject}
      onDocumentFix={documentFix}
      onDismiss={dismiss}
      onRestore={restore}
      onHide={() => setVisible(false)}
    />
  ) : null;

  const open_ = checks.findings?.filter((finding) => !finding.dismissed) ?? [];
  return {
    panel,
    visible,
    toggle: () => setVisible((shown) => !shown),
    schedule,
    runNow: checks.runNow,
    /** Open findings, for the app bar's button. */
    counts: { errors: open_.filter((finding) => finding.severity === 'error').length, warnings: open_.filter((finding) => finding.severity === 'warning').length },
  };
}
