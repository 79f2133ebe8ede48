import type { LockState } from '../../core/contract';
import { ChoiceDialog } from './ChoiceDialog';

export type LockedChoice = 'read-only' | 'take-over' | 'cancel';

type HeldLock = Extract<LockState, { state: 'held-by-other' }>;

/** Another window or instance has the document open. */
export function LockedDialog({ name, lock, onChoose }: { name: string; lock: HeldLock; onChoose: (choice: LockedChoice) => void }) {
  const since = new Date(lock.owner.refreshedAt).toLocaleString();
  return (
    <ChoiceDialog
      title="This document is open elsewhere"
      testId="locked-dialog"
      cancel="cancel"
      onChoose={onChoose}
      choices={[
        { id: 'cancel', label: 'Cancel' },
        { id: 'take-over', label: 'Open and edit anyway' },
        { id: 'read-only', label: 'Open read-only', primary: true },
      ]}
    >
      <p>
        “{name}” is open in another Briefwright window ({lock.owner.user} on {lock.owner.host}, active {since}). If you both edit it, one of
        you will have to choose whose changes to keep.
      </p>
    </ChoiceDialog>
  );
}
