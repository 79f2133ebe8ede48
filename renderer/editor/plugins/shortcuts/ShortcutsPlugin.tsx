import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, FORMAT_TEXT_COMMAND, KEY_DOWN_COMMAND, type LexicalEditor } from 'lexical';
import { useEffect } from 'react';
import { $setBlockStyle, toggleList, type BlockStyle } from '../../formatting';
import { OPEN_FIND_COMMAND } from '../find-replace/find-commands';
import { OPEN_LINK_DIALOG_COMMAND } from '../links/link-commands';
import { FOCUS_TOOLBAR_COMMAND } from '../toolbar/toolbar-commands';
import { isShortcut, type ShortcutAction } from './shortcut-keys';

const BLOCK_SHORTCUTS: [ShortcutAction, BlockStyle][] = [
  ['paragraph', 'paragraph'],
  ['h1', 'h1'],
  ['h2', 'h2'],
  ['h3', 'h3'],
];

// Bold, italic, underline, undo and redo are Lexical's own; find (Ctrl+F) belongs to the app menu.
const ACTIONS: [ShortcutAction, (editor: LexicalEditor) => void][] = [
  ...BLOCK_SHORTCUTS.map(([action, style]): [ShortcutAction, (editor: LexicalEditor) => void] => [
    action,
    (editor) => editor.update(() => $setBlockStyle(style)),
  ]),
  ['strikethrough', (editor) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'strikethrough')],
  ['numberList', (editor) => toggleList(editor, 'number')],
  ['bulletList', (editor) => toggleList(editor, 'bullet')],
  ['link', (editor) => editor.dispatchCommand(OPEN_LINK_DIALOG_COMMAND, undefined)],
  ['replace', (editor) => editor.dispatchCommand(OPEN_FIND_COMMAND, { replace: true })],
  ['focusToolbar', (editor) => editor.dispatchCommand(FOCUS_TOOLBAR_COMMAND, undefined)],
];

/** Word-like keyboard shortcuts for the commands Lexical does not bind itself. */
export function ShortcutsPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const match = editor.isEditable() ? ACTIONS.find(([action]) => isShortcut(event, action)) : undefined;
          if (!match) return false;
          event.preventDefault();
          match[1](editor);
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor],
  );
  return null;
}
