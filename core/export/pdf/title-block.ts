import { detectDirection } from '../direction';
import type { Block, PeopleTable, TableBlock, TableCell, TitleBlock } from '../types';
import type { FlowBuilder } from './flow';
import { COLOR, SIZE, SPACE, TITLE_LABEL_SHARE } from './styles';
import type { CellContent } from './tables';

/** Space between a detail's label and its value. */
const LABEL_GAP = 6;

/**
 * The title block, as the DOCX lays it out: the title, the details as labels beside their
 * values, each people field as a captioned, ruled table, and a rule under it all.
 */
export function titleBlockItems(block: TitleBlock, flow: FlowBuilder): void {
  const title = flow.textLines([{ kind: 'text', text: block.title, style: {} }], { size: SIZE.title, color: COLOR.heading, bold: true }, { width: flow.width, direction: block.titleDirection, align: null }, block.portion);
  flow.addLines(title, { before: 0, after: SPACE.titleAfter }, 'together');
  if (block.details.length > 0) flow.table(detailsTable(block), false, (blocks, width, label) => detailCell(flow, blocks, width, label));
  for (const people of block.people) {
    const caption = flow.textLines([{ kind: 'text', text: people.label, style: {} }], { size: SIZE.caption, color: COLOR.heading, bold: true }, { width: flow.width, direction: detectDirection(people.label), align: null });
    flow.addLines(caption, { before: 0, after: SPACE.captionAfter }, 'together');
    flow.table(peopleTable(people), true);
  }
  flow.addRule(1, COLOR.heading, { before: 0, after: 12 });
}

/** Label cells are marked as header cells: they are set apart, in bold grey. */
function detailCell(flow: FlowBuilder, blocks: readonly Block[], width: number, label: boolean): CellContent {
  const style = label ? { size: SIZE.table, color: COLOR.muted, bold: true } : { size: SIZE.table, color: COLOR.text };
  const lines = blocks.flatMap((block) => (block.kind === 'paragraph' ? flow.textLines(block.runs, style, { width: label ? width - LABEL_GAP : width, direction: block.direction, align: null }) : []));
  return { nodes: lines.map((line) => line.node), notes: [] };
}

function detailsTable(block: TitleBlock): TableBlock {
  return {
    kind: 'table',
    columnCount: 2,
    columnWidths: [TITLE_LABEL_SHARE, 1 - TITLE_LABEL_SHARE],
    headerRowCount: 0,
    rows: block.details.map((detail) => ({ cells: [textCell(detail.label, 0, true), textCell(detail.lines, 1, false)] })),
  };
}

function peopleTable(table: PeopleTable): TableBlock {
  const columns = table.showSide ? ['Name', 'Title', 'Organisation', 'Side'] : ['Name', 'Title', 'Organisation'];
  const shares = table.showSide ? [0.28, 0.3, 0.27, 0.15] : [0.3, 0.35, 0.35];
  const values = table.people.map((person) => (table.showSide ? [person.name, person.title, person.organisation, person.side] : [person.name, person.title, person.organisation]));
  return {
    kind: 'table',
    columnCount: columns.length,
    columnWidths: shares,
    headerRowCount: 1,
    rows: [columns, ...values].map((row, rowIndex) => ({ cells: row.map((value, column) => textCell(value, column, rowIndex === 0)) })),
  };
}

function textCell(text: string | string[], column: number, header: boolean): TableCell {
  const lines = typeof text === 'string' ? [text] : text;
  const blocks: Block[] = lines.map((line) => ({ kind: 'paragraph', runs: [{ kind: 'text', text: line, style: {} }], direction: detectDirection(line), align: null, indent: 0 }));
  return { blocks, header, column, colSpan: 1, rowSpan: 1 };
}
