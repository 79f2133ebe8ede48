import { ChoiceDialog } from './ChoiceDialog';

export type UnsavedChoice = 'save' | 'discard' | 'cancel';

export function UnsavedChangesDialog({ name, onChoose }: { name: string; onChoose: (choice: UnsavedChoice) => void }) {
  return (
    <ChoiceDialog
      title="Save your changes?"
      testId="unsaved-dialog"
      cancel="cancel"
      onChoose={onChoose}
      choices={[
        { id: 'cancel', label: 'Cancel' },
        { id: 'discard', label: 'Don’t save' },
        { id: 'save', label: 'Save', primary: true },
      ]}
    >
      <p>“{name}” has changes that are not saved. If you continue without saving, they are lost.</p>
    </ChoiceDialog>
  );
}
