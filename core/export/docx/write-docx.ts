import { BorderStyle, Document, EndnotePosition, HeadingLevel, NumberFormat, Packer, Paragraph, Table, TableBorders, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { hasRightToLeftText } from '../direction';
import type { Appendix, ExportModel, ExportWarning, MarkingOverride, Note, PeopleTable, SourceList, TitleBlock } from '../types';
import { DocxContent, directionOptions, portionMarkRuns, type DocxBlock } from './content';
import { corePropertiesPart, fontTablePart } from './package-parts';
import { pageFooter, pageHeader } from './page-furniture';
import { HEADER_CELL_SHADING, RULED_TABLE, STYLE, documentStyles } from './styles';

/** Twips. */
const PAGE_SIZES = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1440;
const HEADER_DISTANCE = 567;
/** An image may take this share of the page's text height, leaving room for its paragraph. */
const MAX_IMAGE_SHARE = 0.6;

export interface DocxExport {
  bytes: Uint8Array;
  /** What the DOCX could not show as the model has it (a WebP image), in an analyst's words. */
  warnings: ExportWarning[];
}

/**
 * Writes the export model as a DOCX: Word styles, numbered lists, tables with repeating
 * header rows, real footnotes or endnotes, the banner and "Page X of Y" on every page.
 * Runs anywhere core/ runs: docx packs with fflate into bytes, no Node or DOM needed.
 */
export async function writeDocx(model: ExportModel): Promise<DocxExport> {
  const page = PAGE_SIZES[model.paper];
  const textWidth = page.width - 2 * MARGIN;
  const content = new DocxContent(model.notes, textWidth, (page.height - 2 * MARGIN) * MAX_IMAGE_SHARE);
  const children: DocxBlock[] = [
    ...titleBlock(model.titleBlock, textWidth),
    ...content.body(model.blocks),
    ...sourceList(model.sourceList, content),
    ...appendix(model.appendix, content),
  ];
  const notes = Object.fromEntries(model.notes.items.map((note) => [String(note.number), { children: [noteParagraph(note, content, model.notes.placement)] }]));
  const { properties } = model;
  const document = new Document({
    // Title, subject, author and times go in the core properties part written below.
    styles: documentStyles(),
    numbering: { config: content.numbering() },
    customProperties: [
      ...(properties.marking ? [{ name: 'Marking', value: properties.marking }] : []),
      ...(model.distribution ? [{ name: 'Distribution copy', value: 'Yes' }] : []),
      ...overrideProperties(properties.markingOverride),
    ],
    ...(model.notes.placement === 'endnotes' ? { endnotes: notes } : { footnotes: notes }),
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height },
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: HEADER_DISTANCE, footer: HEADER_DISTANCE },
          },
          // Endnotes count 1, 2, 3 like the editor's note marks, not Word's default i, ii, iii.
          endnoteProperties: { numberFormat: { type: NumberFormat.DECIMAL }, position: EndnotePosition.DOCUMENT_END },
        },
        headers: { default: pageHeader(model.banner) },
        footers: { default: pageFooter(model.banner) },
        children,
      },
    ],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [corePropertiesPart(properties), fontTablePart()]);
  return { bytes, warnings: content.warnings };
}

function titleBlock(block: TitleBlock, width: number): DocxBlock[] {
  const title = new Paragraph({
    heading: HeadingLevel.TITLE,
    children: [...portionMarkRuns(block.portion), new TextRun({ text: block.title, rightToLeft: hasRightToLeftText(block.title) || undefined })],
    ...directionOptions(block.titleDirection, null),
  });
  const details = block.details.length > 0 ? [detailsTable(block, width)] : [];
  const people = block.people.flatMap((table) => peopleTable(table, width));
  const rule = new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 8, color: '1F3864', space: 4 } }, spacing: { before: 120, after: 240 } });
  return [title, ...details, ...people, rule];
}

