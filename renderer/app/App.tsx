import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { AppInfo, MenuCommand, RecoveryEntry } from '../../core/contract';
import { ConflictDialog } from '../dialogs/ConflictDialog';
import { DetailsDialog } from '../dialogs/DetailsDialog';
import { LockedDialog } from '../dialogs/LockedDialog';
import { NewDocumentDialog } from '../dialogs/NewDocumentDialog';
import { OpenDialog } from '../dialogs/OpenDialog';
import { RecoveryDialog } from '../dialogs/RecoveryDialog';
import { SaveAsDialog } from '../dialogs/SaveAsDialog';
import { ChoiceDialog } from '../dialogs/ChoiceDialog';
import { SaveAsTemplateDialog } from '../dialogs/SaveAsTemplateDialog';
import { UnsavedChangesDialog } from '../dialogs/UnsavedChangesDialog';
import { BriefEditor } from '../editor/BriefEditor';
import { TitleBlock } from '../panels/metadata/TitleBlock';
import { ErrorBar, NoticeBar } from './ErrorBar';
import { displayName, suggestedFileName, useDocumentSession, type OpenOutcome } from './document-session';
import type { HostClient } from './host-client';
import { useTemplates } from './templates';
import { useSources } from './use-sources';
import { useExport } from './use-export';
import { usePreferences } from './use-preferences';
import { useMarking } from './use-marking';
import { useChecksPanel } from './use-checks-panel';
import { requestCiteSelection } from '../panels/sources/cite-request';
import { isEditorMenuCommand } from '../../core/menu-commands';
import { StartStrip } from './StartStrip';
import type { Template } from '../../core/templates/schema';
import { toErrorInfo } from '../../core/errors';
import { findTemplate } from '../../core/templates/builtin';
import { templateFromDocument } from '../../core/templates/template-from-document';

/** Runs after a save or a discard, e.g. the command that asked about unsaved changes. */
type Then = () => void;

type Modal =
  | { kind: 'none' }
  | { kind: 'open' }
  | { kind: 'new'; template?: Template }
  | { kind: 'details' }
  | { kind: 'save-template' }
  | { kind: 'save-as'; then?: Then }
  | { kind: 'unsaved'; then: Then }
  | { kind: 'conflict'; then?: Then }
  | { kind: 'replace'; path: string; then?: Then }
  | { kind: 'locked'; outcome: Extract<OpenOutcome, { kind: 'locked' }> }
  | { kind: 'recovery'; entries: RecoveryEntry[] };

const blankTemplate = findTemplate('blank') as NonNullable<ReturnType<typeof findTemplate>>;

