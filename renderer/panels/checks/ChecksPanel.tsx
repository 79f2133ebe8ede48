import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getState, $setState } from 'lexical';
import { useState } from 'react';
import { FINDING_KINDS, RULES, type Finding, type FindingKind, type QuickFix } from '../../../core/checks/finding';
import { hedgeFixes } from '../../../core/checks/hedge-fixes';
import type { DismissedFinding, Yardstick } from '../../../core/document/schema';
import { $isPortionNode, portionState } from '../../editor/plugins/markings/portion-state';
import { $blockRangeSelection, $nodeAtPath, $selectBlockRange } from './body-location';
import type { ChecksState } from './use-checks';
import './checks.css';

const KIND_NAMES: Readonly<Record<FindingKind, string>> = {
  language: 'Estimative language',
  sourcing: 'Sourcing',
  markings: 'Markings',
  structure: 'Structure',
};

export interface ChecksPanelProps {
  checks: ChecksState;
  yardstick: Yardstick;
  /** Every dismissal kept in the document, including those whose text has since changed. */
  dismissed: readonly DismissedFinding[];
  readOnly: boolean;
  /** Shows what a finding outside the text is about: the title block, the document's marking, a source. */
  onShowSubject: (finding: Finding) => void;
  /** Applies a fix to something outside the text (the title's, a source's or the document's marking). */
  onDocumentFix: (fix: QuickFix) => void;
  onDismiss: (finding: Finding, reason: string) => void;
  onRestore: (fingerprint: string) => void;
  onHide: () => void;
}

/** Whether a fix changes the text or a portion mark in it, which the editor applies (so it can be undone there). */
function isBodyFix(fix: QuickFix): fix is Extract<QuickFix, { replace: unknown }> | Extract<QuickFix, { setPortion: unknown }> {
  return 'replace' in fix || 'setPortion' in fix;
}

/**
 * The checks panel: the live findings grouped by kind with counts; choosing one selects its
 * words in the text; certain fixes in one click (a yardstick term, a missing portion mark),
 * a choice of the yardstick's wordings for a hedge; dismissal with a reason kept in the
 * document, and the history of dismissals.
 */
