import { useState } from 'react';
import { BRIEF_EXTENSION } from '../../core/document/container';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';
import { fileNameProblem } from './file-names';

/** The web host's Save As: a name inside the workspace folder (the desktop app uses the system dialog). */
export function SaveAsDialog({
  workspace,
  suggestedName,
  onSave,
  onCancel,
}: {
  workspace: string;
  suggestedName: string;
  onSave: (path: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState(suggestedName);
  const trimmed = name.trim();
  const problem = fileNameProblem(trimmed, 'the document');
  return (
    <Dialog title="Save as" onCancel={onCancel} testId="save-as-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (!problem) onSave(withExtension(trimmed));
        }}
      >
        <label className="field">
          <span>File name</span>
          <input
            autoFocus
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-describedby="save-as-hint"
            aria-invalid={problem !== null && trimmed !== ''}
            data-testid="save-as-name"
          />
        </label>
        <p id="save-as-hint" className="hint">
          {problem && trimmed !== '' ? problem : `Saved in ${workspace}`}
        </p>
        <FormActions submitLabel="Save" submitDisabled={problem !== null} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}

function withExtension(name: string): string {
  return name.toLowerCase().endsWith(BRIEF_EXTENSION) ? name : `${name}${BRIEF_EXTENSION}`;
}
