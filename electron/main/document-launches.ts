import { app, dialog } from 'electron';
import { basename } from 'node:path';
import type { GrantedPaths } from '../services/document-paths';
import { documentsFromCommandLine, isBriefFile } from '../services/launch-files';
import type { MainWindow } from './main-window';

export interface DocumentOpener {
  /**
   * Opens a document handed over from outside the page (command line, Finder, Open
   * Recent, a second launch): the path is granted, the window brought forward, and the
   * page opens it as File › Open would, asking about unsaved changes first.
   */
  open(path: string): Promise<void>;
  /** The document waiting for a window (asked for while none was open), once. */
  takeWaiting(): string | null;
  /** Brings the window forward, or opens one (macOS runs on with none). */
  showWindow(): void;
}

export function createDocumentOpener(options: { paths: GrantedPaths; current: () => MainWindow | null; openWindow: () => void }): DocumentOpener {
  let waiting: string | null = null;
  return {
    async open(path) {
      if (!(await isBriefFile(path))) {
        // Before `ready` there is nobody to tell; only macOS's open-file comes that early, for files the OS matched to us.
        if (!app.isReady()) return;
        await dialog.showMessageBox({
          type: 'warning',
          message: `Briefwright cannot open “${basename(path)}”.`,
          detail: 'It is not a Briefwright document (.brief), or it is no longer there.',
          buttons: ['OK'],
        });
        return;
      }
      const granted = options.paths.grant(path);
      const window = options.current();
      if (window) {
        window.openPath(granted);
        window.bringForward();
        return;
      }
      waiting = granted;
      // macOS keeps running with no window; before `ready` the first window is still to come.
      if (app.isReady()) options.openWindow();
    },
    takeWaiting() {
      const path = waiting;
      waiting = null;
      return path;
    },
    showWindow() {
      const window = options.current();
      if (window) window.bringForward();
      else if (app.isReady()) options.openWindow();
    },
  };
}

/**
 * Documents from outside: the command line of this launch, of any later launch (which
 * hands its arguments here and quits: single instance), and macOS's open-file, which
 * may come before `ready`. Call before `ready`. One window shows one document, so of
 * several documents on one command line the first is opened.
 */
export function listenForDocumentLaunches(opener: DocumentOpener): void {
  const defaultApp = process.defaultApp === true;
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void opener.open(path);
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void documentsFromCommandLine({ argv, defaultApp, workingDirectory }).then(([first]) => (first === undefined ? opener.showWindow() : opener.open(first)));
  });
  void documentsFromCommandLine({ argv: process.argv, defaultApp, workingDirectory: process.cwd() }).then(([first]) =>
    first === undefined ? undefined : opener.open(first),
  );
}
