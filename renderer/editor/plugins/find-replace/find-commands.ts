import { createCommand, type LexicalCommand } from 'lexical';

/** Opens the find bar (Ctrl+F, Edit › Find), with the replace field shown for Ctrl+H. */
export const OPEN_FIND_COMMAND: LexicalCommand<{ replace: boolean }> = createCommand('OPEN_FIND_COMMAND');
