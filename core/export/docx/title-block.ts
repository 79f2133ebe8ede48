import type { PeopleTable, TitleBlock } from '../types';
import { directionFormat, paragraph } from './content';
import { plainRun, portionMarkRun } from './runs';
import { STYLE } from './styles';
import { RULED_MARGINS, cellElement, rowElement, tableElement } from './tables';

const LABEL_SHARE = 0.22;

/** The title, the details (date, place…) and the people tables, closed by a rule. Width in twips. */
export function titleBlock(block: TitleBlock, width: number): string {
  const title = paragraph({ style: STYLE.title, ...directionFormat(block.titleDirection, null) }, portionMarkRun(block.portion) + plainRun(block.title));
  const details = block.details.length > 0 ? detailsTable(block, width) : '';
  const people = block.people.map((people) => peopleTable(people, width)).join('');
  const rule = paragraph({ border: { bottom: { style: 'single', size: 8, color: '1F3864', space: 4 } }, spacing: { before: 120, after: 240 } });
  return title + details + people + rule;
}

/** Date, time, place…: labels in a narrow column, values beside them, no rules. */
function detailsTable(block: TitleBlock, width: number): string {
  const rows = block.details.map((detail) => {
    const label = cellElement(paragraph({ style: STYLE.titleBlockLabel }, plainRun(detail.label)), { share: LABEL_SHARE });
    const value = cellElement(detail.lines.map((line) => paragraph({ style: STYLE.tableText }, plainRun(line))).join('') || paragraph({ style: STYLE.tableText }), { share: 1 - LABEL_SHARE });
    return rowElement(label + value);
  });
  const columnWidths = [Math.round(width * LABEL_SHARE), Math.round(width * (1 - LABEL_SHARE))];
  return tableElement({ columnWidths, ruled: false, margins: { top: 20, bottom: 20, left: 0, right: 100 } }, rows.join(''));
}

/** A caption, then the people in a ruled table with a header row. */
function peopleTable(people: PeopleTable, width: number): string {
  const columns = people.showSide ? ['Name', 'Title', 'Organisation', 'Side'] : ['Name', 'Title', 'Organisation'];
  const shares = people.showSide ? [0.28, 0.3, 0.27, 0.15] : [0.3, 0.35, 0.35];
  const line = (values: readonly string[], header: boolean) =>
    rowElement(values.map((value, index) => cellElement(paragraph({ style: header ? STYLE.tableHeading : STYLE.tableText }, plainRun(value)), { share: shares[index] ?? 0, header })).join(''), header);
  const rows = people.people.map((person) => line(people.showSide ? [person.name, person.title, person.organisation, person.side] : [person.name, person.title, person.organisation], false));
  const layout = { columnWidths: shares.map((share) => Math.round(share * width)), ruled: true, margins: RULED_MARGINS };
  return paragraph({ style: STYLE.caption }, plainRun(people.label)) + tableElement(layout, line(columns, true) + rows.join(''));
}
