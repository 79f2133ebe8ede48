import {
  AlignmentType,
  BorderStyle,
  EndnoteReferenceRun,
  ExternalHyperlink,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
  type NumberingDefinition,
  type ParagraphChild,
} from 'docx';
import { plainText } from '../body-blocks';
import { hasRightToLeftText } from '../direction';
import type {
  Alignment,
  Block,
  Direction,
  ExportWarning,
  HeadingBlock,
  ImageBlock,
  Inline,
  ListBlock,
  Notes,
  ParagraphBlock,
  TableBlock,
  TextStyle,
} from '../types';
import { HEADER_CELL_SHADING, LIST_LEVELS, RULED_TABLE, STYLE, listIndent, listLevels } from './styles';

/** A paragraph or a table: what a document, a table cell or a note holds. */
export type DocxBlock = Paragraph | Table;

/** Where blocks are laid out: how wide the space is, and whether they are a table cell's text. */
interface Frame {
  /** Twips. */
  width: number;
  cell: 'header' | 'body' | null;
}

const TWIPS_PER_PIXEL = 15;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const INDENT_STEP = 567;
const DOCX_IMAGE_TYPES = { png: 'png', jpeg: 'jpg', gif: 'gif' } as const;

/**
 * Lays the export model's blocks out as docx paragraphs and tables. Holds what the
 * document gathers on the way: the list definitions the lists used, and warnings for
 * what Word cannot show (a WebP image).
 */
export class DocxContent {
  readonly warnings: ExportWarning[] = [];
  private readonly listDefinitions = new Map<string, NumberingDefinition>();
  private section: string | null = null;

  constructor(
    private readonly notes: Notes,
    /** Twips. */
    private readonly textWidth: number,
    /** Twips: the most an image may take, so that it fits on a page with a little text. */
    private readonly maxImageHeight: number,
  ) {}

  /** The numbering definitions of the lists written so far, for the document's numbering part. */
  numbering(): NumberingDefinition[] {
    return [...this.listDefinitions.values()];
  }

  body(blocks: readonly Block[]): DocxBlock[] {
    return this.blocks(blocks, { width: this.textWidth, cell: null });
  }

  private blocks(blocks: readonly Block[], frame: Frame): DocxBlock[] {
    return blocks.flatMap((block) => this.block(block, frame));
  }

  /** Inline content as runs; links become hyperlinks, citations note marks. */
  runs(inlines: readonly Inline[], base: IRunOptions = {}): ParagraphChild[] {
    return inlines.flatMap((inline, index): ParagraphChild[] => {
      switch (inline.kind) {
        case 'text':
          return [new TextRun({ ...base, ...runStyle(inline.style, base.style), text: inline.text, rightToLeft: hasRightToLeftText(inline.text) || undefined })];
        case 'break':
          return [new TextRun({ ...base, break: 1 })];
        case 'tab':
          return [new TextRun({ ...base, children: [new Tab()] })];
        case 'note-ref': {
          // Citations side by side read "1,2", as in the editor, not "12".
          const separator = inlines[index - 1]?.kind === 'note-ref' ? [new TextRun({ ...base, text: ',', superScript: true })] : [];
          // docx's ParagraphChild type leaves EndnoteReferenceRun out, though a paragraph writes it like any run.
          const mark = this.notes.placement === 'endnotes' ? (new EndnoteReferenceRun(inline.number) as unknown as TextRun) : new FootnoteReferenceRun(inline.number);
          return [...separator, mark];
        }
        case 'link':
          return [new ExternalHyperlink({ link: inline.url, children: this.runs(inline.children, { ...base, style: STYLE.hyperlink }) })];
      }
    });
  }

