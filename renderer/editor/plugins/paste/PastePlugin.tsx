import { $generateNodesFromDOM } from '@lexical/html';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import {
  $createRangeSelection,
  $getNearestNodeFromDOMNode,
  $getSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_HIGH,
  DROP_COMMAND,
  PASTE_COMMAND,
  PASTE_TAG,
  SELECTION_INSERT_CLIPBOARD_NODES_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { useEffect } from 'react';
import { INSERT_IMAGE_FILES_COMMAND } from '../images/image-commands';
import { planClipboard } from './clipboard-plan';
import { sanitizePastedHtml } from './sanitize-html';

/** Inserts sanitized HTML at the selection, as Lexical's own paste would ($insertGeneratedNodes). */
function $insertSanitizedHtml(editor: LexicalEditor, html: string, plainText: string): void {
  const selection = $getSelection();
  if (!selection) return;
  const nodes = $generateNodesFromDOM(editor, sanitizePastedHtml(html));
  if (nodes.length === 0) {
    // Nothing structural survived (say, only a script): the text, if any, still pastes.
    if (plainText) selection.insertRawText(plainText);
    return;
  }
  // Tables claim this command to paste a table into a table cell by cell.
  if (!editor.dispatchCommand(SELECTION_INSERT_CLIPBOARD_NODES_COMMAND, { nodes, selection })) selection.insertNodes(nodes);
}

/** Moves the selection to where something is being dropped. */
function $selectDropPoint(event: DragEvent): boolean {
  const caret = document.caretPositionFromPoint(event.clientX, event.clientY);
  const node = caret ? $getNearestNodeFromDOMNode(caret.offsetNode) : null;
  if (!caret || !node) return false;
  const selection = $createRangeSelection();
  if ($isTextNode(node)) {
    selection.anchor.set(node.getKey(), caret.offset, 'text');
    selection.focus.set(node.getKey(), caret.offset, 'text');
  } else {
    const parent = node.getParentOrThrow();
    const offset = node.getIndexWithinParent() + 1;
    selection.anchor.set(parent.getKey(), offset, 'element');
    selection.focus.set(parent.getKey(), offset, 'element');
  }
  $setSelection(selection);
  return true;
}

/**
 * Paste and drop from other applications go through the sanitizer: web pages, Word and Google
 * Docs keep their structure, and nothing active or remote gets in. Copy and paste inside
 * Briefwright keeps Lexical's own format.
 */
export function PastePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          PASTE_COMMAND,
          (event) => {
            const data = 'clipboardData' in event ? event.clipboardData : null;
            if (!data) return false;
            const plan = planClipboard(data);
            if (plan.kind === 'lexical' || plan.kind === 'plain-text') return false;
            event.preventDefault();
            if (plan.kind === 'image-files') editor.dispatchCommand(INSERT_IMAGE_FILES_COMMAND, plan.files);
            else editor.update(() => $insertSanitizedHtml(editor, plan.html, plan.plainText), { tag: PASTE_TAG });
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
        editor.registerCommand(
          DROP_COMMAND,
          (event) => {
            const data = event.dataTransfer;
            if (!data) return false;
            const plan = planClipboard(data);
            // Files go to Lexical's drop handling, which hands them to the images plugin.
            if (plan.kind !== 'html') return false;
            event.preventDefault();
            editor.update(
              () => {
                if ($selectDropPoint(event)) $insertSanitizedHtml(editor, plan.html, plan.plainText);
              },
              { tag: PASTE_TAG },
            );
            return true;
          },
          COMMAND_PRIORITY_HIGH,
        ),
      ),
    [editor],
  );
  return null;
}
