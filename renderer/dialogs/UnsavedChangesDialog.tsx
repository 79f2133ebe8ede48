import { Dialog } from './Dialog';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export function UnsavedChangesDialog({ name, onChoose }: { name: string; onChoose: (choice: UnsavedChoice) => void }) {
  return (
    <Dialog title="Save your changes?" onCancel={() => onChoose('cancel')} testId="unsaved-dialog">
      <p>“{name}” has changes that are not saved. If you continue without saving, they are lost.</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => onChoose('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => onChoose('discard')}>
          Don’t save
        </button>
        <button type="button" className="primary" autoFocus onClick={() => onChoose('save')}>
          Save
        </button>
      </div>
    </Dialog>
  );
}
