import { BrowserWindow } from 'electron';
import type { MenuCommand } from '../../core/contract';
import { MENU_COMMAND_CHANNEL } from '../preload/channels';
import { APP_ENTRY_URL, PRODUCT_NAME, windowTitle } from './app-policy';

export interface MainWindow {
  readonly window: BrowserWindow;
  /** Sends a menu command (or a close request) to the page. */
  sendCommand(command: MenuCommand): void;
  /** The page's report of what it shows: sets the title and remembers unsaved changes. */
  setState(state: { title: string; dirty: boolean }): void;
  /** Closes the window; the page calls this once it has dealt with unsaved changes. */
  closeAfterPageAgreed(): void;
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Developer tools exist only in development builds. */
  devTools: boolean;
}

/**
 * The document window. The page runs sandboxed, isolated from the preload, with no
 * Node, no <webview>, and Electron's spell-checker off. Closing it with unsaved
 * changes is turned into a `close` command so the page can ask the analyst.
 */
export function openMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: 1280,
    height: 860,
    minWidth: 720,
    minHeight: 480,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Chromium's own checker (WebPreferences.spellcheck, Electron 45); the page checks spelling offline itself.
      spellcheck: false,
      safeDialogs: true,
      devTools: options.devTools,
    },
  });

  let dirty = false;
  let closeAgreed = false;

  window.once('ready-to-show', () => window.show());
  // The title bar is ours (document name and unsaved mark), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', (event) => {
    if (!dirty || closeAgreed || window.webContents.isCrashed()) return;
    event.preventDefault();
    sendCommand('close');
  });

  function sendCommand(command: MenuCommand): void {
    if (!window.isDestroyed()) window.webContents.send(MENU_COMMAND_CHANNEL, command);
  }

  void window.loadURL(APP_ENTRY_URL);

  return {
    window,
    sendCommand,
    setState(state) {
      dirty = state.dirty;
      if (window.isDestroyed()) return;
      window.setTitle(windowTitle(state.title, state.dirty));
      if (process.platform === 'darwin') window.setDocumentEdited(state.dirty);
    },
    closeAfterPageAgreed() {
      if (window.isDestroyed()) return;
      closeAgreed = true;
      window.close();
    },
  };
}
