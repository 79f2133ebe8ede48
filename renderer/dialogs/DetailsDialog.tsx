import type { DocumentMetadata, MetadataValue } from '../../core/document/schema';
import type { Template } from '../../core/templates/schema';
import { MetadataForm } from '../panels/metadata/MetadataForm';
import { useMetadataForm } from '../panels/metadata/use-metadata-form';
import { Dialog } from './Dialog';
import { FormActions } from './FormActions';

/** Document › Details: the template's metadata form for the open document; the title block follows it. */
export function DetailsDialog({
  metadata,
  template,
  onApply,
  onCancel,
}: {
  metadata: DocumentMetadata;
  /** The template the document was made with; the blank one's form when it is not known here. */
  template: Template;
  onApply: (fields: Record<string, MetadataValue>) => void;
  onCancel: () => void;
}) {
  const form = useMetadataForm(template, { subject: metadata.title, ...metadata.fields });
  return (
    <Dialog title="Document details" onCancel={onCancel} testId="details-dialog">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          form.submit(onApply);
        }}
      >
        <MetadataForm fields={template.fields} values={form.values} problems={form.problems} onChange={form.onChange} />
        <FormActions submitLabel="Apply" submitTestId="apply-details" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
