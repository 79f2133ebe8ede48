import { borders, type Border } from './properties';

/**
 * Word tables (`w:tbl`) as the export lays them out: the full width of the text, fixed
 * column widths, rows that never break across pages, header rows repeated on every page.
 */

const RULE: Border = { style: 'single', size: 4, color: '8C8C8C' };
const NO_RULE: Border = { style: 'none', size: 0, color: 'auto' };

/** Twips of padding inside each cell. */
interface CellMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface TableLayout {
  /** Twips, one per grid column. */
  columnWidths: readonly number[];
  /** Ruled (body tables, people, the source list) or borderless (the title block's details). */
  ruled: boolean;
  margins: CellMargins;
}

/** A ruled table's cell padding (twips), shared by body tables and people tables. */
export const RULED_MARGINS: CellMargins = { top: 40, bottom: 40, left: 100, right: 100 };
/** The fill of header cells. */
export const HEADER_CELL_FILL = 'E7EBF1';

export interface CellOptions {
  /** The cell's share of the table's width (0–1). */
  share: number;
  colSpan?: number;
  /** Where the cell belongs to a merge down the rows: its first row, or one below it. */
  verticalMerge?: 'restart' | 'continue';
  header?: boolean;
}

export function tableElement(layout: TableLayout, rows: string): string {
  const rule = layout.ruled ? RULE : NO_RULE;
  const { top, left, bottom, right } = layout.margins;
  const properties = [
    '<w:tblW w:type="pct" w:w="5000"/>',
    borders('w:tblBorders', { top: rule, left: rule, bottom: rule, right: rule, insideH: rule, insideV: rule }),
    '<w:tblLayout w:type="fixed"/>',
    `<w:tblCellMar><w:top w:type="dxa" w:w="${top}"/><w:left w:type="dxa" w:w="${left}"/><w:bottom w:type="dxa" w:w="${bottom}"/><w:right w:type="dxa" w:w="${right}"/></w:tblCellMar>`,
  ].join('');
  const grid = layout.columnWidths.map((width) => `<w:gridCol w:w="${width}"/>`).join('');
  return `<w:tbl><w:tblPr>${properties}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${rows}</w:tbl>`;
}

/** A row that is never split across pages; a header row repeats at the top of each page. */
export function rowElement(cells: string, header = false): string {
  return `<w:tr><w:trPr><w:cantSplit/>${header ? '<w:tblHeader/>' : ''}</w:trPr>${cells}</w:tr>`;
}

/** A cell; its content must end with a paragraph, as Word requires. */
export function cellElement(content: string, options: CellOptions): string {
  let properties = `<w:tcW w:type="pct" w:w="${Math.round(options.share * 5000)}"/>`;
  if (options.colSpan !== undefined && options.colSpan > 1) properties += `<w:gridSpan w:val="${options.colSpan}"/>`;
  if (options.verticalMerge) properties += `<w:vMerge w:val="${options.verticalMerge}"/>`;
  if (options.header) properties += `<w:shd w:val="clear" w:color="auto" w:fill="${HEADER_CELL_FILL}"/>`;
  return `<w:tc><w:tcPr>${properties}</w:tcPr>${content}</w:tc>`;
}
