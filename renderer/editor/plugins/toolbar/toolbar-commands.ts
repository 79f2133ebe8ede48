import { createCommand, type LexicalCommand } from 'lexical';

/** Moves keyboard focus from the document to the toolbar (Alt+F10, as in Word). */
export const FOCUS_TOOLBAR_COMMAND: LexicalCommand<void> = createCommand('FOCUS_TOOLBAR_COMMAND');