  private block(block: Block, frame: Frame): DocxBlock[] {
    switch (block.kind) {
      case 'heading':
        return [this.heading(block)];
      case 'paragraph':
        return [this.paragraph(block, frame)];
      case 'quote':
        return [new Paragraph({ style: STYLE.quote, children: [...portionMarkRuns(block.portion), ...this.runs(block.runs)], ...directionOptions(block.direction, null) })];
      case 'list':
        return this.list(block, frame);
      case 'table': {
        // The table's mark stands on a line of its own above it, kept with it.
        const mark = block.portion === undefined ? [] : [new Paragraph({ style: STYLE.tableText, keepNext: true, children: portionMarkRuns(block.portion) })];
        // Word tables have no spacing of their own: a small empty paragraph keeps the next text off the table's edge.
        return [...mark, this.table(block, frame.width), new Paragraph({ style: STYLE.tableSpacer })];
      }
      case 'rule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'A6A6A6', space: 1 } }, spacing: { after: 200 } })];
      case 'image':
        return [this.image(block, frame)];
    }
  }

  private heading(block: HeadingBlock): Paragraph {
    this.section = plainText(block.runs).trim();
    return new Paragraph({ heading: HEADINGS[block.level - 1], children: [...portionMarkRuns(block.portion), ...this.runs(block.runs)], ...directionOptions(block.direction, block.align) });
  }

  private paragraph(block: ParagraphBlock, frame: Frame): Paragraph {
    const style = block.placeholder ? STYLE.placeholder : cellStyle(frame);
    return new Paragraph({
      style,
      children: [...portionMarkRuns(block.portion), ...this.runs(block.runs)],
      indent: block.indent > 0 ? { start: block.indent * INDENT_STEP } : undefined,
      ...directionOptions(block.direction, block.align),
    });
  }

  /**
   * A list's items as numbered paragraphs. Each list, nested ones included, is its own
   * numbering instance, so every list counts from its own start.
   */
  private list(list: ListBlock, frame: Frame): Paragraph[] {
    const level = Math.min(list.depth, LIST_LEVELS - 1);
    return list.items.flatMap((item) => {
      const nested = item.lists.flatMap((child) => this.list(child, frame));
      // A nested list Lexical put at the very start of its parent has no text of its own to number.
      if (item.runs.length === 0 && nested.length > 0) return nested;
      const direction = directionOptions(item.direction, null);
      if (list.style === 'check') {
        // The box hangs where a bullet would, the text starts at the hanging indent's tab stop.
        const box = new TextRun({ children: [item.checked ? '\u2612' : '\u2610', new Tab()] });
        return [new Paragraph({ style: 'ListParagraph', indent: listIndent(level), children: [box, ...portionMarkRuns(item.portion), ...this.runs(item.runs)], ...direction }), ...nested];
      }
      const reference = this.listReference(list.style, list.start);
      return [new Paragraph({ numbering: { reference, level, instance: list.listId }, children: [...portionMarkRuns(item.portion), ...this.runs(item.runs)], ...direction }), ...nested];
    });
  }

  private listReference(style: 'bullet' | 'number', start: number): string {
    const reference = style === 'bullet' ? 'bullet' : `number-from-${start}`;
    if (!this.listDefinitions.has(reference)) this.listDefinitions.set(reference, { reference, levels: listLevels(style, start) });
    return reference;
  }

  private table(table: TableBlock, width: number): Table {
    const columnWidths = table.columnWidths.map((share) => Math.round(share * width));
    const rows = table.rows.map((row, rowIndex) => {
      const cells = row.cells.map((cell) => {
        const span = cell.colSpan;
        const cellWidth = sum(columnWidths.slice(cell.column, cell.column + span));
        const share = sum(table.columnWidths.slice(cell.column, cell.column + span));
        const header = cell.header || rowIndex < table.headerRowCount;
        const content = this.blocks(cell.blocks, { width: cellWidth, cell: header ? 'header' : 'body' });
        return new TableCell({
          children: content.length > 0 ? content : [new Paragraph({ style: STYLE.tableText })],
          columnSpan: span > 1 ? span : undefined,
          rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
          width: { size: Math.round(share * 1000) / 10, type: WidthType.PERCENTAGE },
          shading: header ? HEADER_CELL_SHADING : undefined,
        });
      });
      return new TableRow({ children: cells, tableHeader: rowIndex < table.headerRowCount || undefined, cantSplit: true });
    });
    return new Table({
      rows,
      width: { size: 100, type: WidthType.PERCENTAGE },
      columnWidths,
      layout: TableLayoutType.FIXED,
      ...RULED_TABLE,
    });
  }