export function ChecksPanel({ checks, yardstick, dismissed, readOnly, onShowSubject, onDocumentFix, onDismiss, onRestore, onHide }: ChecksPanelProps) {
  const [editor] = useLexicalComposerContext();
  const [notice, setNotice] = useState<string | null>(null);
  const findings = checks.findings ?? [];
  const open = findings.filter((finding) => !finding.dismissed);
  const errors = open.filter((finding) => finding.severity === 'error').length;

  const jump = (finding: Finding) => {
    setNotice(null);
    if (!finding.location) return onShowSubject(finding);
    const { blockPath, range } = finding.location;
    editor.update(() => {
      if (!$selectBlockRange(blockPath, range)) setNotice('That text has changed since the last check; the checks are running again.');
    });
    editor.focus();
    // The selection is set; bring its block into view in the page's scroller.
    requestAnimationFrame(() => window.getSelection()?.focusNode?.parentElement?.scrollIntoView({ block: 'center' }));
  };

  const applyFixes = (fixes: readonly QuickFix[]) => {
    setNotice(null);
    const inBody = fixes.filter(isBodyFix);
    for (const fix of fixes) if (!isBodyFix(fix)) onDocumentFix(fix);
    if (inBody.length === 0) return;
    let stale = 0;
    editor.update(() => {
      for (const fix of inBody) {
        if ('setPortion' in fix) {
          const node = $nodeAtPath(fix.setPortion.nodePath);
          if (node && $isPortionNode(node) && $getState(node, portionState) === '') $setState(node, portionState, fix.setPortion.mark);
          else stale += 1;
          continue;
        }
        const selection = $blockRangeSelection(fix.replace.blockPath, fix.replace.range);
        if (!selection || selection.getTextContent() !== fix.replace.expected) {
          stale += 1;
          continue;
        }
        selection.insertText(fix.replace.with);
      }
    });
    if (stale > 0) setNotice('Some of the text changed since the last check, so those fixes were not applied; the checks are running again.');
  };

  return (
    <aside className="checks-panel" aria-label="Checks" data-testid="checks-panel">
      <div className="panel-head">
        <h2>Checks</h2>
        <button type="button" className="panel-close" aria-label="Hide the checks" title="Hide the checks (Ctrl+Alt+C)" onClick={onHide}>
          ×
        </button>
      </div>
      <p className="checks-summary" role="status" data-testid="checks-summary">
        {checks.failure
          ? `The checks could not run: ${checks.failure}`
          : checks.findings === null
            ? 'Checking…'
            : open.length === 0
              ? 'No findings.'
              : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${open.length - errors} ${open.length - errors === 1 ? 'warning' : 'warnings'}`}
      </p>
      {notice && (
        <p className="checks-notice" role="alert">
          {notice}
        </p>
      )}
      <div className="checks-groups">
        {FINDING_KINDS.map((kind) => {
          const ofKind = open.filter((finding) => finding.kind === kind);
          if (ofKind.length === 0) return null;
          // Each fix marks a portion at the document's own marking: certain, and the same for all.
          const portionFixes = ofKind.flatMap((finding) => (finding.rule === 'markings.unmarked-portion' && finding.fix ? [finding.fix] : []));
          return (
            <section key={kind} className="checks-group" aria-labelledby={`checks-${kind}`} data-testid={`checks-group-${kind}`}>
              <h3 id={`checks-${kind}`}>
                {KIND_NAMES[kind]} <span className="checks-count">{ofKind.length}</span>
              </h3>
              {portionFixes.length > 1 && !readOnly && (
                <button type="button" className="checks-fix-all" onClick={() => applyFixes(portionFixes)} data-testid="checks-fix-all-portions">
                  Mark all {portionFixes.length} unmarked portions
                </button>
              )}
              <ul className="checks-list">
                {ofKind.map((finding) => (
                  <FindingItem key={finding.fingerprint} finding={finding} yardstick={yardstick} readOnly={readOnly} onJump={jump} onFix={(fix) => applyFixes([fix])} onDismiss={onDismiss} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {dismissed.length > 0 && (
        <details className="checks-history" data-testid="checks-history">
          <summary>Dismissed ({dismissed.length})</summary>
          <ul>
            {dismissed.map((entry) => {
              const stillApplies = findings.some((finding) => finding.fingerprint === entry.fingerprint);
              return (
                <li key={entry.fingerprint}>
                  <strong>{RULES[entry.rule as keyof typeof RULES]?.title ?? entry.rule}</strong>
                  <span className="checks-history-when"> — {new Date(entry.at).toLocaleString()}</span>
                  {!stillApplies && <span className="checks-history-lapsed"> (its text has changed)</span>}
                  <p className="checks-history-reason">{entry.reason}</p>
                  {!readOnly && (
                    <button type="button" onClick={() => onRestore(entry.fingerprint)}>
                      Restore
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </aside>
  );
}

function FindingItem(props: { finding: Finding; yardstick: Yardstick; readOnly: boolean; onJump: (finding: Finding) => void; onFix: (fix: QuickFix) => void; onDismiss: (finding: Finding, reason: string) => void }) {
  const { finding, yardstick, readOnly, onJump, onFix, onDismiss } = props;
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const choices = hedgeFixes(finding, yardstick);
  const title = RULES[finding.rule].title;
  return (
    <li className={`checks-finding is-${finding.severity}`} data-testid="finding" data-rule={finding.rule}>
      <button type="button" className="checks-finding-jump" onClick={() => onJump(finding)} data-testid="finding-jump">
        <span className={`checks-severity is-${finding.severity}`}>{finding.severity === 'error' ? 'Error' : 'Warning'}</span>
        <span className="checks-finding-title">{title}</span>
        {finding.text && <span className="checks-finding-text">“{finding.text.length > 80 ? `${finding.text.slice(0, 80)}…` : finding.text}”</span>}
        {finding.section && <span className="checks-finding-section">{finding.section}</span>}
      </button>
      <p className="checks-finding-message">{finding.message}</p>
      <p className="checks-finding-standard">{finding.standard}</p>
      {!readOnly && (
        <div className="checks-finding-actions">
          {finding.fix && (
            <button type="button" className="primary" onClick={() => onFix(finding.fix as QuickFix)} data-testid="finding-fix">
              {finding.fix.label}
            </button>
          )}
          {choices.length > 0 && (
            <label className="checks-choice">
              Replace with
              <select
                value=""
                data-testid="finding-replace"
                onChange={(event) => {
                  const chosen = choices[Number(event.target.value)];
                  if (chosen) onFix(chosen);
                }}
              >
                <option value="" disabled>
                  a term of the yardstick…
                </option>
                {choices.map((choice, index) => (
                  <option key={choice.label} value={index}>
                    {choice.label}
                  </option>
                ))}
              </select>
            </label>
          )}
          {!dismissing && (
            <button type="button" onClick={() => setDismissing(true)} data-testid="finding-dismiss">
              Dismiss…
            </button>
          )}
        </div>
      )}
      {dismissing && (
        <form
          className="checks-dismiss"
          onSubmit={(event) => {
            event.preventDefault();
            if (reason.trim() !== '') onDismiss(finding, reason.trim());
          }}
        >
          <label>
            Why is this not a problem? (kept with the document)
            <textarea rows={2} autoFocus value={reason} onChange={(event) => setReason(event.target.value)} data-testid="finding-dismiss-reason" />
          </label>
          <div className="checks-finding-actions">
            <button type="button" onClick={() => setDismissing(false)}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={reason.trim() === ''} data-testid="finding-dismiss-confirm">
              Dismiss
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
