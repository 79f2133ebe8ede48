/**
 * Menu commands the page hands straight to its editor: the Format and Insert menus, and
 * Edit › Replace. Part of `MenuCommandSchema` (core/contract.ts); kept apart so the page
 * can tell them from the commands its shell runs.
 */
export const EDITOR_MENU_COMMANDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'paragraph',
  'heading-1',
  'heading-2',
  'heading-3',
  'quote',
  'bulleted-list',
  'numbered-list',
  'insert-link',
  'insert-table',
  'insert-image',
  'insert-rule',
  'replace',
  'portion-mark',
] as const;

export type EditorMenuCommand = (typeof EDITOR_MENU_COMMANDS)[number];

export function isEditorMenuCommand(command: string): command is EditorMenuCommand {
  return (EDITOR_MENU_COMMANDS as readonly string[]).includes(command);
}
