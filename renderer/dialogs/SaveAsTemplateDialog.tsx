import { useState } from 'react';
import type { BriefErrorInfo } from '../../core/errors';
import { templateIdFor } from '../../core/templates/template-from-document';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';

export interface TemplateDetails {
  id: string;
  name: string;
  description: string;
  /** New documents start with this document's text instead of empty sections. */
  includeText: boolean;
}

/** Document › Save as template: the document's sections, roles, guidance and metadata form, under a name. */
export function SaveAsTemplateDialog({
  suggestedName,
  onSave,
  onCancel,
}: {
  suggestedName: string;
  /** Resolves to the problem to show, or null once saved. */
  onSave: (details: TemplateDetails, overwrite: boolean) => Promise<BriefErrorInfo | null>;
  onCancel: () => void;
}) {
  const [name, setName] = useState(suggestedName);
  const [description, setDescription] = useState('');
  const [includeText, setIncludeText] = useState(false);
  const [problem, setProblem] = useState<BriefErrorInfo | null>(null);
  const details = { id: templateIdFor(name), name: name.trim(), description: description.trim(), includeText };
  const save = async (overwrite: boolean) => setProblem(await onSave(details, overwrite));
  return (
    <Dialog title="Save as template" onCancel={onCancel} testId="save-template-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (details.name !== '') void save(false);
        }}
      >
        <p className="hint">The template keeps this document’s sections, their guidance and roles, its details form, marking and settings.</p>
        <label className="field">
          <span>Template name</span>
          <input autoFocus value={name} onChange={(event) => setName(event.target.value)} data-testid="template-name" />
        </label>
        <p className="hint">Saved as “{details.id}”.</p>
        <label className="field">
          <span>Description</span>
          <input value={description} onChange={(event) => setDescription(event.target.value)} data-testid="template-description" />
        </label>
        <label className="checkbox-field">
          <input type="checkbox" checked={includeText} onChange={(event) => setIncludeText(event.target.checked)} data-testid="template-include-text" />
          <span>Include the text, so new documents start as a copy of this one</span>
        </label>
        {problem && (
          <p className="field-problem" role="alert" data-testid="template-problem">
            {problem.message}
          </p>
        )}
        <FormActions submitLabel="Save template" submitTestId="save-template" submitDisabled={details.name === ''} onCancel={onCancel}>
          {problem?.code === 'already-exists' && (
            <button type="button" onClick={() => void save(true)}>
              Replace it
            </button>
          )}
        </FormActions>
      </form>
    </Dialog>
  );
}
