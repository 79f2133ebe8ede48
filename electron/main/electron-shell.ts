import { app, dialog, type BrowserWindow } from 'electron';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GrantedPaths } from '../services/document-paths';
import type { HostShell } from '../services/host-handlers';
import { safeSuggestedName, testDialogPaths, withBriefExtension } from './app-policy';
import type { MainWindow } from './main-window';

const BRIEF_FILTERS = [{ name: 'Briefwright document', extensions: ['brief'] }];

/**
 * The desktop's side of the shared host handlers: native dialogs, and a path rule
 * under which the page may use only the files the analyst chose in those dialogs.
 */
export function createElectronShell(options: {
  version: string;
  paths: GrantedPaths;
  /** Locks, crash recovery, live sessions, user templates, the personal dictionary and preferences: the same Node services the web host uses. */
  services: Pick<HostShell, 'locks' | 'recovery' | 'sessions' | 'templates' | 'personalDictionary' | 'preferences'>;
  current: () => MainWindow | null;
  env: Record<string, string | undefined>;
}): HostShell {
  const { paths, current } = options;
  const fixedAnswers = testDialogPaths(options.env);
  const parent = (): BrowserWindow | undefined => {
    const window = current()?.window;
    return window && !window.isDestroyed() ? window : undefined;
  };

  return {
    appInfo: { version: options.version, shell: 'electron', nativeDialogs: true, workspace: null },
    paths,
    ...options.services,

    async showOpenDialog() {
      if (fixedAnswers) return fixedAnswers.open === null ? null : paths.grant(fixedAnswers.open);
      const dialogOptions: Electron.OpenDialogOptions = { title: 'Open', properties: ['openFile'], filters: BRIEF_FILTERS };
      const window = parent();
      const answer = window ? await dialog.showOpenDialog(window, dialogOptions) : await dialog.showOpenDialog(dialogOptions);
      const chosen = answer.canceled ? undefined : answer.filePaths[0];
      return chosen === undefined ? null : paths.grant(chosen);
    },

    async showSaveDialog(suggestedName) {
      if (fixedAnswers) return fixedAnswers.save === null ? null : paths.grant(withBriefExtension(fixedAnswers.save));
      const dialogOptions: Electron.SaveDialogOptions = {
        title: 'Save As',
        defaultPath: join(app.getPath('documents'), safeSuggestedName(suggestedName)),
        filters: BRIEF_FILTERS,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (answer.canceled || !answer.filePath) return null;
      const target = withBriefExtension(answer.filePath);
      // The dialog confirmed overwriting the name as typed; ask again for the name we completed.
      if (target !== answer.filePath && existsSync(target) && !(await confirmReplace(target, window))) return null;
      return paths.grant(target);
    },

    async showExportDialog(suggestedName, format) {
      if (fixedAnswers) return fixedAnswers.export === null ? null : paths.grant(fixedAnswers.export);
      const filters = format === 'pdf' ? [{ name: 'PDF', extensions: ['pdf'] }] : [{ name: 'Word document', extensions: ['docx'] }];
      const dialogOptions: Electron.SaveDialogOptions = {
        title: 'Export',
        defaultPath: join(app.getPath('documents'), safeSuggestedName(suggestedName, `.${format}`)),
        filters,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = parent();
      const answer = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (answer.canceled || !answer.filePath) return null;
      const extension = `.${format}`;
      const target = answer.filePath.toLowerCase().endsWith(extension) ? answer.filePath : `${answer.filePath}${extension}`;
      if (target !== answer.filePath && existsSync(target) && !(await confirmReplace(target, window))) return null;
      return paths.grant(target);
    },

    setWindowState(state) {
      current()?.setState(state);
    },

    closeWindow() {
      current()?.closeAfterPageAgreed();
    },
  };
}

async function confirmReplace(path: string, window: BrowserWindow | undefined): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'warning',
    buttons: ['Replace', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: `“${basename(path)}” already exists. Do you want to replace it?`,
    detail: 'Replacing it overwrites its current contents.',
  };
  const { response } = window ? await dialog.showMessageBox(window, options) : await dialog.showMessageBox(options);
  return response === 0;
}
