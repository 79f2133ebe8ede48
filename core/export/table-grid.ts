import type { SerializedBodyNode } from '../document/schema';
import type { TableBlock, TableCell } from './types';

/** Lexical's TableCellHeaderStates: bit 1 a header row, bit 2 a header column. */
const HEADER_ROW = 1;

/** A cell before it has its place on the grid. */
export type CellContent = Omit<TableCell, 'column'>;

/**
 * Places each cell on the table's grid. Lexical leaves out the cells that a cell spanning
 * down from above covers, so each cell takes the next free column of its row. Ragged rows
 * get empty cells in the columns left free, so every row fills the grid.
 */
export function layOutGrid(rows: readonly CellContent[][]): { rows: TableBlock['rows']; columnCount: number } {
  const occupied: boolean[][] = rows.map(() => []);
  const placed = rows.map((cells, rowIndex) => {
    const taken = occupied[rowIndex] as boolean[];
    let column = 0;
    return cells.map((cell): TableCell => {
      while (taken[column]) column += 1;
      const placedCell = { ...cell, column };
      for (let row = rowIndex; row < Math.min(rowIndex + cell.rowSpan, rows.length); row += 1) {
        for (let span = 0; span < cell.colSpan; span += 1) (occupied[row] as boolean[])[column + span] = true;
      }
      column += cell.colSpan;
      return placedCell;
    });
  });
  const columnCount = Math.max(0, ...occupied.map((taken) => taken.length));
  const gridRows = placed.map((cells, rowIndex) => {
    const taken = occupied[rowIndex] as boolean[];
    const free = Array.from({ length: columnCount }, (_, column) => column).filter((column) => !taken[column]);
    const padding = free.map((column): TableCell => ({ blocks: [], header: false, colSpan: 1, rowSpan: 1, column }));
    return { cells: [...cells, ...padding].sort((a, b) => a.column - b.column) };
  });
  return { rows: gridRows, columnCount };
}

/** The leading rows whose every cell is a header-row cell; Word and PDF repeat them on each page. */
export function leadingHeaderRows(rows: readonly SerializedBodyNode[][]): number {
  let count = 0;
  for (const cells of rows) {
    const isHeader = cells.length > 0 && cells.every((cell) => typeof cell.headerState === 'number' && (cell.headerState & HEADER_ROW) !== 0);
    if (!isHeader) break;
    count += 1;
  }
  // A table that is all header has no body to repeat it over.
  return count === rows.length ? Math.min(count, 1) : count;
}

/** The editor's column widths (pixels) as shares of the table's width; even shares when they do not fit the grid. */
export function columnShares(widths: unknown, columnCount: number): number[] {
  const even = Array.from({ length: columnCount }, () => 1 / columnCount);
  if (!Array.isArray(widths) || widths.length !== columnCount) return even;
  const numbers = widths.map((width) => (typeof width === 'number' && Number.isFinite(width) && width > 0 ? width : NaN));
  if (numbers.some(Number.isNaN)) return even;
  const total = numbers.reduce((sum, width) => sum + width, 0);
  return numbers.map((width) => width / total);
}
