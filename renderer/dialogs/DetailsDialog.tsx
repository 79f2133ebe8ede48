import { useMemo, useState } from 'react';
import type { DocumentMetadata, MetadataValue } from '../../core/document/schema';
import { findTemplate } from '../../core/templates/builtin';
import { validateMetadata } from '../../core/templates/create-from-template';
import { documentFieldValues } from '../panels/metadata/form-values';
import { MetadataForm } from '../panels/metadata/MetadataForm';
import { Dialog } from './Dialog';

/** Document › Details: the template's metadata form for the open document; the title block follows it. */
export function DetailsDialog({
  metadata,
  onApply,
  onCancel,
}: {
  metadata: DocumentMetadata;
  onApply: (fields: Record<string, MetadataValue>) => void;
  onCancel: () => void;
}) {
  const template = findTemplate(metadata.templateId) ?? findTemplate('blank');
  const [values, setValues] = useState<Record<string, MetadataValue>>(() => ({ subject: metadata.title, ...metadata.fields }));
  const [submitted, setSubmitted] = useState(false);
  const problems = useMemo(
    () => new Map(template ? validateMetadata(template, documentFieldValues(template, values)).map((problem) => [problem.field, problem.message]) : []),
    [template, values],
  );
  if (!template) return null;
  return (
    <Dialog title="Document details" onCancel={onCancel} testId="details-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setSubmitted(true);
          if (problems.size === 0) onApply(documentFieldValues(template, values));
        }}
      >
        <MetadataForm
          fields={template.fields}
          values={values}
          problems={submitted ? problems : new Map()}
          onChange={(name, value) => setValues((current) => ({ ...current, [name]: value }))}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="apply-details">
            Apply
          </button>
        </div>
      </form>
    </Dialog>
  );
}
