import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
} from '@lexical/table';
import type { LexicalEditor } from 'lexical';
import { ToolbarButton } from './ToolbarButton';

/** Row and column editing, shown while the selection is in a table. */
export function TableTools({ editor }: { editor: LexicalEditor }) {
  const edit = (change: () => void) => () => {
    editor.update(change);
    editor.focus();
  };
  return (
    <div className="toolbar-group toolbar-table-tools" role="group" aria-label="Table">
      <ToolbarButton label="Add row below" testId="table-add-row" className="toolbar-text-button" onClick={edit(() => $insertTableRowAtSelection(true))}>
        Add row
      </ToolbarButton>
      <ToolbarButton label="Add column to the right" testId="table-add-column" className="toolbar-text-button" onClick={edit(() => $insertTableColumnAtSelection(true))}>
        Add column
      </ToolbarButton>
      <ToolbarButton label="Delete row" testId="table-delete-row" className="toolbar-text-button" onClick={edit($deleteTableRowAtSelection)}>
        Delete row
      </ToolbarButton>
      <ToolbarButton label="Delete column" testId="table-delete-column" className="toolbar-text-button" onClick={edit($deleteTableColumnAtSelection)}>
        Delete column
      </ToolbarButton>
    </div>
  );
}
