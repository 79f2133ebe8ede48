import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MenuCommandSchema, type MenuCommand } from '../../../core/contract';
import { applicationMenuTemplate, recentLabel, type MenuActions } from '../../../electron/main/menu-template';
import { shortcutLabel, type ShortcutAction } from '../../../renderer/editor/plugins/shortcuts/shortcut-keys';

function fakeActions(): MenuActions & { sent: MenuCommand[] } {
  const sent: MenuCommand[] = [];
  return {
    sent,
    send: (command) => sent.push(command),
    closeWindow: vi.fn(),
    showAbout: vi.fn(),
    openUserGuide: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
  };
}

function allItems(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

function topMenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label?.replace('&', '') === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no ${label} menu`);
  return menu.submenu;
}

function click(item: MenuItemConstructorOptions | undefined): void {
  if (!item?.click) throw new Error(`not clickable: ${item?.id}`);
  // The template's handlers ignore their arguments; Electron passes the item, the window and the event.
  (item.click as () => void)();
}

const windows = { isPackaged: true, isMac: false, recentDocuments: [] };

describe('the application menu', () => {
  it('offers every command the page runs, each sending itself to the page', () => {
    const actions = fakeActions();
    const items = allItems(applicationMenuTemplate(actions, windows));
    // Handled by main itself (close asks the window, help opens its own window), a no-op, or the checks panel's own.
    const notSent = new Set<MenuCommand>(['close', 'help', 'word-count']);
    const expected = MenuCommandSchema.options.filter((command) => !notSent.has(command));
    for (const command of expected) click(items.find((item) => item.id === command));
    expect(actions.sent).toEqual(expected);
  });

  it('gives no two items the same shortcut', () => {
    const accelerators = allItems(applicationMenuTemplate(fakeActions(), windows)).flatMap((item) => (item.accelerator ? [String(item.accelerator)] : []));
    expect(accelerators.length).toBeGreaterThan(20);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows the editor’s own shortcuts in Format and Insert without taking the key press from the editor', () => {
    const items = allItems(applicationMenuTemplate(fakeActions(), windows));
    const editorShortcuts: [string, ShortcutAction][] = [
      ['bold', 'bold'],
      ['italic', 'italic'],
      ['underline', 'underline'],
      ['strikethrough', 'strikethrough'],
      ['paragraph', 'paragraph'],
      ['heading-1', 'h1'],
      ['heading-2', 'h2'],
      ['heading-3', 'h3'],
      ['bulleted-list', 'bulletList'],
      ['numbered-list', 'numberList'],
      ['insert-link', 'link'],
    ];
    for (const [id, action] of editorShortcuts) {
      const item = items.find((candidate) => candidate.id === id);
      expect(String(item?.accelerator).replace('CmdOrCtrl', 'Ctrl'), id).toBe(shortcutLabel(action));
      expect(item?.registerAccelerator, id).toBe(false);
    }
    // The app's own commands keep their keys registered, so they work wherever the focus is.
    const save = items.find((item) => item.id === 'save');
    expect(save).toMatchObject({ accelerator: 'CmdOrCtrl+S' });
    expect(save?.registerAccelerator).toBeUndefined();
  });

  it('opens the user guide with F1 from Help', () => {
    const actions = fakeActions();
    const help = topMenu(applicationMenuTemplate(actions, windows), 'Help');
    const guide = help.find((item) => item.id === 'user-guide');
    expect(guide).toMatchObject({ label: 'User Guide', accelerator: 'F1' });
    click(guide);
    expect(actions.openUserGuide).toHaveBeenCalledOnce();
  });

  it('lists recent documents under File › Open Recent, with Clear Recent', () => {
    const actions = fakeActions();
    const recent = ['/home/analyst/Briefs/2026/readout.brief', '/home/analyst/Briefs/Q&A notes.brief'];
    const file = topMenu(applicationMenuTemplate(actions, { ...windows, recentDocuments: recent }), 'File');
    const openRecent = file.find((item) => item.id === 'open-recent');
    const submenu = openRecent?.submenu as MenuItemConstructorOptions[];
    expect(submenu.map((item) => item.label ?? item.type)).toEqual(['&1 readout.brief — Briefs/2026', '&2 Q&&A notes.brief — analyst/Briefs', 'separator', 'Clear Recent']);

    click(submenu[1]);
    expect(actions.openRecent).toHaveBeenCalledWith('/home/analyst/Briefs/Q&A notes.brief');
    click(submenu.at(-1));
    expect(actions.clearRecent).toHaveBeenCalledOnce();
  });

  it('says so when there are no recent documents', () => {
    const file = topMenu(applicationMenuTemplate(fakeActions(), windows), 'File');
    const submenu = file.find((item) => item.id === 'open-recent')?.submenu as MenuItemConstructorOptions[];
    expect(submenu[0]).toMatchObject({ label: 'No Recent Documents', enabled: false });
    expect(submenu.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('numbers only the first nine recent documents', () => {
    expect(recentLabel('/readout.brief', 0)).toBe('&1 readout.brief');
    expect(recentLabel('/briefs/readout.brief', 9)).toBe('readout.brief — briefs');
  });

  it('has reload and the developer tools only in development builds, and the app menu only on a Mac', () => {
    const roles = (options: { isPackaged: boolean; isMac: boolean }) =>
      allItems(applicationMenuTemplate(fakeActions(), { ...options, recentDocuments: [] })).flatMap((item) => (item.role ? [item.role] : []));
    expect(roles({ isPackaged: true, isMac: false })).not.toContain('toggleDevTools');
    expect(roles({ isPackaged: true, isMac: false })).toContain('quit');
    expect(roles({ isPackaged: false, isMac: false })).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
    expect(roles({ isPackaged: true, isMac: true })).toEqual(expect.arrayContaining(['appMenu', 'windowMenu']));
    expect(roles({ isPackaged: true, isMac: true })).not.toContain('quit');
  });
});
