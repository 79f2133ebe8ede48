import type { MenuItemConstructorOptions } from 'electron';
import { basename, dirname } from 'node:path';
import type { MenuCommand } from '../../core/contract';
import { PRODUCT_NAME } from './app-policy';

// Only Electron's types are imported here, so Node unit tests can build and check the
// whole template; application-menu.ts turns it into a Menu.

export interface MenuActions {
  /** Sends a command to the page, which owns documents, find and the editor. */
  send(command: MenuCommand): void;
  /** Closes the window the way its close button does (the page is asked first when there are unsaved changes). */
  closeWindow(): void;
  showAbout(): void;
  /** Opens the user guide in its own window, offline. */
  openUserGuide(): void;
  /** Opens a document from File › Open Recent. */
  openRecent(path: string): void;
  clearRecent(): void;
}

export interface MenuOptions {
  isPackaged: boolean;
  isMac: boolean;
  /** Absolute paths, most recent first, for File › Open Recent. */
  recentDocuments: readonly string[];
}

/**
 * The application menu. Document, find and editor commands go to the page as menu
 * commands; clipboard, zoom and window items are Electron's roles. Reload and the
 * developer tools exist only in development builds.
 *
 * Shortcuts the editor handles itself (bold, headings, lists, link) are shown but not
 * registered (`registerAccelerator: false`), so the key press still reaches the editor,
 * which knows the selection and the keyboard layout. On macOS, where that flag does not
 * exist, the page sees key presses first and the menu only gets the ones it left alone.
 */
export function applicationMenuTemplate(actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const command = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: () => actions.send(id),
  });
  const editorCommand = (id: MenuCommand, label: string, accelerator?: string): MenuItemConstructorOptions => ({
    ...command(id, label, accelerator),
    ...(accelerator === undefined ? {} : { registerAccelerator: false }),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const role = (item: MenuItemConstructorOptions): MenuItemConstructorOptions => item;

  return [
    ...(options.isMac ? [role({ role: 'appMenu' })] : []),
    {
      label: '&File',
      submenu: [
        command('new', 'New…', 'CmdOrCtrl+N'),
        command('open', 'Open…', 'CmdOrCtrl+O'),
        { id: 'open-recent', label: 'Open &Recent', submenu: recentSubmenu(actions, options.recentDocuments) },
        separator,
        command('save', 'Save', 'CmdOrCtrl+S'),
        command('save-as', 'Save As…', 'CmdOrCtrl+Shift+S'),
        command('save-as-template', 'Save as Template…'),
        separator,
        command('details', 'Details…'),
        command('export', 'Export…', 'CmdOrCtrl+Shift+E'),
        separator,
        { id: 'close', label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
        ...(options.isMac ? [] : [separator, role({ role: 'quit', label: 'Quit' })]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        role({ role: 'undo' }),
        role({ role: 'redo' }),
        separator,
        role({ role: 'cut' }),
        role({ role: 'copy' }),
        role({ role: 'paste' }),
        separator,
        role({ role: 'selectAll' }),
        separator,
        command('find', 'Find…', 'CmdOrCtrl+F'),
        command('replace', 'Replace…', 'CmdOrCtrl+H'),
        separator,
        command('preferences', 'Preferences…', 'CmdOrCtrl+,'),
      ],
    },
    {
      label: '&Insert',
      submenu: [
        command('cite-selection', 'Citation of the Selected Passage', 'CmdOrCtrl+Shift+K'),
        separator,
        editorCommand('insert-link', 'Link…', 'CmdOrCtrl+K'),
        command('insert-table', 'Table…'),
        command('insert-image', 'Image…'),
        command('insert-rule', 'Horizontal Rule'),
      ],
    },
    {
      label: 'F&ormat',
      submenu: [
        editorCommand('bold', 'Bold', 'CmdOrCtrl+B'),
        editorCommand('italic', 'Italic', 'CmdOrCtrl+I'),
        editorCommand('underline', 'Underline', 'CmdOrCtrl+U'),
        editorCommand('strikethrough', 'Strikethrough', 'CmdOrCtrl+Shift+X'),
        separator,
        editorCommand('paragraph', 'Paragraph', 'CmdOrCtrl+Alt+0'),
        editorCommand('heading-1', 'Heading 1', 'CmdOrCtrl+Alt+1'),
        editorCommand('heading-2', 'Heading 2', 'CmdOrCtrl+Alt+2'),
        editorCommand('heading-3', 'Heading 3', 'CmdOrCtrl+Alt+3'),
        command('quote', 'Quote'),
        separator,
        editorCommand('bulleted-list', 'Bulleted List', 'CmdOrCtrl+Shift+8'),
        editorCommand('numbered-list', 'Numbered List', 'CmdOrCtrl+Shift+7'),
        separator,
        editorCommand('portion-mark', 'Portion Mark…', 'CmdOrCtrl+Shift+M'),
      ],
    },
    {
      label: '&View',
      submenu: [
        command('toggle-sources', 'Sources', 'CmdOrCtrl+Alt+S'),
        command('toggle-checks', 'Checks', 'CmdOrCtrl+Alt+C'),
        separator,
        ...(options.isPackaged ? [] : [role({ role: 'reload' }), role({ role: 'toggleDevTools' }), separator]),
        role({ role: 'resetZoom' }),
        role({ role: 'zoomIn' }),
        role({ role: 'zoomOut' }),
        separator,
        role({ role: 'togglefullscreen' }),
      ],
    },
    ...(options.isMac ? [role({ role: 'windowMenu' })] : []),
    {
      role: 'help',
      label: '&Help',
      submenu: [
        { id: 'user-guide', label: 'User Guide', accelerator: 'F1', click: () => actions.openUserGuide() },
        separator,
        { id: 'about', label: `About ${PRODUCT_NAME}`, click: () => actions.showAbout() },
      ],
    },
  ];
}

function recentSubmenu(actions: MenuActions, documents: readonly string[]): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] =
    documents.length === 0
      ? [{ id: 'no-recent', label: 'No Recent Documents', enabled: false }]
      : documents.map((path, index) => ({
          id: `recent-${index}`,
          label: recentLabel(path, index),
          click: () => actions.openRecent(path),
        }));
  return [...items, { type: 'separator' }, { id: 'clear-recent', label: 'Clear Recent', enabled: documents.length > 0, click: () => actions.clearRecent() }];
}

/**
 * "&1 readout.brief — Briefs/2026": the file's name first, then the end of its folder, so
 * two documents of the same name in different folders can be told apart. A `&` in a name
 * is doubled so Windows and Linux show it rather than underlining the next letter.
 */
export function recentLabel(path: string, index: number): string {
  const folder = dirname(path).split(/[\\/]/).filter(Boolean).slice(-2).join('/');
  const text = folder === '' ? basename(path) : `${basename(path)} — ${folder}`;
  const escaped = text.replaceAll('&', '&&');
  return index < 9 ? `&${index + 1} ${escaped}` : escaped;
}
