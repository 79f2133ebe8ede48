import { app, dialog, Menu, session } from 'electron';
import { join, resolve } from 'node:path';
import { TEMPLATES_FOLDER_NAME } from '../services/app-data-folder';
import { DocumentLocks } from '../services/document-locks';
import { GrantedPaths } from '../services/document-paths';
import { createHostHandlers } from '../services/host-handlers';
import { LiveSessions } from '../services/live-sessions';
import { PersonalDictionary } from '../services/personal-dictionary';
import { RecoveryStore } from '../services/recovery-store';
import { UserTemplates } from '../services/user-templates';
import { PRODUCT_NAME } from './app-policy';
import { registerAppScheme, serveRenderer } from './app-protocol';
import { buildApplicationMenu } from './application-menu';
import { createElectronShell } from './electron-shell';
import { hardenProcess, hardenSession, hardenWebContents } from './hardening';
import { registerHostIpc } from './host-ipc';
import { openMainWindow, type MainWindow } from './main-window';

// Electron main: wiring only. The rules live in app-policy.ts and hardening.ts, the
// host API in ../services/host-handlers.ts (shared with the web host).
// This file is bundled to dist/electron/main.cjs, next to preload.cjs; the page is in dist/renderer.

app.setName(PRODUCT_NAME);
if (process.env.BRIEFWRIGHT_E2E === '1' && process.env.BRIEFWRIGHT_TEST_USER_DATA) {
  app.setPath('userData', resolve(process.env.BRIEFWRIGHT_TEST_USER_DATA));
}
registerAppScheme();
hardenProcess();
app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));

const paths = new GrantedPaths();
let mainWindow: MainWindow | null = null;
let quitRequested = false;

function openWindow(): void {
  const opened = openMainWindow({ preloadPath: join(__dirname, 'preload.cjs'), devTools: !app.isPackaged });
  opened.window.on('closed', () => {
    if (mainWindow === opened) mainWindow = null;
  });
  mainWindow = opened;
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

void app.whenReady().then(() => {
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
    },
    current: () => mainWindow,
    env: process.env,
  });
  registerHostIpc(createHostHandlers(shell), () => mainWindow?.window ?? null);

  Menu.setApplicationMenu(
    buildApplicationMenu(
      {
        send: (command) => mainWindow?.sendCommand(command),
        closeWindow: () => mainWindow?.window.close(),
        showAbout,
      },
      { isPackaged: app.isPackaged, isMac: process.platform === 'darwin' },
    ),
  );

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
