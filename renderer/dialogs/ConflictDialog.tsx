import { ChoiceDialog } from './ChoiceDialog';

export type ConflictChoice = 'overwrite' | 'save-as' | 'reload' | 'cancel';

/** The file on disk changed since it was opened: never overwrite it without asking. */
export function ConflictDialog({ name, onChoose }: { name: string; onChoose: (choice: ConflictChoice) => void }) {
  return (
    <ChoiceDialog
      title="This document was changed elsewhere"
      testId="conflict-dialog"
      cancel="cancel"
      onChoose={onChoose}
      choices={[
        { id: 'cancel', label: 'Cancel' },
        { id: 'reload', label: 'Reload theirs (lose my changes)' },
        { id: 'overwrite', label: 'Overwrite theirs' },
        { id: 'save-as', label: 'Save mine as…', primary: true },
      ]}
    >
      <p>
        “{name}” was changed by another program or window since you opened it. Saving now would replace those changes with yours.
      </p>
    </ChoiceDialog>
  );
}
