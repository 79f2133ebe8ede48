import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { $isTableNode, INSERT_TABLE_COMMAND } from '@lexical/table';
import {
  $getSelection,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  type BaseSelection,
  type ParagraphNode,
} from 'lexical';
import { useEffect, useState } from 'react';
import { $isTopLevelBlock, $previousBlock } from '../../block-groups';
import { InsertTableDialog } from './InsertTableDialog';
import { OPEN_INSERT_TABLE_DIALOG_COMMAND } from './table-commands';

/**
 * The empty top-level paragraph the caret is in: a table inserted there takes its place, unless
 * it opens the document (a table first would leave no way to type above it).
 */
function $emptyParagraphAtCaret(): ParagraphNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
  const block = selection.anchor.getNode();
  return $isParagraphNode(block) && $isTopLevelBlock(block) && block.getChildrenSize() === 0 && $previousBlock(block) ? block : null;
}

/** Tables: Lexical's table behaviour (cell selection, Tab between cells) and the insert dialog. */
export function TablesPlugin() {
  const [editor] = useLexicalComposerContext();
  // The selection when the dialog opened: focus moves to the dialog, the table goes here.
  const [pending, setPending] = useState<{ selection: BaseSelection | null } | null>(null);

  useEffect(
    () =>
      editor.registerCommand(
        OPEN_INSERT_TABLE_DIALOG_COMMAND,
        () => {
          setPending({ selection: $getSelection()?.clone() ?? null });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    [editor],
  );

  return (
    <>
      <TablePlugin hasCellMerge hasCellBackgroundColor={false} hasTabHandler hasHorizontalScroll={false} />
      {pending && (
        <InsertTableDialog
          onCancel={() => {
            setPending(null);
            editor.focus();
          }}
          onInsert={({ rows, columns, headerRow }) => {
            setPending(null);
            editor.update(() => {
              if (pending.selection) $setSelection(pending.selection.clone());
              const emptyParagraph = $emptyParagraphAtCaret();
              editor.dispatchCommand(INSERT_TABLE_COMMAND, {
                rows: String(rows),
                columns: String(columns),
                includeHeaders: { rows: headerRow, columns: false },
              });
              if (emptyParagraph?.isAttached() && emptyParagraph.getChildrenSize() === 0 && $isTableNode(emptyParagraph.getNextSibling())) {
                emptyParagraph.remove();
              }
            });
            editor.focus();
          }}
        />
      )}
    </>
  );
}
