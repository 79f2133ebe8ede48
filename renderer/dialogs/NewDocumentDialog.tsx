import { useState } from 'react';
import type { NewDocumentDefaults } from '../../core/document/create';
import type { BriefDocument } from '../../core/document/schema';
import { createDocumentFromTemplate } from '../../core/templates/create-from-template';
import type { Template } from '../../core/templates/schema';
import type { Templates } from '../app/templates';
import { MetadataForm } from '../panels/metadata/MetadataForm';
import { useMetadataForm } from '../panels/metadata/use-metadata-form';
import { TemplateCards } from '../panels/templates/TemplateCards';
import { Dialog } from './Dialog';
import { FileButton } from './FileButton';
import { FormActions } from './FormActions';

/** File › New: pick a template, fill in its metadata form, get a document with the right sections. */
export function NewDocumentDialog({
  templates,
  initialTemplate = null,
  onImport,
  onCreate,
  onCancel,
  defaults,
}: {
  templates: Templates;
  /** The analyst's preferences: the template offered first, and what the document takes where the template is silent. */
  defaults?: { template: string; document: NewDocumentDefaults };
  /** Skips the choice when the analyst already chose on the start strip. */
  initialTemplate?: Template | null;
  /** Imports a template file; resolves to a problem to show, or null when it was imported. */
  onImport: (file: File) => Promise<string | null>;
  onCreate: (document: BriefDocument) => void;
  onCancel: () => void;
}) {
  const [template, setTemplate] = useState<Template | null>(initialTemplate);
  const [importProblem, setImportProblem] = useState<string | null>(null);
  const form = useMetadataForm(template);

  if (!template) {
    return (
      <Dialog title="New document" onCancel={onCancel} testId="new-document-dialog">
        <p className="hint">Choose what you are writing. Its sections, metadata and defaults come from the template.</p>
        <TemplateCards
          templates={templates.all}
          layout="column"
          preferred={defaults?.template}
          focusPreferred
          onChoose={(candidate) => {
            setTemplate(candidate);
            form.reset();
          }}
        />
        {templates.problems.map((problem) => (
          <p key={problem.file} className="field-problem">
            {problem.message}
          </p>
        ))}
        {importProblem && (
          <p className="field-problem" role="alert" data-testid="import-problem">
            {importProblem}
          </p>
        )}
        <div className="dialog-actions">
          <FileButton label="Import a template…" accept=".json,application/json" testId="import-template" onFiles={([file]) => file && void onImport(file).then(setImportProblem)} />
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title={`New ${template.name.toLowerCase()}`} onCancel={onCancel} testId="new-document-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit((fields) => onCreate(createDocumentFromTemplate(template, fields, { now: new Date(), defaults: defaults?.document })));
        }}
      >
        <MetadataForm fields={template.fields} values={form.values} problems={form.problems} onChange={form.onChange} />
        <FormActions submitLabel="Create" submitTestId="create-document" onCancel={onCancel}>
          <button type="button" onClick={() => setTemplate(null)}>
            Back
          </button>
        </FormActions>
      </form>
    </Dialog>
  );
}
