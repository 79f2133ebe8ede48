import { BrowserWindow } from 'electron';
import { APP_ORIGIN, PRODUCT_NAME } from './app-policy';

/** Where the build puts the user guide (scripts/user-guide.mjs), under the page's own files. */
export const USER_GUIDE_URL = `${APP_ORIGIN}/help/user-guide.html`;

let helpWindow: BrowserWindow | null = null;

/**
 * Opens the user guide (or brings it forward): a static page from the app's own files,
 * in a window with no preload, no Node and no JavaScript at all. The session's rules
 * (hardening.ts) still apply, so it can load nothing but app:// either.
 */
export function openUserGuide(): void {
  if (helpWindow && !helpWindow.isDestroyed()) {
    if (helpWindow.isMinimized()) helpWindow.restore();
    helpWindow.focus();
    return;
  }
  const window = new BrowserWindow({
    title: `${PRODUCT_NAME} User Guide`,
    width: 900,
    height: 800,
    minWidth: 480,
    minHeight: 360,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    },
  });
  // The application menu's document commands mean nothing here (Windows and Linux give every window the menu).
  window.removeMenu();
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => {
    if (helpWindow === window) helpWindow = null;
  });
  helpWindow = window;
  void window.loadURL(USER_GUIDE_URL);
}
