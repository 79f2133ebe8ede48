import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import type { EditorMenuCommand } from '../../../../core/menu-commands';
import { $setBlockStyle, toggleList, toggleQuote, type BlockStyle } from '../../formatting';
import { OPEN_FIND_COMMAND } from '../find-replace/find-commands';
import { CHOOSE_IMAGE_FILE_COMMAND } from '../images/image-commands';
import { OPEN_LINK_DIALOG_COMMAND } from '../links/link-commands';
import { OPEN_PORTION_MENU_COMMAND } from '../markings/portion-commands';
import { OPEN_INSERT_TABLE_DIALOG_COMMAND } from '../table/table-commands';

const setBlockStyle = (style: BlockStyle) => (editor: LexicalEditor) => editor.update(() => $setBlockStyle(style));

/** What each Format and Insert menu item does: the same as its toolbar button or shortcut. */
const MENU_ACTIONS: Record<EditorMenuCommand, (editor: LexicalEditor) => void> = {
  bold: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold'),
  italic: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic'),
  underline: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'underline'),
  strikethrough: (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough'),
  paragraph: setBlockStyle('paragraph'),
  'heading-1': setBlockStyle('h1'),
  'heading-2': setBlockStyle('h2'),
  'heading-3': setBlockStyle('h3'),
  quote: toggleQuote,
  'bulleted-list': (editor) => toggleList(editor, 'bullet'),
  'numbered-list': (editor) => toggleList(editor, 'number'),
  'insert-link': (editor) => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined),
  'insert-table': (editor) => editor.dispatchCommand(OPEN_INSERT_TABLE_DIALOG_COMMAND, undefined),
  'insert-image': (editor) => editor.dispatchCommand(CHOOSE_IMAGE_FILE_COMMAND, undefined),
  'insert-rule': (editor) => editor.dispatchCommand(INSERT_HORIZONTAL_RULE_COMMAND, undefined),
  replace: (editor) => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: true }),
  'portion-mark': (editor) => editor.dispatchCommand(OPEN_PORTION_MENU_COMMAND, undefined),
};

/** Runs a Format or Insert menu command; a read-only document only opens find and replace. */
export function runEditorMenuCommand(editor: LexicalEditor, command: EditorMenuCommand): void {
  if (!editor.isEditable() && command !== 'replace') return;
  MENU_ACTIONS[command](editor);
}