export function App({ host }: { host: HostClient }) {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const session = useDocumentSession(host, info);
  const templates = useTemplates(host);
  const sources = useSources(host, session);
  const preferences = usePreferences(host, session, templates);
  const marking = useMarking(session);
  const checks = useChecksPanel(session, sources.citations.index, { showSource: sources.showSource, editMarking: marking.edit });
  const exporter = useExport(host, session, info, checks.runNow);
  const [modal, setModal] = useState<Modal>({ kind: 'none' });
  const closeModal = () => {
    setModal({ kind: 'none' });
    // Back to the text, where the analyst was before the dialog opened.
    requestAnimationFrame(() => session.editor.current?.focus());
  };
  const { open, dirty } = session;
  const name = displayName(open);
  const template = templates.resolve(open.document.metadata.templateId);
  // The start strip belongs to the untouched page a window opens with, and goes for good once dismissed.
  const [launchGeneration] = useState(open.generation);
  const [startDismissed, setStartDismissed] = useState(false);
  const showStart = !startDismissed && open.generation === launchGeneration && !dirty && !open.readOnly;

  // Once per page load: what the host offers, then any work left unsaved by a window that crashed.
  useEffect(() => {
    void (async () => {
      const about = await host.getAppInfo({});
      if (!about.ok) return session.showProblem({ error: about.error });
      setInfo(about.value);
      const recoverable = await host.listRecovery({ excludeSessionId: session.sessionId });
      if (recoverable.ok && recoverable.value.entries.length > 0) setModal({ kind: 'recovery', entries: recoverable.value.entries });
    })();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host]);

  useEffect(() => {
    document.title = `${dirty ? '• ' : ''}${name}${open.readOnly ? ' (read-only)' : ''} — Briefwright`;
    void host.setWindowState({ title: name, dirty });
  }, [host, name, dirty, open.readOnly]);

  // In a browser tab, the browser's own prompt is the last guard against closing with unsaved work.
  useEffect(() => {
    if (!dirty || info?.shell !== 'web') return;
    const guard = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', guard);
    return () => window.removeEventListener('beforeunload', guard);
  }, [dirty, info]);

  /** Runs `action` once unsaved changes are saved or knowingly discarded. */
  const guardUnsaved = useCallback(
    (action: Then) => {
      if (dirty) setModal({ kind: 'unsaved', then: action });
      else action();
    },
    [dirty],
  );

  const saveAt = useCallback(
    async (path: string, overwrite: boolean, then?: Then) => {
      const outcome = await session.saveTo(path, { overwrite });
      if (outcome === 'saved') then?.();
      else if (outcome === 'conflict') setModal({ kind: 'conflict', then });
      else if (outcome === 'exists') setModal({ kind: 'replace', path, then });
    },
    [session],
  );

  const saveAs = useCallback(
    async (then?: Then) => {
      if (!info?.nativeDialogs) return setModal({ kind: 'save-as', then });
      const result = await host.showSaveDialog({ suggestedName: suggestedFileName(session.currentDocument()) });
      if (!result.ok) session.showProblem({ error: result.error });
      // The system dialog has already asked before replacing an existing file.
      else if (result.value.path) await saveAt(result.value.path, true, then);
    },
    [info, host, session, saveAt],
  );

  const save = useCallback(
    async (then?: Then) => {
      if (open.file && !open.readOnly) await saveAt(open.file.path, false, then);
      else await saveAs(then);
    },
    [open.file, open.readOnly, saveAt, saveAs],
  );

  const openPath = useCallback(
    async (path: string) => {
      const outcome = await session.openPath(path);
      if (outcome.kind === 'locked') setModal({ kind: 'locked', outcome });
    },
    [session],
  );

  const openDocument = useCallback(() => {
    guardUnsaved(async () => {
      if (!info?.nativeDialogs) return setModal({ kind: 'open' });
      const result = await host.showOpenDialog({});
      if (!result.ok) session.showProblem({ error: result.error });
      else if (result.value.path) await openPath(result.value.path);
    });
  }, [guardUnsaved, info, host, session, openPath]);

  const close = useCallback(() => {
    guardUnsaved(() => {
      if (info?.shell === 'electron') void host.closeWindow({});
      else session.newDocument();
    });
  }, [guardUnsaved, info, host, session]);

  const runCommand = useCallback(
    (command: MenuCommand) => {
      if (isEditorMenuCommand(command)) return session.editor.current?.runMenuCommand(command);
      switch (command) {
        case 'details':
          return open.readOnly ? undefined : setModal({ kind: 'details' });
        case 'save-as-template':
          return setModal({ kind: 'save-template' });
        case 'help':
          // The web host's page opens the guide in a tab; the desktop's menu opens its own window.
          return void window.open(USER_GUIDE_PATH, '_blank', 'noopener');
        case 'new':
          return guardUnsaved(() => setModal({ kind: 'new' }));
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
        case 'toggle-sources':
          return sources.toggle();
        case 'toggle-checks':
          return checks.toggle();
        case 'cite-selection':
          return requestCiteSelection();
        case 'export':
          return exporter.open();
        case 'preferences':
          return preferences.open();
      }
    },
    [guardUnsaved, session, openDocument, save, saveAs, close, sources, checks, exporter, preferences, open.readOnly],
  );
  const runCommandRef = useRef(runCommand);
  useLayoutEffect(() => {
    runCommandRef.current = runCommand;
  });

  useEffect(() => host.onMenuCommand((command) => runCommandRef.current(command)), [host]);

  // Documents the desktop hands over (command line, Finder, Open Recent) open as File › Open does.
  const openFromHostRef = useRef((path: string) => guardUnsaved(() => void openPath(path)));
  useLayoutEffect(() => {
    openFromHostRef.current = (path) => guardUnsaved(() => void openPath(path));
  });
  useEffect(() => host.onOpenPath((path) => openFromHostRef.current(path)), [host]);

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
          <button type="button" onClick={() => setModal({ kind: 'details' })} disabled={open.readOnly} title="Subject, date, participants…" data-testid="edit-details">
            Details…
          </button>
          <button type="button" onClick={() => runCommand('export')} title="Export to Word or PDF (Ctrl+Shift+E)" data-testid="export">
            Export…
          </button>
          <button type="button" onClick={sources.toggle} aria-pressed={sources.visible} title="Show or hide the sources (Ctrl+Alt+S)" data-testid="toggle-sources">
            Sources{sources.count > 0 ? ` (${sources.count})` : ''}
          </button>
          <button
            type="button"
            onClick={checks.toggle}
            aria-pressed={checks.visible}
            title="Show or hide the tradecraft checks (Ctrl+Alt+C)"
            aria-label={`Checks: ${checks.counts.errors} errors, ${checks.counts.warnings} warnings`}
            data-testid="toggle-checks"
          >
            Checks{checks.counts.errors + checks.counts.warnings > 0 ? ` (${checks.counts.errors + checks.counts.warnings})` : ''}
          </button>
          <button type="button" onClick={() => setModal({ kind: 'save-template' })} title="Save this document’s structure as a template" data-testid="save-as-template">
            Save as template…
          </button>
        </nav>
        <span className="doc-name" data-testid="document-name">
          {name}
          {open.readOnly && (
            <span className="read-only-badge" data-testid="read-only">
              {' '}
              read-only
            </span>
          )}
          {dirty && (
            <span className="unsaved-mark" title="Unsaved changes" aria-label="unsaved changes" data-testid="unsaved-mark">
              {' '}
              •
            </span>
          )}
        </span>
        <button type="button" className="app-bar-button" onClick={() => runCommand('preferences')} title="Preferences (Ctrl+,)" data-testid="open-preferences">
          Preferences…
        </button>
      </header>
      {session.problem && <ErrorBar problem={session.problem} onDismiss={session.dismissProblem} />}
      {exporter.progress}
      {session.notice && <NoticeBar message={session.notice} onDismiss={session.dismissNotice} />}
      {showStart && (
        <StartStrip
          templates={templates.all}
          onChoose={(chosen) => setModal({ kind: 'new', template: chosen })}
          preferred={preferences.newDocument.template}
          onOpen={() => runCommand('open')}
          onDismiss={() => {
            setStartDismissed(true);
            requestAnimationFrame(() => session.editor.current?.focus());
          }}
        />
      )}
      <main className="workspace">
        <BriefEditor
          key={open.generation}
          body={open.document.body}
          media={open.media}
          readOnly={open.readOnly}
          onDirty={() => {
            session.markDirty();
            checks.schedule();
          }}
          onReady={session.attachEditor}
          header={
            <div className="title-portion-holder">
              {marking.titleChip}
              <TitleBlock document={open.document} template={template} />
            </div>
          }
          citations={sources.citations}
          sidePanel={
            <>
              {sources.panel}
              {checks.panel}
            </>
          }
          personalDictionary={host}
          spelling={preferences.spelling}
          marking={marking.environment}
          bannerTop={marking.top}
          bannerBottom={marking.bottom}
        />
      </main>
      {sources.dialog}
      {exporter.dialog}
      {preferences.dialog}
      {marking.dialog}
      {modal.kind === 'unsaved' && (
        <UnsavedChangesDialog
          name={name}
          onChoose={(choice) => {
            closeModal();
            if (choice === 'discard') {
              session.forgetRecovery();
              modal.then();
            }
            if (choice === 'save') void save(modal.then);
          }}
        />
      )}
      {modal.kind === 'conflict' && (
        <ConflictDialog
          name={name}
          onChoose={(choice) => {
            closeModal();
            if (choice === 'overwrite' && open.file) void saveAt(open.file.path, true, modal.then);
            if (choice === 'save-as') void saveAs(modal.then);
            if (choice === 'reload' && open.file) void openPath(open.file.path);
          }}
        />
      )}
      {modal.kind === 'replace' && (
        <ChoiceDialog
          title="Replace the existing document?"
          testId="replace-dialog"
          cancel="cancel"
          choices={[
            { id: 'cancel', label: 'Cancel', primary: true },
            { id: 'replace', label: 'Replace' },
          ]}
          onChoose={(choice) => {
            closeModal();
            if (choice === 'replace') void saveAt(modal.path, true, modal.then);
          }}
        >
          <p>A document named “{modal.path.split('/').pop()}” already exists. Replacing it overwrites its content (its previous version is kept as a .bak file).</p>
        </ChoiceDialog>
      )}
      {modal.kind === 'locked' && (
        <LockedDialog
          name={modal.outcome.name}
          lock={modal.outcome.lock}
          onChoose={(choice) => {
            closeModal();
            if (choice === 'read-only') modal.outcome.loaded();
            if (choice === 'take-over') void session.openPath(modal.outcome.path, 'take-over');
          }}
        />
      )}
      {modal.kind === 'recovery' && (
        <RecoveryDialog
          entries={modal.entries}
          onLater={closeModal}
          onRestore={(entry) => {
            closeModal();
            void session.restore(entry);
          }}
          onDiscard={(entry) => {
            void host.discardRecovery({ id: entry.id });
            const rest = modal.entries.filter((candidate) => candidate.id !== entry.id);
            setModal(rest.length > 0 ? { kind: 'recovery', entries: rest } : { kind: 'none' });
          }}
        />
      )}
      {modal.kind === 'new' && (
        <NewDocumentDialog
          templates={templates}
          initialTemplate={modal.template ?? null}
          defaults={preferences.newDocument}
          onImport={async (file) => {
            const result = await host.importTemplate({ fileName: file.name, text: await file.text(), overwrite: false });
            if (!result.ok) return result.error.message;
            await templates.reload();
            return null;
          }}
          onCancel={closeModal}
          onCreate={(document) => {
            closeModal();
            session.startDocument(document);
          }}
        />
      )}
      {modal.kind === 'details' && (
        <DetailsDialog
          metadata={open.document.metadata}
          template={template ?? blankTemplate}
          onCancel={closeModal}
          onApply={(fields) => {
            closeModal();
            session.updateMetadata(fields);
          }}
        />
      )}
      {modal.kind === 'save-template' && (
        <SaveAsTemplateDialog
          suggestedName={template && template.id !== 'blank' ? `${template.name} (mine)` : 'My template'}
          onCancel={closeModal}
          onSave={async (details, overwrite) => {
            let made;
            try {
              made = templateFromDocument(session.currentDocument(), details, template);
            } catch (thrown) {
              return toErrorInfo(thrown);
            }
            const result = await host.saveTemplate({ template: made, overwrite });
            if (!result.ok) return result.error;
            await templates.reload();
            closeModal();
            session.showNotice(`Saved the template “${made.name}”. It is offered under New.`);
            return null;
          }}
        />
      )}
      {modal.kind === 'open' && (
        <OpenDialog
          host={host}
          onCancel={closeModal}
          onOpen={(path) => {
            closeModal();
            void openPath(path);
          }}
        />
      )}
      {modal.kind === 'save-as' && (
        <SaveAsDialog
          workspace={info?.workspace ?? 'the workspace'}
          suggestedName={open.file?.name ?? suggestedFileName(session.currentDocument())}
          onCancel={closeModal}
          onSave={(path) => {
            closeModal();
            void saveAt(path, false, modal.then);
          }}
        />
      )}
    </div>
  );
}

/** The user guide, built from docs/USER-GUIDE.md into the page's files (scripts/user-guide.mjs). */
const USER_GUIDE_PATH = './help/user-guide.html';

function shortcutCommand(event: KeyboardEvent): MenuCommand | null {
  if (event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey && !event.shiftKey) return 'help';
  const mod = event.ctrlKey || event.metaKey;
  if (!mod) return null;
  const key = event.key.toLowerCase();
  if (key === 's' && event.altKey) return event.shiftKey ? null : 'toggle-sources';
  if (key === 'c' && event.altKey && !event.shiftKey) return 'toggle-checks';
  if (key === 's') return event.shiftKey ? 'save-as' : 'save';
  if (key === 'o' && !event.shiftKey) return 'open';
  if (key === 'n' && event.altKey) return 'new';
  if (key === 'f' && !event.shiftKey && !event.altKey) return 'find';
  if (key === 'k' && event.shiftKey && !event.altKey) return 'cite-selection';
  if (key === 'e' && event.shiftKey && !event.altKey) return 'export';
  if (key === ',' && !event.shiftKey && !event.altKey) return 'preferences';
  return null;
}
