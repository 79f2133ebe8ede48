import { useState } from 'react';
import { Dialog } from '../../../dialogs/Dialog';
import { FormActions } from '../../../dialogs/FormActions';

export interface TableShape {
  rows: number;
  columns: number;
  headerRow: boolean;
}

const MAX_ROWS = 100;
const MAX_COLUMNS = 12;

function clamp(value: number, max: number): number | null {
  return Number.isInteger(value) && value >= 1 && value <= max ? value : null;
}

export function InsertTableDialog({ onInsert, onCancel }: { onInsert: (shape: TableShape) => void; onCancel: () => void }) {
  const [rows, setRows] = useState('3');
  const [columns, setColumns] = useState('3');
  const [headerRow, setHeaderRow] = useState(true);
  const rowCount = clamp(Number(rows), MAX_ROWS);
  const columnCount = clamp(Number(columns), MAX_COLUMNS);
  return (
    <Dialog title="Insert table" onCancel={onCancel} testId="insert-table-dialog">
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (rowCount && columnCount) onInsert({ rows: rowCount, columns: columnCount, headerRow });
        }}
      >
        <div className="dialog-row">
          <label className="field">
            <span>Rows</span>
            <input
              autoFocus
              type="number"
              min={1}
              max={MAX_ROWS}
              value={rows}
              onChange={(event) => setRows(event.target.value)}
              aria-invalid={rowCount === null}
              data-testid="table-rows"
            />
          </label>
          <label className="field">
            <span>Columns</span>
            <input
              type="number"
              min={1}
              max={MAX_COLUMNS}
              value={columns}
              onChange={(event) => setColumns(event.target.value)}
              aria-invalid={columnCount === null}
              data-testid="table-columns"
            />
          </label>
        </div>
        <label className="checkbox-field">
          <input type="checkbox" checked={headerRow} onChange={(event) => setHeaderRow(event.target.checked)} data-testid="table-header-row" />
          First row is a header row
        </label>
        <p className="hint">
          Up to {MAX_ROWS} rows and {MAX_COLUMNS} columns; add or remove more later from the toolbar.
        </p>
        <FormActions submitLabel="Insert" submitTestId="insert-table-confirm" submitDisabled={!rowCount || !columnCount} onCancel={onCancel} />
      </form>
    </Dialog>
  );
}
