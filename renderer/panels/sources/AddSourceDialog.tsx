import { useState } from 'react';
import { MAX_CAPTURE_TEXT_CHARS, type CaptureOutcome } from '../../../core/contract';
import type { BriefErrorInfo } from '../../../core/errors';
import type { DocumentSource } from '../../../core/sources/schema';
import { Dialog } from '../../dialogs/Dialog';
import { FormActions } from '../../dialogs/FormActions';
import { SourceDetailsForm, sourceProblems } from './SourceDetailsForm';

/** Pasted content as captured: HTML when the clipboard had it (a web page), else the text. */
export interface PastedSource {
  text: string;
  html: string | null;
}

/**
 * Adding a source: paste an article (or pick up one already captured from a file),
 * then confirm what was detected. Every field stays editable; what was left out as site
 * furniture can be seen.
 */
export function AddSourceDialog({
  initial,
  onCapture,
  onAdd,
  onCancel,
}: {
  /** A capture already made (a file opened or dropped); null to start with the paste box. */
  initial: CaptureOutcome | null;
  onCapture: (pasted: PastedSource) => Promise<CaptureOutcome | BriefErrorInfo>;
  onAdd: (source: DocumentSource) => void;
  onCancel: () => void;
}) {
  const [captured, setCaptured] = useState<CaptureOutcome | null>(initial);
  const [draft, setDraft] = useState<DocumentSource | null>(initial?.source ?? null);
  const [pasted, setPasted] = useState<PastedSource>({ text: '', html: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [showProblems, setShowProblems] = useState(false);

  if (!captured || !draft) {
    return (
      <Dialog title="Add a source" onCancel={onCancel} testId="add-source-dialog">
        <form
          noValidate
          onSubmit={async (event) => {
            event.preventDefault();
            if (!pasted.text.trim() && !pasted.html) return setProblem('Paste the article’s text (or a web page) first.');
            const length = (pasted.html ?? pasted.text).length;
            if (length > MAX_CAPTURE_TEXT_CHARS) {
              return setProblem(
                `This paste is ${length.toLocaleString('en')} characters; a pasted source can have up to ${MAX_CAPTURE_TEXT_CHARS.toLocaleString('en')}. Save it as a file and open that instead, or paste part of it.`,
              );
            }
            setBusy(true);
            const outcome = await onCapture(pasted);
            setBusy(false);
            if ('code' in outcome) return setProblem(outcome.message);
            setProblem(null);
            setCaptured(outcome);
            setDraft(outcome.source);
          }}
        >
          <label htmlFor="paste-source" className="field-label">
            Paste the article: from a web page its formatting helps find the headline, author and date.
          </label>
          <textarea
            id="paste-source"
            className="paste-source"
            rows={10}
            dir="auto"
            value={pasted.text}
            data-testid="paste-source"
            onPaste={(event) => {
              const html = event.clipboardData.getData('text/html');
              // The text box shows the plain text; the HTML, when there is some, is what gets captured.
              if (!html) return;
              event.preventDefault();
              setPasted({ text: event.clipboardData.getData('text/plain'), html });
            }}
            onChange={(event) => setPasted({ text: event.target.value, html: null })}
          />
          {pasted.html && <p className="hint">Formatted content from a web page: captured as HTML, scripts and remote content left out.</p>}
          {problem && (
            <p className="field-problem" role="alert" data-testid="capture-problem">
              {problem}
            </p>
          )}
          <FormActions submitLabel={busy ? 'Reading…' : 'Next'} submitDisabled={busy} submitTestId="capture-source" onCancel={onCancel} />
        </form>
      </Dialog>
    );
  }

  const problems = sourceProblems(draft);
  const evidence = new Map(captured.detected.map((detected) => [detected.field, detected.evidence]));
  const dropped = draft.snapshot?.dropped ?? [];
  const words = draft.snapshot ? draft.snapshot.text.split(/\s+/).filter(Boolean).length : 0;
  return (
    <Dialog title="Confirm the source" onCancel={onCancel} testId="add-source-dialog">
      <form
        noValidate
        className="confirm-source"
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.size > 0) return setShowProblems(true);
          onAdd(draft);
        }}
      >
        <p className="hint">
          Captured {words.toLocaleString('en')} words{draft.snapshot?.fileName ? ` from ${draft.snapshot.fileName}` : ''}. Check what was detected; every field can be changed.
        </p>
        {captured.warnings.length > 0 && (
          <ul className="capture-warnings" data-testid="capture-warnings">
            {captured.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        )}
        <SourceDetailsForm source={draft} onChange={setDraft} problems={showProblems ? problems : new Map()} evidence={evidence} />
        {dropped.length > 0 && (
          <details className="dropped-lines" data-testid="dropped-lines">
            <summary>
              {dropped.length} {dropped.length === 1 ? 'line' : 'lines'} of site furniture left out of the text
            </summary>
            <ul>
              {dropped.map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </details>
        )}
        <FormActions submitLabel="Add source" submitTestId="add-source" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
