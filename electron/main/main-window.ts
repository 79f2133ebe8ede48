import { BrowserWindow } from 'electron';
import type { MenuCommand } from '../../core/contract';
import type { WindowBounds } from '../../core/desktop/window-state';
import { MENU_COMMAND_CHANNEL, OPEN_PATH_CHANNEL } from '../preload/channels';
import { APP_ENTRY_URL, PRODUCT_NAME, windowTitle } from './app-policy';

export interface MainWindow {
  readonly window: BrowserWindow;
  /** Sends a menu command (or a close request) to the page. */
  sendCommand(command: MenuCommand): void;
  /** Asks the page to open a document (a path main has granted); the page deals with unsaved changes first. */
  openPath(path: string): void;
  /** Brings the window forward, restoring it if minimized. */
  bringForward(): void;
  /** The page's report of what it shows: sets the title and remembers unsaved changes. */
  setState(state: { title: string; dirty: boolean }): void;
  /** Closes the window; the page calls this once it has dealt with unsaved changes. */
  closeAfterPageAgreed(): void;
}

export interface MainWindowOptions {
  preloadPath: string;
  /** Developer tools exist only in development builds. */
  devTools: boolean;
  /** Where to open the window (already checked to be on a display); the system places it otherwise. */
  bounds?: WindowBounds;
  maximized?: boolean;
  /** Told where the window is as it closes, to open it there next time. */
  onPlacement?: (placement: { bounds: WindowBounds; maximized: boolean }) => void;
}

/** The window's smallest size; also the least a remembered size may shrink to. */
export const MINIMUM_WINDOW_SIZE = { width: 720, height: 480 };

/**
 * The document window. The page runs sandboxed, isolated from the preload, with no
 * Node, no <webview>, and Electron's spell-checker off. Closing it with unsaved
 * changes is turned into a `close` command so the page can ask the analyst.
 */
export function openMainWindow(options: MainWindowOptions): MainWindow {
  const window = new BrowserWindow({
    title: PRODUCT_NAME,
    width: options.bounds?.width ?? 1280,
    height: options.bounds?.height ?? 860,
    ...(options.bounds ? { x: options.bounds.x, y: options.bounds.y } : {}),
    minWidth: MINIMUM_WINDOW_SIZE.width,
    minHeight: MINIMUM_WINDOW_SIZE.height,
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
  // A document to open waits until the page (and so the preload that relays it) has loaded.
  let pageLoaded = false;
  let waitingPath: string | null = null;
  window.webContents.on('did-finish-load', () => {
    pageLoaded = true;
    if (waitingPath !== null) window.webContents.send(OPEN_PATH_CHANNEL, waitingPath);
    waitingPath = null;
  });

  window.once('ready-to-show', () => {
    if (options.maximized) window.maximize();
    window.show();
  });
  // The title bar is ours (document name and unsaved mark), not the page's <title>.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.on('close', (event) => {
    // The normal bounds, not the maximized ones, so un-maximizing next time gives the size the analyst chose.
    if (!window.isFullScreen()) options.onPlacement?.({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
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
    openPath(path) {
      if (window.isDestroyed()) return;
      // One window shows one document: of several asked for before the page loaded, the last wins.
      if (pageLoaded) window.webContents.send(OPEN_PATH_CHANNEL, path);
      else waitingPath = path;
    },
    bringForward() {
      if (window.isDestroyed()) return;
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
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
