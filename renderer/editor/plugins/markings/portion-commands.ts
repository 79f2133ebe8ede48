import { createCommand, type LexicalCommand } from 'lexical';

/** Sets the portion mark ('' removes it) of every portion the selection touches. */
export const SET_PORTION_COMMAND: LexicalCommand<string> = createCommand('SET_PORTION_COMMAND');

/** Opens the portion-mark menu on the toolbar (Ctrl+Shift+M, or a click on a chip). */
export const OPEN_PORTION_MENU_COMMAND: LexicalCommand<void> = createCommand('OPEN_PORTION_MENU_COMMAND');
