import { findExpressions } from '../checks/wording';
import { CONFIDENCE_EXPLANATION, CONFIDENCE_LEVELS, YARDSTICK_TABLES, inYardstick } from '../checks/yardsticks';
import type { Yardstick } from '../document/schema';
import { plainText } from './body-blocks';
import type { Appendix, Block, Inline, ParagraphBlock, TableBlock, TableCell } from './types';

export const YARDSTICK_APPENDIX_HEADING = 'Appendix: Estimative language';

/**
 * The appendix explaining the estimative terms (PRODUCT.md: a threat assessment ends with
 * one): the document's yardstick as a table, each band's terms and probability range, and
 * what the confidence levels mean. Only for a text that uses a term of that yardstick;
 * null otherwise. `mark` is the portion mark its portions print, if any (see
 * PrintedMarks.added): the text is the standard's own, public.
 */
export function yardstickAppendix(yardstick: Yardstick, title: string, blocks: readonly Block[], mark: string | undefined): Appendix | null {
  if (!usesYardstick(yardstick, title, blocks)) return null;
  const table = YARDSTICK_TABLES[yardstick];
  const marked = mark === undefined ? {} : { portion: mark };
  const paragraph = (runs: Inline[]): ParagraphBlock => ({ kind: 'paragraph', runs, direction: 'ltr', align: null, indent: 0, ...marked });
  const text = (value: string, bold = false): Inline => ({ kind: 'text', text: value, style: bold ? { bold: true } : {} });
  const cell = (value: string, column: number, header: boolean): TableCell => ({
    blocks: [{ kind: 'paragraph', runs: [text(value)], direction: 'ltr', align: null, indent: 0 }],
    header,
    column,
    colSpan: 1,
    rowSpan: 1,
  });
  const termColumns = table.columns.length - 1;
  const rangeShare = 0.24;
  const termTable: TableBlock = {
    kind: 'table',
    columnCount: table.columns.length,
    columnWidths: [...Array.from({ length: termColumns }, () => (1 - rangeShare) / termColumns), rangeShare],
    headerRowCount: 1,
    rows: [
      { cells: table.columns.map((column, index) => cell(column, index, true)) },
      ...table.bands.map((band) => ({ cells: [...band.terms.map((term, index) => cell(term, index, false)), cell(band.range, termColumns, false)] })),
    ],
    ...marked,
  };
  return {
    heading: YARDSTICK_APPENDIX_HEADING,
    ...marked,
    blocks: [
      paragraph([text(table.explanation)]),
      { kind: 'heading', level: 2, runs: [text(table.title)], direction: 'ltr', align: null, section: null, ...marked },
      termTable,
      { kind: 'heading', level: 2, runs: [text('Confidence levels')], direction: 'ltr', align: null, section: null, ...marked },
      paragraph([text(CONFIDENCE_EXPLANATION)]),
      ...CONFIDENCE_LEVELS.map(({ level, meaning }) => paragraph([text(`${level} confidence:`, true), text(` ${meaning}`)])),
    ],
  };
}

/** Whether the title or any block's text holds a term of the yardstick (a yardstick's own term, not any estimative word). */
function usesYardstick(yardstick: Yardstick, title: string, blocks: readonly Block[]): boolean {
  const holds = (text: string) => findExpressions(text).some((match) => inYardstick(match.expression, yardstick));
  if (holds(title)) return true;
  const visit = (block: Block): boolean => {
    switch (block.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        return holds(plainText(block.runs));
      case 'list':
        return block.items.some((item) => holds(plainText(item.runs)) || item.lists.some(visit));
      case 'table':
        return block.rows.some((row) => row.cells.some((cell) => cell.blocks.some(visit)));
      default:
        return false;
    }
  };
  return blocks.some(visit);
}
