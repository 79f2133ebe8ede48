import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { TablePlugin } from '@lexical/react/LexicalTablePlugin';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { $getSelection, $setSelection, COMMAND_PRIORITY_EDITOR, type BaseSelection } from 'lexical';
import { useEffect, useState } from 'react';
import { InsertTableDialog } from './InsertTableDialog';
import { OPEN_INSERT_TABLE_DIALOG_COMMAND } from './table-commands';

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
              editor.dispatchCommand(INSERT_TABLE_COMMAND, {
                rows: String(rows),
                columns: String(columns),
                includeHeaders: { rows: headerRow, columns: false },
              });
            });
            editor.focus();
          }}
        />
      )}
    </>
  );
}
