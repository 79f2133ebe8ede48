import { useEffect, useState } from 'react';
import type { WorkspaceEntry } from '../../core/contract';
import type { HostClient } from '../app/host-client';
import { Dialog } from './Dialog';

/** The web host's Open: browses `.brief` files inside the workspace folder. */
export function OpenDialog({ host, onOpen, onCancel }: { host: HostClient; onOpen: (path: string) => void; onCancel: () => void }) {
  const [folder, setFolder] = useState('');
  const [entries, setEntries] = useState<WorkspaceEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    void host.listWorkspace({ folder }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setEntries(result.value.entries);
        setProblem(null);
      } else setProblem(result.error.message);
    });
    return () => {
      current = false;
    };
  }, [host, folder]);

  const parent = folder.includes('/') ? folder.slice(0, folder.lastIndexOf('/')) : '';
  return (
    <Dialog title="Open a document" onCancel={onCancel} testId="open-dialog">
      <p className="hint">{folder === '' ? 'Workspace' : `Workspace / ${folder}`}</p>
      {problem && <p role="alert">{problem}</p>}
      <ul className="file-list" aria-label="Documents">
        {folder !== '' && (
          <li>
            <button type="button" onClick={() => setFolder(parent)}>
              ↑ Up one folder
            </button>
          </li>
        )}
        {entries?.map((entry) => (
          <li key={entry.path}>
            <button
              type="button"
              onClick={() => (entry.kind === 'folder' ? setFolder(entry.path) : onOpen(entry.path))}
              data-kind={entry.kind}
            >
              {entry.kind === 'folder' ? '📁 ' : ''}
              {entry.name}
              <span className="file-date">{new Date(entry.modifiedMs).toLocaleString()}</span>
            </button>
          </li>
        ))}
        {entries?.length === 0 && <li className="hint">No documents here yet.</li>}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </Dialog>
  );
}
