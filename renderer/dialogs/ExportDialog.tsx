import { useState } from 'react';
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
 * Export: the format, footnotes or endnotes, the source list, and whether this is a
 * distribution copy (no analyst comment, no personal metadata). The file name is
 * suggested from the date, title and marking.
 */
export function ExportDialog({
  initial,
  fileName,
  askForName,
  onExport,
  onCancel,
}: {
  initial: ExportChoices;
  fileName: (choices: ExportChoices) => string;
  /** The web host asks for the name here; the desktop app shows the system's Save dialog next. */
  askForName: boolean;
  onExport: (choices: ExportChoices, fileName: string) => void;
  onCancel: () => void;
}) {
  const [choices, setChoices] = useState(initial);
  const [name, setName] = useState<string | null>(null);
  const shownName = name ?? fileName(choices);
  const set = <K extends keyof ExportChoices>(key: K, value: ExportChoices[K]) => setChoices((current) => ({ ...current, [key]: value }));
  const problem = askForName ? exportNameProblem(shownName, choices.format) : null;

  return (
    <Dialog title="Export" onCancel={onCancel} testId="export-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problem) return;
          rememberExportChoices(choices);
          onExport(choices, shownName.trim());
        }}
      >
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
        <FormActions submitLabel="Export" submitTestId="export-confirm" submitDisabled={problem !== null} onCancel={onCancel}>
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
