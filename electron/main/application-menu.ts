import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../core/contract';
import { PRODUCT_NAME } from './app-policy';

export interface MenuActions {
  /** Sends a command to the page, which owns documents and find. */
  send(command: MenuCommand): void;
  /** Closes the window the way its close button does (the page is asked first when there are unsaved changes). */
  closeWindow(): void;
  showAbout(): void;
}

/**
 * The application menu. Document and find commands go to the page as menu
 * commands; editing, zoom and window items are Electron's roles. Reload and the
 * developer tools exist only in development builds.
 */
export function buildApplicationMenu(actions: MenuActions, options: { isPackaged: boolean; isMac: boolean }): Menu {
  const command = (id: MenuCommand, label: string, accelerator: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator,
    click: () => actions.send(id),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const template: MenuItemConstructorOptions[] = [
    ...(options.isMac ? [{ role: 'appMenu' } as MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        command('new', 'New', 'CmdOrCtrl+N'),
        command('open', 'Open…', 'CmdOrCtrl+O'),
        separator,
        command('save', 'Save', 'CmdOrCtrl+S'),
        command('save-as', 'Save As…', 'CmdOrCtrl+Shift+S'),
        command('export', 'Export…', 'CmdOrCtrl+Shift+E'),
        separator,
        { id: 'close', label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => actions.closeWindow() },
        ...(options.isMac ? [] : [separator, { role: 'quit', label: 'Quit' } as MenuItemConstructorOptions]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        separator,
        { role: 'selectAll' },
        separator,
        command('find', 'Find…', 'CmdOrCtrl+F'),
      ],
    },
    {
      label: '&Insert',
      submenu: [command('cite-selection', 'Citation of the Selected Passage', 'CmdOrCtrl+Shift+K')],
    },
    {
      label: '&View',
      submenu: [
        command('toggle-sources', 'Sources', 'CmdOrCtrl+Alt+S'),
        separator,
        ...(options.isPackaged ? [] : [{ role: 'reload' } as MenuItemConstructorOptions, { role: 'toggleDevTools' } as MenuItemConstructorOptions, separator]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    ...(options.isMac ? [{ role: 'windowMenu' } as MenuItemConstructorOptions] : []),
    {
      role: 'help',
      label: '&Help',
      submenu: [{ id: 'about', label: `About ${PRODUCT_NAME}`, click: () => actions.showAbout() }],
    },
  ];
  return Menu.buildFromTemplate(template);
}
