import { useState } from 'react';
import { blockingMarkingFindings, findingLine } from '../../core/checks/export-gate';
import type { Finding } from '../../core/checks/finding';
import type { NotesPlacement } from '../../core/document/schema';
import type { ExportFormat } from '../../core/export/file-name';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { fileNameProblem } from './file-names';

/** What the analyst chose last time, kept for the next export. */
export interface ExportChoices {
  format: ExportFormat;
  notes: NotesPlacement;
  includeSourceList: boolean;
  distribution: boolean;
  /** End with the yardstick's table of terms when the text uses them. */
  yardstickAppendix: boolean;
}

const CHOICES_KEY = 'briefwright.export-choices';

export function rememberedExportChoices(defaults: ExportChoices): ExportChoices {
  try {
    const stored = JSON.parse(localStorage.getItem(CHOICES_KEY) ?? 'null') as Partial<ExportChoices> | null;
    if (!stored) return defaults;
    return {
      format: stored.format === 'pdf' || stored.format === 'docx' ? stored.format : defaults.format,
      notes: stored.notes === 'endnotes' || stored.notes === 'footnotes' ? stored.notes : defaults.notes,
      includeSourceList: typeof stored.includeSourceList === 'boolean' ? stored.includeSourceList : defaults.includeSourceList,
      distribution: typeof stored.distribution === 'boolean' ? stored.distribution : defaults.distribution,
      yardstickAppendix: typeof stored.yardstickAppendix === 'boolean' ? stored.yardstickAppendix : defaults.yardstickAppendix,
    };
  } catch {
    // Storage that cannot be read only costs the remembered choices.
    return defaults;
  }
}

function rememberExportChoices(choices: ExportChoices): void {
  try {
    localStorage.setItem(CHOICES_KEY, JSON.stringify(choices));
  } catch {
    // Not remembering is not worth interrupting an export for.
  }
}

/**
 * Export: the format, footnotes or endnotes, the source list, the yardstick appendix, and
 * whether this is a distribution copy (no analyst comment, no personal metadata). The file
 * name is suggested from the date, title and marking. The checks' open findings are shown
 * first; marking errors block the export unless the analyst overrides them with a reason,
 * which is kept with the document and written into the file's properties.
 */
