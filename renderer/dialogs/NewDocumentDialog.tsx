import { useMemo, useState } from 'react';
import type { BriefDocument, MetadataValue } from '../../core/document/schema';
import { builtinTemplates } from '../../core/templates/builtin';
import { createDocumentFromTemplate, validateMetadata } from '../../core/templates/create-from-template';
import type { Template } from '../../core/templates/schema';
import { documentFieldValues } from '../panels/metadata/form-values';
import { MetadataForm } from '../panels/metadata/MetadataForm';
import { Dialog } from './Dialog';

/** File › New: pick a template, fill in its metadata form, get a document with the right sections. */
export function NewDocumentDialog({ onCreate, onCancel }: { onCreate: (document: BriefDocument) => void; onCancel: () => void }) {
  const [template, setTemplate] = useState<Template | null>(null);
  const [values, setValues] = useState<Record<string, MetadataValue>>({});
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(
    () => new Map(template ? validateMetadata(template, documentFieldValues(template, values)).map((problem) => [problem.field, problem.message]) : []),
    [template, values],
  );

  if (!template) {
    return (
      <Dialog title="New document" onCancel={onCancel} testId="new-document-dialog">
        <p className="hint">Choose what you are writing. Its sections, metadata and defaults come from the template.</p>
        <ul className="template-list" aria-label="Templates">
          {builtinTemplates.map((candidate) => (
            <li key={candidate.id}>
              <button
                type="button"
                className="template-card"
                data-template={candidate.id}
                onClick={() => {
                  setTemplate(candidate);
                  setValues({});
                  setSubmitted(false);
                }}
              >
                <strong>{candidate.name}</strong>
                <span className="template-description">{candidate.description}</span>
                {candidate.sections.length > 0 && (
                  <span className="template-sections">{candidate.sections.map((section) => section.heading).join(' · ')}</span>
                )}
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog-actions">
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
          setSubmitted(true);
          if (problems.size === 0) onCreate(createDocumentFromTemplate(template, documentFieldValues(template, values), { now: new Date() }));
        }}
      >
        <MetadataForm
          fields={template.fields}
          values={values}
          problems={submitted ? problems : new Map()}
          onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        />
        <div className="dialog-actions">
          <button type="button" onClick={() => setTemplate(null)}>
            Back
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="create-document">
            Create
          </button>
        </div>
      </form>
    </Dialog>
  );
}
