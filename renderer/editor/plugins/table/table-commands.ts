import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the dialog that asks how many rows and columns the new table has. */
export const OPEN_INSERT_TABLE_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_INSERT_TABLE_DIALOG_COMMAND');
