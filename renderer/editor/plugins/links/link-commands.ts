import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the link dialog for the selection (Ctrl+K, toolbar). */
export const OPEN_LINK_DIALOG_COMMAND: LexicalCommand<void> = createCommand('OPEN_LINK_DIALOG_COMMAND');
