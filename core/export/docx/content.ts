import { plainText } from '../body-blocks';
import type { Alignment, Block, Direction, ExportWarning, HeadingBlock, ImageBlock, Inline, ListBlock, ParagraphBlock, TableBlock, TableCell } from '../types';
import { inlinePictureRun } from './drawing';
import { DOCX_IMAGE_EXTENSIONS, type DocumentMedia } from './media';
import { LIST_LEVELS, listIndent, type ListNumbering } from './numbering';
import { paragraphProperties, type Justification, type ParagraphFormat } from './properties';
import { plainRun, portionMarkRun, type RunWriter } from './runs';
import { HEADING_STYLES, STYLE } from './styles';
import { RULED_MARGINS, cellElement, rowElement, tableElement } from './tables';

/** Where blocks are laid out: how wide the space is, and whether they are a table cell's text. */
interface Frame {
  /** Twips. */
  width: number;
  cell: 'header' | 'body' | null;
}

const TWIPS_PER_PIXEL = 15;
const INDENT_STEP = 567;

/**
 * Lays the export model's blocks out as WordprocessingML paragraphs and tables. Gathers
 * on the way what the package needs beside the text (list instances, images) and warnings
 * for what Word cannot show (a WebP image).
 */
export class DocxContent {
  readonly warnings: ExportWarning[] = [];
  private section: string | null = null;
  private drawings = 0;

  constructor(
    private readonly inline: RunWriter,
    private readonly numbering: ListNumbering,
    private readonly media: DocumentMedia,
    /** Twips. */
    private readonly textWidth: number,
    /** Twips: the most an image may take, so that it fits on a page with a little text. */
    private readonly maxImageHeight: number,
  ) {}

  body(blocks: readonly Block[]): string {
    return this.blocks(blocks, { width: this.textWidth, cell: null });
  }

  /** Inline content as runs; links become hyperlinks, citations note marks. */
  runs(inlines: readonly Inline[]): string {
    return this.inline.runs(inlines);
  }

  private blocks(blocks: readonly Block[], frame: Frame): string {
    let xml = '';
    for (const block of blocks) xml += this.block(block, frame);
    return xml;
  }

