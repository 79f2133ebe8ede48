import { useState } from 'react';
import { Dialog } from '../../../dialogs/Dialog';
import { FormActions } from '../../../dialogs/FormActions';

/** Alt text says what an image shows for readers who cannot see it, and in exports. */
export function AltTextDialog({ initial, onApply, onCancel }: { initial: string; onApply: (altText: string) => void; onCancel: () => void }) {
  const [altText, setAltText] = useState(initial);
  return (
    <Dialog title="Image alt text" onCancel={onCancel} testId="alt-text-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onApply(altText.trim());
        }}
      >
        <label className="field">
          <span>Describe what the image shows</span>
          <input autoFocus value={altText} onChange={(event) => setAltText(event.target.value)} maxLength={2000} data-testid="alt-text-input" />
        </label>
        <p className="hint">Read aloud by screen readers and kept in DOCX and PDF exports.</p>
        <FormActions submitLabel="Save" submitTestId="alt-text-apply" onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