export function ExportDialog({
  initial,
  fileName,
  askForName,
  findings,
  onExport,
  onCancel,
}: {
  initial: ExportChoices;
  fileName: (choices: ExportChoices) => string;
  /** The web host asks for the name here; the desktop app shows the system's Save dialog next. */
  askForName: boolean;
  /** The checks' findings as the document stands; null while they run. */
  findings: readonly Finding[] | null;
  onExport: (choices: ExportChoices, fileName: string, overrideReason: string | null) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState(initial);
  const [name, setName] = useState<string | null>(null);
  const [overriding, setOverriding] = useState(false);
  const [reason, setReason] = useState('');
  const shownName = name ?? fileName(choices);
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => setChoices((current) => ({ ...current, [key]: value }));
  const open = findings?.filter((finding) => finding.dismissed === null) ?? [];
  const blocking = blockingMarkingFindings(open);
  const otherErrors = open.filter((finding) => finding.severity === 'error' && !blocking.includes(finding)).length;
  const warnings = open.filter((finding) => finding.severity === 'warning').length;
  const blocked = findings === null || (blocking.length > 0 && (!overriding || reason.trim() === ''));
  const problem = askForName ? exportNameProblem(shownName, choices.format) : null;

  return (
    <Dialog title="Export" onCancel={onCancel} testId="export-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problem || blocked) return;
          rememberExportChoices(choices);
          onExport(choices, shownName.trim(), blocking.length > 0 ? reason.trim() : null);
        }}
      >
        <section className="export-findings" aria-label="Open findings of the checks" data-testid="export-findings">
          {findings === null ? (
            <p role="status">Checking the document…</p>
          ) : open.length === 0 ? (
            <p role="status">The checks found nothing outstanding.</p>
          ) : (
            <p role="status">
              Outstanding: {blocking.length > 0 && `${blocking.length} marking ${blocking.length === 1 ? 'error' : 'errors'}, `}
              {otherErrors > 0 && `${otherErrors} other ${otherErrors === 1 ? 'error' : 'errors'}, `}
              {warnings} {warnings === 1 ? 'warning' : 'warnings'}. See the checks panel.
            </p>
          )}
          {blocking.length > 0 && (
            <div className="export-blocking" data-testid="export-blocking">
              <p>Marking errors stop the export, so that no page leaves with the wrong marking:</p>
              <ul>
                {blocking.slice(0, 5).map((finding) => (
                  <li key={finding.fingerprint}>{findingLine(finding)}</li>
                ))}
                {blocking.length > 5 && <li>and {blocking.length - 5} more</li>}
              </ul>
              <label className="checkbox-field">
                <input type="checkbox" checked={overriding} onChange={(event) => setOverriding(event.target.checked)} data-testid="export-override" /> Export anyway
              </label>
              {overriding && (
                <label className="field">
                  <span>Why (kept with the document and written into the file)</span>
                  <textarea rows={2} value={reason} onChange={(event) => setReason(event.target.value)} data-testid="export-override-reason" />
                </label>
              )}
            </div>
          )}
        </section>
        <fieldset className="choice-group">
          <legend>Format</legend>
          <label>
            <input type="radio" name="format" checked={choices.format === 'docx'} onChange={() => set('format', 'docx')} data-testid="export-docx" /> Word (DOCX) — for colleagues who edit and clear it
          </label>
          <label>
            <input type="radio" name="format" checked={choices.format === 'pdf'} onChange={() => set('format', 'pdf')} data-testid="export-pdf" /> PDF — for distribution
          </label>
        </fieldset>
        <fieldset className="choice-group">
          <legend>Citations</legend>
          <label>
            <input type="radio" name="notes" checked={choices.notes === 'footnotes'} onChange={() => set('notes', 'footnotes')} /> Footnotes, at the foot of each page
          </label>
          <label>
            <input type="radio" name="notes" checked={choices.notes === 'endnotes'} onChange={() => set('notes', 'endnotes')} /> Endnotes, at the end
          </label>
          <label className="checkbox-field">
            <input type="checkbox" checked={choices.includeSourceList} onChange={(event) => set('includeSourceList', event.target.checked)} /> Include the source list, with grades
          </label>
        </fieldset>
        <label className="checkbox-field">
          <input type="checkbox" checked={choices.yardstickAppendix} onChange={(event) => set('yardstickAppendix', event.target.checked)} data-testid="export-yardstick" /> Append the estimative-language
          table, when the text uses its terms
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={choices.distribution} onChange={(event) => set('distribution', event.target.checked)} data-testid="export-distribution" /> Distribution copy
        </label>
        <p className="hint">A distribution copy leaves out the analyst comment and personal metadata: author, edit times, file paths.</p>
        {askForName && (
          <label className="field">
            <span>File name</span>
            <input value={shownName} onChange={(event) => setName(event.target.value)} aria-invalid={problem !== null} data-testid="export-name" />
          </label>
        )}
        {problem && <p className="field-problem">{problem}</p>}
        <FormActions submitLabel="Export" submitTestId="export-confirm" submitDisabled={problem !== null || blocked} onCancel={onCancel}>
          {name !== null && (
            <button type="button" onClick={() => setName(null)}>
              Suggested name
            </button>
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}

function exportNameProblem(name: string, format: ExportFormat): string | null {
  const trimmed = name.trim();
  const problem = fileNameProblem(trimmed, 'the exported file');
  if (problem) return problem;
  return trimmed.toLowerCase().endsWith(`.${format}`) ? null : `The name must end in .${format}.`;
}