/** Date, time, place…: labels in a narrow column, values beside them, no rules. */
function detailsTable(block: TitleBlock, width: number): Table {
  const labelShare = 0.22;
  const rows = block.details.map(
    (detail) =>
      new TableRow({
        cantSplit: true,
        children: [
          new TableCell({ width: { size: labelShare * 100, type: WidthType.PERCENTAGE }, children: [new Paragraph({ style: STYLE.titleBlockLabel, text: detail.label })] }),
          new TableCell({
            width: { size: (1 - labelShare) * 100, type: WidthType.PERCENTAGE },
            children: detail.lines.map((line) => new Paragraph({ style: STYLE.tableText, children: [new TextRun({ text: line, rightToLeft: hasRightToLeftText(line) || undefined })] })),
          }),
        ],
      }),
  );
  return new Table({
    rows,
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: [Math.round(width * labelShare), Math.round(width * (1 - labelShare))],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    margins: { top: 20, bottom: 20, left: 0, right: 100 },
  });
}

function peopleTable(table: PeopleTable, width: number): DocxBlock[] {
  const columns = table.showSide ? ['Name', 'Title', 'Organisation', 'Side'] : ['Name', 'Title', 'Organisation'];
  const shares = table.showSide ? [0.28, 0.3, 0.27, 0.15] : [0.3, 0.35, 0.35];
  const cell = (text: string, share: number, header: boolean) =>
    new TableCell({
      width: { size: share * 100, type: WidthType.PERCENTAGE },
      shading: header ? HEADER_CELL_SHADING : undefined,
      children: [new Paragraph({ style: header ? STYLE.tableHeading : STYLE.tableText, children: [new TextRun({ text, rightToLeft: hasRightToLeftText(text) || undefined })] })],
    });
  const header = new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((column, index) => cell(column, shares[index] ?? 0, true)) });
  const rows = table.people.map((person) => {
    const values = table.showSide ? [person.name, person.title, person.organisation, person.side] : [person.name, person.title, person.organisation];
    return new TableRow({ cantSplit: true, children: values.map((value, index) => cell(value, shares[index] ?? 0, false)) });
  });
  return [
    new Paragraph({ style: STYLE.caption, text: table.label }),
    new Table({
      rows: [header, ...rows],
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths: shares.map((share) => Math.round(share * width)),
      layout: TableLayoutType.FIXED,
      ...RULED_TABLE,
    }),
  ];
}

/** The source list: each source's full reference, grade included, with a hanging indent. */
function sourceList(list: SourceList | null, content: DocxContent): DocxBlock[] {
  if (!list || list.entries.length === 0) return [];
  const entries = list.entries.map((entry) => new Paragraph({ style: STYLE.sourceEntry, children: [...portionMarkRuns(entry.portion), ...content.runs(entry.runs)] }));
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [...portionMarkRuns(list.portion), new TextRun(list.heading)] }), ...entries];
}

/** An appendix after the source list: a Heading 1, then its blocks as body text. */
function appendix(block: Appendix | null, content: DocxContent): DocxBlock[] {
  if (!block) return [];
  return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [...portionMarkRuns(block.portion), new TextRun(block.heading)] }), ...content.body(block.blocks)];
}

/** Word keeps custom text properties of at most 255 characters. */
const MAX_PROPERTY_LENGTH = 255;
/** More findings than this are counted, not each listed. */
const MAX_LISTED_FINDINGS = 50;

/**
 * An export made over marking errors says so in custom properties a records system reads:
 * "Marking override" holds the analyst's reason, "Marking override findings" how many
 * findings were overridden, and "Marking override finding 1", "… 2" each one.
 */
function overrideProperties(override: MarkingOverride | undefined): Array<{ name: string; value: string }> {
  if (!override) return [];
  const fit = (text: string) => (text.length <= MAX_PROPERTY_LENGTH ? text : `${text.slice(0, MAX_PROPERTY_LENGTH - 1)}…`);
  const findings = override.findings.slice(0, MAX_LISTED_FINDINGS).map((finding, index) => ({ name: `Marking override finding ${index + 1}`, value: fit(finding) }));
  return [{ name: 'Marking override', value: fit(override.reason) }, { name: 'Marking override findings', value: String(override.findings.length) }, ...findings];
}

/** A note's text after its number (docx puts the number in front). */
function noteParagraph(note: Note, content: DocxContent, placement: 'footnotes' | 'endnotes'): Paragraph {
  return new Paragraph({
    style: placement === 'endnotes' ? STYLE.endnoteText : STYLE.footnoteText,
    children: [new TextRun(' '), ...portionMarkRuns(note.portion), ...content.runs(note.runs)],
  });
}
