import type { RecoveryEntry } from '../../core/contract';
import { Dialog } from './Dialog';

/** Offers the unsaved work of windows that ended without saving (a crash, a killed tab). */
export function RecoveryDialog({
  entries,
  onRestore,
  onDiscard,
  onLater,
}: {
  entries: ReadonlyArray<RecoveryEntry>;
  onRestore: (entry: RecoveryEntry) => void;
  onDiscard: (entry: RecoveryEntry) => void;
  onLater: () => void;
}) {
  return (
    <Dialog title="Recover unsaved work" onCancel={onLater} testId="recovery-dialog">
      <p>Briefwright closed without saving these changes. Restore them to keep working, or discard them.</p>
      <ul className="recovery-list" aria-label="Recoverable documents">
        {entries.map((entry) => (
          <li key={entry.id} className="recovery-entry">
            <div className="recovery-head">
              <strong>{entry.name}</strong>
              <span className="file-date">{new Date(entry.savedAt).toLocaleString()}</span>
            </div>
            <p className="recovery-preview">{entry.preview || 'Empty document'}</p>
            <div className="dialog-actions">
              <button type="button" onClick={() => onDiscard(entry)} aria-label={`Discard changes to ${entry.name}`}>
                Discard
              </button>
              <button type="button" className="primary" onClick={() => onRestore(entry)} aria-label={`Restore ${entry.name}`}>
                Restore
              </button>
            </div>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onLater}>
          Decide later
        </button>
      </div>
    </Dialog>
  );
}
