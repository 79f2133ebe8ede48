import { Menu } from 'electron';
import { applicationMenuTemplate, type MenuActions, type MenuOptions } from './menu-template';

export type { MenuActions, MenuOptions };

/** The application menu, built from the template in menu-template.ts (which Node tests check). */
export function buildApplicationMenu(actions: MenuActions, options: MenuOptions): Menu {
  return Menu.buildFromTemplate(applicationMenuTemplate(actions, options));
}
