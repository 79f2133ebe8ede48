import { app, BrowserWindow, dialog, Menu, screen, session } from 'electron';
import { join, resolve } from 'node:path';
import { TEMPLATES_FOLDER_NAME } from '../services/app-data-folder';
import { DocumentLocks } from '../services/document-locks';
import { GrantedPaths } from '../services/document-paths';
import { createHostHandlers } from '../services/host-handlers';
import { LiveSessions } from '../services/live-sessions';
import { PersonalDictionary } from '../services/personal-dictionary';
import { PreferencesStore } from '../services/preferences';
import { RecoveryStore } from '../services/recovery-store';
import { UserTemplates } from '../services/user-templates';
import { RecentDocuments } from '../services/recent-documents';
import { WindowStateStore } from '../services/window-state-store';
import { restorableBounds, type WindowState } from '../../core/desktop/window-state';
import { createDocumentOpener, listenForDocumentLaunches } from './document-launches';
import { openUserGuide } from './help-window';
import { PRODUCT_NAME } from './app-policy';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { buildApplicationMenu } from './application-menu';
import { createElectronShell } from './electron-shell';
import { hardenProcess, hardenSession, hardenWebContents } from './hardening';
import { registerHostIpc } from './host-ipc';
import { MINIMUM_WINDOW_SIZE, openMainWindow, type MainWindow } from './main-window';

// Electron main: wiring only. The rules live in app-policy.ts and hardening.ts, the
// host API in ../services/host-handlers.ts (shared with the web host).
// This file is bundled to dist/electron/main.cjs, next to preload.cjs; the page is in dist/renderer.

app.setName(PRODUCT_NAME);
if (process.env.BRIEFWRIGHT_E2E === '1' && process.env.BRIEFWRIGHT_TEST_USER_DATA) {
  app.setPath('userData', resolve(process.env.BRIEFWRIGHT_TEST_USER_DATA));
}
// One running app per user (the lock lives in the data folder): a second launch hands
// its documents to the first (see document-launches.ts) and quits.
const isPrimaryInstance = app.requestSingleInstanceLock();
if (!isPrimaryInstance) app.quit();
registerAppScheme();
hardenProcess();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

const paths = new GrantedPaths();
let mainWindow: MainWindow | null = null;
let quitRequested = false;
const recentDocuments = new RecentDocuments(app.getPath('userData'));
const windowStates = new WindowStateStore(app.getPath('userData'));
let lastPlacement: WindowState | null = null;
const documents = createDocumentOpener({ paths, current: () => mainWindow, openWindow });
if (isPrimaryInstance) listenForDocumentLaunches(documents);

function openWindow(): void {
  const saved = lastPlacement;
  const bounds = saved ? restorableBounds(saved.bounds, screen.getAllDisplays().map((display) => display.workArea), MINIMUM_WINDOW_SIZE) : null;
  const opened = openMainWindow({
    preloadPath: join(__dirname, 'preload.cjs'),
    devTools: !app.isPackaged,
    bounds: bounds ?? undefined,
    maximized: saved?.maximized ?? false,
    onPlacement: (placement) => {
      lastPlacement = { version: 1, ...placement };
      try {
        windowStates.save(placement);
      } catch {
        // Remembering the window's place is a convenience; a read-only data folder must not stop the close.
      }
    },
  });
  opened.window.on('closed', () => {
    if (mainWindow === opened) mainWindow = null;
  });
  mainWindow = opened;
  const waiting = documents.takeWaiting();
  if (waiting !== null) opened.openPath(waiting);
}

/** Whether the OS keeps a recent-documents list of its own (the taskbar's jump list, the Dock's menu). */
const osKeepsRecentDocuments = process.platform === 'win32' || process.platform === 'darwin';

/** File › Open Recent lists the documents still on disk; rebuilt whenever the list changes. */
async function refreshApplicationMenu(): Promise<void> {
  const recent = await recentDocuments.list().catch(() => []);
  Menu.setApplicationMenu(
    buildApplicationMenu(
      {
        send: (command) => mainWindow?.sendCommand(command),
        // The focused window: the user guide closes itself, the document window asks about unsaved changes.
        closeWindow: () => (BrowserWindow.getFocusedWindow() ?? mainWindow?.window)?.close(),
        showAbout,
        openUserGuide,
        openRecent: (path) => {
          void documents.open(path).then(() => refreshApplicationMenu());
        },
        clearRecent: () => {
          if (osKeepsRecentDocuments) app.clearRecentDocuments();
          void recentDocuments.clear().catch(() => undefined).then(() => refreshApplicationMenu());
        },
      },
      { isPackaged: app.isPackaged, isMac: process.platform === 'darwin', recentDocuments: recent.map((document) => document.path) },
    ),
  );
}

/** Every document opened or saved goes to the top of File › Open Recent and the OS's own list. */
function recordRecentDocument(path: string): void {
  if (osKeepsRecentDocuments) app.addRecentDocument(path);
  void recentDocuments
    .add(path)
    .then(() => refreshApplicationMenu())
    .catch(() => undefined);
}

function showAbout(): void {
  const options: Electron.MessageBoxOptions = {
    type: 'info',
    title: `About ${PRODUCT_NAME}`,
    message: `${PRODUCT_NAME} ${app.getVersion()}`,
    detail: 'Offline authoring of meeting readouts and threat assessments.',
    buttons: ['OK'],
  };
  const parent = mainWindow?.window;
  void (parent && !parent.isDestroyed() ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
}

void app.whenReady().then(async () => {
  if (!isPrimaryInstance) return;
  hardenSession(session.defaultSession);
  serveRenderer(join(__dirname, '../renderer'));

  const shell = createElectronShell({
    version: app.getVersion(),
    paths,
    services: {
      locks: new DocumentLocks(),
      recovery: new RecoveryStore(join(app.getPath('userData'), 'Recovery')),
      sessions: new LiveSessions(),
      templates: new UserTemplates(join(app.getPath('userData'), TEMPLATES_FOLDER_NAME)),
      personalDictionary: new PersonalDictionary(join(app.getPath('userData'), 'Dictionary')),
      preferences: new PreferencesStore(app.getPath('userData')),
    },
    current: () => mainWindow,
    env: process.env,
  });
  registerHostIpc(createHostHandlers({ ...shell, documentUsed: recordRecentDocument }), () => mainWindow?.window ?? null);

  await refreshApplicationMenu();
  lastPlacement = await windowStates.read();
  openWindow();
  app.on('activate', () => {
    if (mainWindow === null) openWindow();
  });
});

// Quitting closes the window like its close button does, so unsaved changes stop the
// quit and the page asks; once the page closes the window, the quit goes on.
app.on('before-quit', () => {
  quitRequested = true;
});
app.on('window-all-closed', () => {
  if (process.platform !== 'darwin' || quitRequested) app.quit();
});