  private block(block: Block, frame: Frame): string {
    switch (block.kind) {
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block, frame);
      case 'quote':
        return paragraph({ style: STYLE.quote, ...directionFormat(block.direction, null) }, portionMarkRun(block.portion) + this.runs(block.runs));
      case 'list':
        return this.list(block);
      case 'table': {
        // The table's mark stands on a line of its own above it, kept with it.
        const mark = block.portion === undefined ? '' : paragraph({ style: STYLE.tableText, keepNext: true }, portionMarkRun(block.portion));
        // Word tables have no spacing of their own: a small empty paragraph keeps the next text off the table's edge.
        return mark + this.table(block, frame.width) + paragraph({ style: STYLE.tableSpacer });
      }
      case 'rule':
        return paragraph({ border: { bottom: { style: 'single', size: 6, color: 'A6A6A6', space: 1 } }, spacing: { after: 200 } });
      case 'image':
        return this.image(block, frame);
    }
  }

  private heading(block: HeadingBlock): string {
    this.section = plainText(block.runs).trim();
    return paragraph({ style: HEADING_STYLES[block.level - 1], ...directionFormat(block.direction, block.align) }, portionMarkRun(block.portion) + this.runs(block.runs));
  }

  private paragraph(block: ParagraphBlock, frame: Frame): string {
    const format: ParagraphFormat = {
      style: block.placeholder ? STYLE.placeholder : cellStyle(frame),
      ...directionFormat(block.direction, block.align),
      indent: block.indent > 0 ? { start: block.indent * INDENT_STEP } : undefined,
    };
    return paragraph(format, portionMarkRun(block.portion) + this.runs(block.runs));
  }

  /**
   * A list's items as numbered paragraphs. Each list, nested ones included, is its own
   * numbering instance, so every list counts from its own start.
   */
  private list(list: ListBlock): string {
    const level = Math.min(list.depth, LIST_LEVELS - 1);
    const numbering = list.style === 'check' ? null : { id: this.numbering.instance(list.style, level, list.start), level };
    let xml = '';
    for (const item of list.items) {
      const nested = item.lists.map((child) => this.list(child)).join('');
      // A nested list Lexical put at the very start of its parent has no text of its own to number.
      if (item.runs.length === 0 && nested !== '') {
        xml += nested;
        continue;
      }
      const text = portionMarkRun(item.portion) + this.runs(item.runs);
      const direction = directionFormat(item.direction, null);
      if (numbering) {
        xml += paragraph({ style: STYLE.listParagraph, numbering, ...direction }, text);
      } else {
        // The box hangs where a bullet would, the text starts at the hanging indent's tab stop.
        const box = `<w:r><w:t xml:space="preserve">${item.checked ? '\u2612' : '\u2610'}</w:t><w:tab/></w:r>`;
        xml += paragraph({ style: STYLE.listParagraph, indent: listIndent(level), ...direction }, box + text);
      }
      xml += nested;
    }
    return xml;
  }

  /** A table; a cell spanning down is merged with the empty slots below it, which Word needs as cells of their own. */
  private table(block: TableBlock, width: number): string {
    const columnWidths = block.columnWidths.map((share) => Math.round(share * width));
    let spanningDown: Array<{ cell: TableCell; header: boolean; lastRow: number }> = [];
    const rows = block.rows.map((row, rowIndex) => {
      const headerRow = rowIndex < block.headerRowCount;
      const slots = spanningDown.map((span) => ({ column: span.cell.column, xml: cellElement('<w:p/>', { ...cellSpan(block, span.cell), verticalMerge: 'continue', header: span.header }) }));
      spanningDown = spanningDown.filter((span) => span.lastRow > rowIndex);
      const own = row.cells.map((cell) => {
        const header = cell.header || headerRow;
        if (cell.rowSpan > 1) spanningDown.push({ cell, header, lastRow: rowIndex + cell.rowSpan - 1 });
        return { column: cell.column, xml: this.cell(block, cell, header, sum(columnWidths.slice(cell.column, cell.column + cell.colSpan))) };
      });
      const cells = [...slots, ...own].sort((a, b) => a.column - b.column);
      return rowElement(cells.map((entry) => entry.xml).join(''), headerRow);
    });
    return tableElement({ columnWidths, ruled: true, margins: RULED_MARGINS }, rows.join(''));
  }

  /** A cell's blocks as table text (header cells in the Table Heading style); twips wide. */
  private cell(block: TableBlock, cell: TableCell, header: boolean, width: number): string {
    const content = this.blocks(cell.blocks, { width, cell: header ? 'header' : 'body' });
    return cellElement(content === '' ? paragraph({ style: STYLE.tableText }) : content, { ...cellSpan(block, cell), verticalMerge: cell.rowSpan > 1 ? 'restart' : undefined, header });
  }

  /** An image scaled to fit the space it is in; WebP, which Word's format does not take, becomes its description. */
  private image(image: ImageBlock, frame: Frame): string {
    const description = image.altText || 'no description';
    const extension = image.format === 'webp' ? undefined : DOCX_IMAGE_EXTENSIONS[image.format];
    if (!extension || !image.naturalSize) {
      const why = extension ? 'cannot be read' : 'is in WebP format, which Word documents cannot hold';
      this.warn(`The image “${description}” ${why}; the DOCX shows its description instead.`);
      return paragraph({ style: STYLE.placeholder }, plainRun(`[Image: ${description}]`));
    }
    const { width, height } = fitImage(image.naturalSize, image.displayWidth, frame.width / TWIPS_PER_PIXEL, this.maxImageHeight / TWIPS_PER_PIXEL);
    this.drawings += 1;
    const picture = inlinePictureRun({ relationshipId: this.media.add(image, extension), drawingId: this.drawings, width, height, name: description, description: image.altText });
    return paragraph({ spacing: { before: 120, after: 120 }, justification: 'center' }, picture);
  }

  private warn(message: string): void {
    const where = this.section ? ` (in “${this.section}”)` : '';
    this.warnings.push({ code: 'unsupported-image', message: message.replace(/\.$/, `${where}.`), section: this.section });
  }
}

/** A paragraph: its properties, then its runs. */
export function paragraph(format: ParagraphFormat, runs = ''): string {
  return `<w:p>${paragraphProperties(format)}${runs}</w:p>`;
}

/**
 * A right-to-left paragraph is bidirectional; alignment is written as start or end, which
 * Word and LibreOffice read the same way in both directions.
 */
export function directionFormat(direction: Direction, align: Alignment | null): Pick<ParagraphFormat, 'bidi' | 'justification'> {
  const rtl = direction === 'rtl';
  return { bidi: rtl || undefined, justification: justification(align, rtl) };
}

function justification(align: Alignment | null, rtl: boolean): Justification | undefined {
  switch (align) {
    case 'center':
      return 'center';
    case 'justify':
      return 'both';
    case 'left':
      return rtl ? 'end' : 'start';
    case 'right':
      return rtl ? 'start' : 'end';
    default:
      return undefined;
  }
}

/** A cell's share of the table's width and the grid columns it spans. */
function cellSpan(block: TableBlock, cell: TableCell): { share: number; colSpan: number } {
  return { share: sum(block.columnWidths.slice(cell.column, cell.column + cell.colSpan)), colSpan: cell.colSpan };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Pixels: the analyst's width, else the image's own, never wider than the space nor taller than the page allows. */
function fitImage(natural: { width: number; height: number }, displayWidth: number | null, maxWidth: number, maxHeight: number): { width: number; height: number } {
  const aspect = natural.height / natural.width;
  let width = Math.min(displayWidth ?? natural.width, maxWidth);
  if (width * aspect > maxHeight) width = maxHeight / aspect;
  return { width: Math.max(1, Math.round(width)), height: Math.max(1, Math.round(width * aspect)) };
}

function cellStyle(frame: Frame): string | undefined {
  if (frame.cell === 'header') return STYLE.tableHeading;
  if (frame.cell === 'body') return STYLE.tableText;
  return undefined;
}
