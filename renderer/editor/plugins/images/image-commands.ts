import { createCommand, type LexicalCommand, type NodeKey } from 'lexical';

/** Opens the file chooser for inserting an image (toolbar). */
export const CHOOSE_IMAGE_FILE_COMMAND: LexicalCommand<void> = createCommand('CHOOSE_IMAGE_FILE_COMMAND');

/** Inserts image files (chosen, pasted or dropped) at the selection. */
export const INSERT_IMAGE_FILES_COMMAND: LexicalCommand<File[]> = createCommand('INSERT_IMAGE_FILES_COMMAND');

/** Opens the alt text dialog for an image; null means the image that is selected. */
export const EDIT_ALT_TEXT_COMMAND: LexicalCommand<NodeKey | null> = createCommand('EDIT_ALT_TEXT_COMMAND');
