import type { PdfContent, PdfTableCell, PdfTableNode } from 'pdfmake';
import type { TableBlock, TableCell } from '../types';
import type { FlowItem } from './flow-item';
import { TABLE_LAYOUT } from './table-layouts';
import { CELL_PADDING, COLOR, TABLE_BORDER_WIDTH } from './styles';

/** A cell's content, laid out at the cell's inner width, with the notes marked in it. */
export interface CellContent {
  nodes: PdfContent[];
  notes: number[];
}

export interface TableOptions {
  /** Points: the table's full width, rules and padding included. */
  width: number;
  /** Ruled cells with shaded header cells, or no rules at all (the title block's details). */
  ruled: boolean;
  cell: (cell: TableCell, innerWidth: number, header: boolean) => CellContent;
}

/**
 * A table as page items, one per group of rows that must stay together (rows joined by a
 * cell spanning down). Each group is a small table of its own, so the page planner can break
 * between any two groups and repeat the header rows on the next page. The first group rules
 * its top; the others leave it to the group above, unless they start a page.
 */
export function tableItems(table: TableBlock, options: TableOptions, firstIndex: number): FlowItem[] {
  const padding = options.ruled ? CELL_PADDING.x : 0;
  const rule = options.ruled ? TABLE_BORDER_WIDTH : 0;
  const columns = table.columnWidths.length;
  // pdfmake adds each column's padding and rules to the widths it is given.
  const inner = options.width - columns * (2 * padding) - (columns + 1) * rule;
  const widths = table.columnWidths.map((share) => Math.max(1, share * inner));
  const spanWidth = (cell: TableCell) => sum(widths.slice(cell.column, cell.column + cell.colSpan)) + (cell.colSpan - 1) * (2 * padding + rule);

  const bodies = table.rows.map((row, rowIndex) => {
    const slots: Array<PdfTableCell | null> = Array.from({ length: columns }, () => null);
    const notes: number[] = [];
    for (const cell of row.cells) {
      const header = cell.header || rowIndex < table.headerRowCount;
      const content = options.cell(cell, spanWidth(cell), header);
      notes.push(...content.notes);
      const pdfCell: PdfTableCell = { stack: content.nodes.length > 0 ? content.nodes : [{ text: '' }] };
      if (cell.colSpan > 1) pdfCell.colSpan = cell.colSpan;
      if (cell.rowSpan > 1) pdfCell.rowSpan = Math.min(cell.rowSpan, table.rows.length - rowIndex);
      if (header && options.ruled) pdfCell.fillColor = COLOR.headerFill;
      slots[cell.column] = pdfCell;
    }
    return { slots, notes };
  });
  // pdfmake wants an entry for every slot a spanning cell covers.
  table.rows.forEach((row, rowIndex) => {
    for (const cell of row.cells) {
      for (let down = 0; down < Math.min(cell.rowSpan, table.rows.length - rowIndex); down += 1) {
        for (let across = 0; across < cell.colSpan; across += 1) {
          const slots = (bodies[rowIndex + down] as { slots: Array<PdfTableCell | null> }).slots;
          if ((down > 0 || across > 0) && slots[cell.column + across] === null) slots[cell.column + across] = {};
        }
      }
    }
  });

  const groups = rowGroups(table);
  const headerGroups = groups.filter((group) => group.start < table.headerRowCount).length;
  const headerItems = Array.from({ length: headerGroups }, (_, index) => firstIndex + index);
  return groups.map((group, groupIndex): FlowItem => {
    const rows = bodies.slice(group.start, group.end);
    const body = rows.map((row) => row.slots.map((slot) => slot ?? { text: '' }));
    const node = (layout: string): PdfTableNode => ({ table: { widths, body, dontBreakRows: true }, layout });
    const open = options.ruled ? TABLE_LAYOUT.ruledOpenTop : TABLE_LAYOUT.plain;
    const closed = options.ruled ? TABLE_LAYOUT.ruled : TABLE_LAYOUT.plain;
    const isHeader = groupIndex < headerGroups;
    return {
      node: node(groupIndex === 0 ? closed : open),
      pageTopNode: groupIndex === 0 ? undefined : node(closed),
      gapBefore: 0,
      // A header row never ends a page: it belongs above the rows it names.
      keepWithNext: isHeader,
      notes: rows.flatMap((row) => row.notes),
      repeatAtTop: isHeader ? [] : headerItems,
    };
  });
}

/** Rows joined by a cell spanning down stay together; header rows form groups of their own. */
function rowGroups(table: TableBlock): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  let start = 0;
  while (start < table.rows.length) {
    let end = start + 1;
    for (let row = start; row < end; row += 1) {
      for (const cell of (table.rows[row] as { cells: TableCell[] }).cells) end = Math.max(end, Math.min(row + cell.rowSpan, table.rows.length));
    }
    if (start < table.headerRowCount && end > table.headerRowCount) end = Math.max(end, table.headerRowCount);
    groups.push({ start, end });
    start = end;
  }
  return groups;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
