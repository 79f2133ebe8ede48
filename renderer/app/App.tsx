import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppInfo, MenuCommand } from '../../core/contract';
import { OpenDialog } from '../dialogs/OpenDialog';
import { SaveAsDialog } from '../dialogs/SaveAsDialog';
import { UnsavedChangesDialog, type UnsavedChoice } from '../dialogs/UnsavedChangesDialog';
import { BriefEditor } from '../editor/BriefEditor';
import { ErrorBar } from './ErrorBar';
import { displayName, suggestedFileName, useDocumentSession } from './document-session';
import type { HostClient } from './host-client';

type Modal =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'save-as'; then?: () => void }
  | { kind: 'unsaved'; then: () => void };

export function App({ host }: { host: HostClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const session = useDocumentSession(host, info);
  const [modal, setModal] = useState<Modal>({ kind: 'none' });
  const { open, dirty } = session;
  const name = displayName(open);

  useEffect(() => {
    void host.getAppInfo({}).then((result) => {
      if (result.ok) setInfo(result.value);
      else session.showError(result.error);
    });
    // The app info is read once per page load.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name} — Briefwright`;
    void host.setWindowState({ title: name, dirty });
  }, [host, name, dirty]);

  // In a browser tab, the browser's own prompt is the last guard against closing with unsaved work.
  useEffect(() => {
    if (!dirty || info?.shell !== 'web') return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty, info]);

  /** Runs `action` once unsaved changes are saved or knowingly discarded. */
  const guardUnsaved = useCallback(
    (action: () => void) => {
      if (dirty) setModal({ kind: 'unsaved', then: action });
      else action();
    },
    [dirty],
  );

  const saveAs = useCallback(
    async (then?: () => void) => {
      if (info?.nativeDialogs) {
        const path = await session.askNativeSavePath();
        if (path && (await session.saveTo(path))) then?.();
      } else setModal({ kind: 'save-as', then });
    },
    [info, session],
  );

  const save = useCallback(
    async (then?: () => void) => {
      if (open.file) {
        if (await session.saveTo(open.file.path)) then?.();
      } else await saveAs(then);
    },
    [open.file, session, saveAs],
  );

  const openDocument = useCallback(() => {
    guardUnsaved(async () => {
      if (info?.nativeDialogs) {
        const result = await host.showOpenDialog({});
        if (!result.ok) session.showError(result.error);
        else if (result.value.path) await session.openPath(result.value.path);
      } else setModal({ kind: 'open' });
    });
  }, [guardUnsaved, info, host, session]);

  const close = useCallback(() => {
    guardUnsaved(() => {
      if (info?.shell === 'electron') void host.closeWindow({});
      else session.newDocument();
    });
  }, [guardUnsaved, info, host, session]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      switch (command) {
        case 'new':
          return guardUnsaved(session.newDocument);
        case 'open':
          return openDocument();
        case 'save':
          return void save();
        case 'save-as':
          return void saveAs();
        case 'close':
          return close();
        case 'find':
          return session.editor.current?.openFind();
        case 'word-count':
          return undefined;
      }
    },
    [guardUnsaved, session, openDocument, save, saveAs, close],
  );
  const runCommandRef = useRef(runCommand);
  useLayoutEffect(() => {
    runCommandRef.current = runCommand;
  });

  useEffect(() => host.onMenuCommand((command) => runCommandRef.current(command)), [host]);

  // In Electron the application menu owns these accelerators; in a browser the page does.
  useEffect(() => {
    if (info?.shell !== 'web') return;
    const onKey = (event: KeyboardEvent) => {
      const command = shortcutCommand(event);
      if (command) {
        event.preventDefault();
        runCommandRef.current(command);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [info]);

  const resolveUnsaved = (choice: UnsavedChoice, then: () => void) => {
    setModal({ kind: 'none' });
    if (choice === 'discard') then();
    if (choice === 'save') void save(then);
  };

  return (
    <div className="app">
      <header className="app-bar">
        <span className="app-name">Briefwright</span>
        <nav className="file-commands" aria-label="File">
          <button type="button" onClick={() => runCommand('new')} title="New document (Ctrl+Alt+N)">
            New
          </button>
          <button type="button" onClick={() => runCommand('open')} title="Open (Ctrl+O)">
            Open…
          </button>
          <button type="button" onClick={() => runCommand('save')} title="Save (Ctrl+S)" data-testid="save">
            Save
          </button>
          <button type="button" onClick={() => runCommand('save-as')} title="Save as (Ctrl+Shift+S)">
            Save as…
          </button>
        </nav>
        <span className="doc-name" data-testid="document-name">
          {name}
          {dirty && (
            <span className="unsaved-mark" title="Unsaved changes" aria-label="unsaved changes" data-testid="unsaved-mark">
              {' '}
              •
            </span>
          )}
        </span>
      </header>
      {session.error && <ErrorBar error={session.error} onDismiss={session.dismissError} />}
      <main className="workspace">
        <BriefEditor
          key={open.generation}
          body={open.document.body}
          media={open.media}
          onDirty={session.markDirty}
          onReady={session.attachEditor}
        />
      </main>
      {modal.kind === 'unsaved' && <UnsavedChangesDialog name={name} onChoose={(choice) => resolveUnsaved(choice, modal.then)} />}
      {modal.kind === 'open' && (
        <OpenDialog
          host={host}
          onCancel={() => setModal({ kind: 'none' })}
          onOpen={(path) => {
            setModal({ kind: 'none' });
            void session.openPath(path);
          }}
        />
      )}
      {modal.kind === 'save-as' && (
        <SaveAsDialog
          workspace={info?.workspace ?? 'the workspace'}
          suggestedName={open.file?.name ?? suggestedFileName(session.currentDocument())}
          onCancel={() => setModal({ kind: 'none' })}
          onSave={(path) => {
            const then = modal.then;
            setModal({ kind: 'none' });
            void session.saveTo(path).then((saved) => saved && then?.());
          }}
        />
      )}
    </div>
  );
}

function shortcutCommand(event: KeyboardEvent): MenuCommand | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  const key = event.key.toLowerCase();
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 'n' && event.altKey) return 'new';
  if (key === 'f' && !event.shiftKey && !event.altKey) return 'find';
  return null;
}