  /** An image scaled to fit the space it is in; WebP, which Word's format does not take, becomes its description. */
  private image(image: ImageBlock, frame: Frame): Paragraph {
    const description = image.altText || 'no description';
    const type = image.format === 'webp' ? undefined : DOCX_IMAGE_TYPES[image.format];
    if (!type || !image.naturalSize) {
      const why = type ? 'cannot be read' : 'is in WebP format, which Word documents cannot hold';
      this.warn(`The image “${description}” ${why}; the DOCX shows its description instead.`);
      return new Paragraph({ style: STYLE.placeholder, children: [new TextRun(`[Image: ${description}]`)] });
    }
    const { width, height } = fitImage(image, frame.width / TWIPS_PER_PIXEL, this.maxImageHeight / TWIPS_PER_PIXEL);
    const run = new ImageRun({
      type,
      data: image.bytes,
      transformation: { width, height },
      altText: { name: description, description: image.altText, title: image.altText },
    });
    return new Paragraph({ children: [run], alignment: AlignmentType.CENTER, spacing: { before: 120, after: 120 } });
  }

  private warn(message: string): void {
    const where = this.section ? ` (in “${this.section}”)` : '';
    this.warnings.push({ code: 'unsupported-image', message: message.replace(/\.$/, `${where}.`), section: this.section });
  }
}

/**
 * A portion's mark in front of its text, `(S//NF) `, as a run of its own: the paragraph's
 * font and size, but never bold or italic (direct formatting, since a character style
 * cannot switch off a heading's bold). First in logical order, so a right-to-left
 * paragraph shows it at its right-hand start.
 */
export function portionMarkRuns(portion: string | undefined): TextRun[] {
  return portion === undefined ? [] : [new TextRun({ text: `${portion} `, style: STYLE.portionMark, bold: false, italics: false })];
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Pixels: the analyst's width, else the image's own, never wider than the space nor taller than the page allows. */
function fitImage(image: ImageBlock, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const natural = image.naturalSize as { width: number; height: number };
  const aspect = natural.height / natural.width;
  let width = Math.min(image.displayWidth ?? natural.width, maxWidth);
  if (width * aspect > maxHeight) width = maxHeight / aspect;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(width * aspect)) };
}

/** Direct formatting for a text's style; code takes the Inline Code character style, else the surrounding one (a link's) stays. */
function runStyle(style: TextStyle, characterStyle: string | undefined): IRunOptions {
  return {
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined,
    strike: style.strike,
    subScript: style.script === 'sub' || undefined,
    superScript: style.script === 'super' || undefined,
    style: style.code ? STYLE.inlineCode : characterStyle,
  };
}

function cellStyle(frame: Frame): string | undefined {
  if (frame.cell === 'header') return STYLE.tableHeading;
  if (frame.cell === 'body') return STYLE.tableText;
  return undefined;
}

/**
 * A right-to-left paragraph is bidirectional; alignment is written as start or end, which
 * Word and LibreOffice read the same way in both directions.
 */
export function directionOptions(direction: Direction, align: Alignment | null): { bidirectional?: boolean; alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] } {
  const rtl = direction === 'rtl';
  const alignment = ((): (typeof AlignmentType)[keyof typeof AlignmentType] | undefined => {
    switch (align) {
      case 'center':
        return AlignmentType.CENTER;
      case 'justify':
        return AlignmentType.BOTH;
      case 'left':
        return rtl ? AlignmentType.END : AlignmentType.START;
      case 'right':
        return rtl ? AlignmentType.START : AlignmentType.END;
      default:
        return undefined;
    }
  })();
  return { bidirectional: rtl || undefined, alignment };
}
