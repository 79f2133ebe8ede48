import type { SerializedBodyNode } from '../document/schema';
import { FORMAT, paragraph, table, tableCell, tableRow, textNode } from '../import/nodes';
import type { PassageCiter } from './citing';
import { factSummary } from './english';
import { englishNumber, placeOf, type FactKind } from './facts';
import type { SeededRandom } from './random';
import { inlineNodes, italic, plain, type Inline } from './runs';
import { CAMPS, PRISONS, capitalize, compareDates, englishDate, englishMonth } from './world';

/** The tables the sample has, in turn: reported incidents, the sites at risk, deaths by month. */
export const TABLE_KINDS = ['incidents', 'facilities', 'casualties'] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

const CAPTIONS: Readonly<Record<TableKind, string>> = {
  incidents: 'Selected incidents reported in the period.',
  facilities: 'Detention sites and camps: population and assessed vulnerability.',
  casualties: 'Deaths by month, as reported.',
};

/** The table's caption (an italic paragraph before it, as analysts write one) and the table. */
export function sampleTable(kind: TableKind, number: number, random: SeededRandom, citer: PassageCiter): SerializedBodyNode[] {
  const caption = paragraph([textNode(`Table ${number}. ${CAPTIONS[kind]}`, FORMAT.italic)]);
  const body = kind === 'facilities' ? facilitiesTable(random) : factTable(kind === 'incidents' ? ['attack', 'arrests', 'bombing', 'transfer'] : ['casualties'], random, citer);
  return [caption, body];
}

/** Reported facts, one a row in date order, each row citing its source in the last column. */
function factTable(kinds: readonly FactKind[], random: SeededRandom, citer: PassageCiter): SerializedBodyNode {
  const rows = Array.from({ length: random.integer(4, 6) }, () => citer.nextEnglish((entry) => kinds.includes(entry.passage.fact.kind)));
  rows.sort((a, b) => compareDates(a.passage.fact.date, b.passage.fact.date));
  const casualties = kinds.includes('casualties');
  const header = casualties ? ['Month', 'Place', 'Militants', 'Security forces', 'Civilians', 'Reported by'] : ['Date', 'Place', 'Event', 'Reported by'];
  const body = rows.map((row) => {
    const { fact } = row.passage;
    const where = placeOf(fact)?.en ?? '';
    const cells = fact.kind === 'casualties' ? [englishMonth(fact.date), where, String(fact.fighters), String(fact.guards), String(fact.civilians)] : [englishDate(fact.date), where, factSummary(fact)];
    const reportedBy = capitalize(row.source.mention.text);
    return [...cells.map((text) => [plain(text)]), [row.source.mention.italic ? italic(reportedBy) : plain(reportedBy), citer.citation(row)]];
  });
  return tableOf(header, body);
}

function facilitiesTable(random: SeededRandom): SerializedBodyNode {
  const rows = [...PRISONS, ...CAMPS].map((site) => {
    const held = Math.round((site.population * (0.8 + random.next() * 0.4)) / 50) * 50;
    const cells = [capitalize(site.en.replace(/^the /, '')), site.place.en, englishNumber(held), random.pick(['Low', 'Moderate', 'High'])];
    return cells.map((text) => [plain(text)]);
  });
  return tableOf(['Site', 'Location', 'Held or resident (approx.)', 'Assessed vulnerability'], rows);
}

/** A table with a header row of bold cells. */
function tableOf(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<Inline[]>>): SerializedBodyNode {
  const headerRow = tableRow(header.map((text) => tableCell(true, [paragraph([textNode(text, FORMAT.bold)])])));
  const bodyRows = rows.map((cells) => tableRow(cells.map((content) => tableCell(false, [paragraph(inlineNodes(content))]))));
  return table([headerRow, ...bodyRows], header.length);
}
