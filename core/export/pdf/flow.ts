import type { PdfContent, PdfImageNode, PdfTextNode } from 'pdfmake';
import { bytesToBase64 } from '../../text/base64';
import { plainText } from '../body-blocks';
import { detectDirection } from '../direction';
import type { Appendix, Block, Direction, ExportModel, ExportWarning, HeadingBlock, ImageBlock, Inline, ListBlock, Note, ParagraphBlock, SourceList, TableBlock } from '../types';
import type { FlowItem } from './flow-item';
import type { FontMetrics } from './fonts';
import { listMarker } from './list-markers';
import { COLOR, INDENT_STEP, LIST_STEP, MAX_IMAGE_SHARE, POINTS_PER_PIXEL, QUOTE_BAR_GAP, QUOTE_BAR_WIDTH, QUOTE_INDENT, SIZE, SOURCE_HANGING_INDENT, SPACE } from './styles';
import { TABLE_LAYOUT } from './table-layouts';
import { tableItems, type CellContent } from './tables';
import { noteDestination, paragraphLines, portionSpans, spansOf, type ParagraphFrame, type RunStyle } from './text-content';
import { titleBlockItems } from './title-block';

export interface FlowContext {
  metrics: FontMetrics;
  /** Points. */
  textWidth: number;
  bodyHeight: number;
}

/** The document as page items, ready for the page planner; footnotes apart, as each note's lines. */
export interface Flow {
  items: FlowItem[];
  /** Footnotes only: each note's lines, by number; the first line is the destination of the note's mark. */
  noteLines: Map<number, PdfContent[]>;
  /** Images by the key the document definition names them with, as data URLs. */
  images: Record<string, string>;
  warnings: ExportWarning[];
}

type Line = { node: PdfContent; notes: number[] };
type TextLine = { node: PdfTextNode; notes: number[] };

/** pdfkit embeds PNG and JPEG only. */
const PDF_IMAGE_FORMATS = new Set(['png', 'jpeg']);

/** Lays the export model out as page items: text broken into lines, tables into row groups. */
export function buildFlow(model: ExportModel, context: FlowContext): Flow {
  const builder = new FlowBuilder(context);
  builder.titleBlock(model);
  for (const block of model.blocks) builder.block(block);
  builder.sourceList(model.sourceList);
  builder.appendix(model.appendix);
  if (model.notes.placement === 'endnotes') builder.endnotes(model.notes.items);
  const noteLines = new Map(model.notes.placement === 'footnotes' ? model.notes.items.map((note) => [note.number, builder.noteLines(note)] as const) : []);
  return { items: builder.items, noteLines, images: builder.images, warnings: builder.finish() };
}

export class FlowBuilder {
  readonly items: FlowItem[] = [];
  readonly images: Record<string, string> = {};
  private readonly warnings: ExportWarning[] = [];
  /** Characters neither bundled font has. */
  private readonly missing = new Set<string>();
  /** Space the last block asked for below it. */
  private pendingSpace = 0;
  /** The headings above the current point, for the outline's nesting. */
  private readonly headingPath: Array<{ level: number; id: string }> = [];
  private headingCount = 0;
  private section: string | null = null;

  constructor(private readonly context: FlowContext) {}

  get width(): number {
    return this.context.textWidth;
  }

  /** A warning for each thing the PDF could not show as the model has it; call once, at the end. */
  finish(): ExportWarning[] {
    if (this.missing.size > 0) {
      const sample = [...this.missing].slice(0, 8).join(' ');
      this.warnings.push({
        code: 'unknown-content',
        message: `Some text is in a script the PDF’s fonts (Noto Sans, Noto Naskh Arabic) do not cover (“${sample}”); those characters show as empty boxes.`,
        section: null,
      });
    }
    return this.warnings;
  }

  titleBlock(model: ExportModel): void {
    titleBlockItems(model.titleBlock, this);
  }

  block(block: Block): void {
    switch (block.kind) {
      case 'heading':
        return this.heading(block);
      case 'paragraph':
        return this.paragraph(block);
      case 'quote': {
        const inner = this.width - 2 * QUOTE_INDENT - QUOTE_BAR_WIDTH - QUOTE_BAR_GAP;
        const lines = this.textLines(block.runs, { size: SIZE.body, color: COLOR.quote, italic: true }, { width: inner, direction: block.direction, align: null }, block.portion);
        const barred = lines.map((line) => ({ ...line, node: { table: { widths: [inner], body: [[{ stack: [line.node] }]] }, layout: TABLE_LAYOUT.quote, margin: [QUOTE_INDENT, 0, QUOTE_INDENT, 0] } as PdfContent }));
        return this.addLines(barred, { before: SPACE.quote, after: SPACE.quote }, 'paragraph');
      }
      case 'list':
        this.listItems(block);
        this.pendingSpace = SPACE.listAfter;
        return;
      case 'table':
        // The table's mark stands on a line of its own, kept with the table's first row.
        if (block.portion !== undefined) this.addLines(this.textLines([], { size: SIZE.table, color: COLOR.text }, { width: this.width, direction: 'ltr', align: null }, block.portion), { before: 0, after: 2 }, 'together');
        return this.table(block, true);
      case 'rule':
        return this.addRule(0.75, COLOR.rule, { before: 2, after: SPACE.ruleAfter });
      case 'image': {
        const node = this.imageNode(block, this.width, this.context.bodyHeight * MAX_IMAGE_SHARE);
        if (!node) return this.paragraph(imagePlaceholder(block));
        this.addItem(node, this.pendingSpace + SPACE.image, false);
        this.pendingSpace = SPACE.image;
        return;
      }
    }
  }

  heading(block: HeadingBlock): void {
    const level = block.level;
    const text = plainText(block.runs).trim();
    this.section = text;
    const base: RunStyle = { size: SIZE.headings[level - 1] as number, color: COLOR.heading, bold: true, italic: level === 4 || undefined };
    const lines = this.textLines(block.runs, base, { width: this.width, direction: block.direction, align: block.align }, block.portion);
    while (this.headingPath.length > 0 && (this.headingPath[this.headingPath.length - 1] as { level: number }).level >= level) this.headingPath.pop();
    const id = `heading-${(this.headingCount += 1)}`;
    // The PDF outline (bookmarks) nests each heading under the nearest heading above it of a higher level.
    Object.assign((lines[0] as Line).node, { id, outline: true, outlineText: text || 'Untitled section', outlineParentId: this.headingPath[this.headingPath.length - 1]?.id });
    this.headingPath.push({ level, id });
    this.addLines(lines, { before: SPACE.headingBefore[level - 1] as number, after: SPACE.headingAfter }, 'together');
  }

  /** Text lines with their space: none between lines, the spacing above the first; a paragraph never leaves one line alone at either side of a page break. */
  addLines(lines: readonly Line[], spacing: { before: number; after: number }, keep: 'paragraph' | 'together'): void {
    lines.forEach((line, index) => {
      const keepWithNext = keep === 'together' || (lines.length >= 2 && (index === 0 || index === lines.length - 2));
      this.items.push({ node: line.node, gapBefore: index === 0 ? this.pendingSpace + spacing.before : 0, keepWithNext, notes: line.notes, repeatAtTop: [] });
    });
    this.pendingSpace = spacing.after;
  }

  addItem(node: PdfContent, gapBefore: number, keepWithNext: boolean): void {
    this.items.push({ node, gapBefore, keepWithNext, notes: [], repeatAtTop: [] });
  }

  /** A rule across the text, with space above and below. */
  addRule(lineWidth: number, color: string, spacing: { before: number; after: number }): void {
    this.addItem(ruleNode(this.width, lineWidth, color), this.pendingSpace + spacing.before, false);
    this.pendingSpace = spacing.after;
  }

  /** Text broken into lines, after the portion's mark when it prints one. */
  textLines(inlines: readonly Inline[], base: RunStyle, frame: ParagraphFrame, portion?: string): TextLine[] {
    return paragraphLines([...portionSpans(portion, base), ...spansOf(inlines, base)], frame, this.context.metrics, this.missing);
  }

  /** A table's row groups; a cell's content is set at the cell's inner width. */
  table(table: TableBlock, ruled: boolean, cell = (blocks: readonly Block[], width: number, header: boolean) => this.cellContent(blocks, width, header)): void {
    const items = tableItems(table, { width: this.width, ruled, cell: (tableCell, width, header) => cell(tableCell.blocks, width, header) }, this.items.length);
    const [first] = items;
    if (first) first.gapBefore = this.pendingSpace;
    this.items.push(...items);
    this.pendingSpace = SPACE.tableAfter;
  }

  sourceList(list: SourceList | null): void {
    if (!list || list.entries.length === 0) return;
    this.heading({ ...syntheticHeading(list.heading), portion: list.portion });
    for (const entry of list.entries) {
      const frame: ParagraphFrame = { width: this.width - SOURCE_HANGING_INDENT, firstLineWidth: this.width, direction: detectDirection(plainText(entry.runs)), align: null };
      const lines = this.textLines(entry.runs, { size: SIZE.body, color: COLOR.text }, frame, entry.portion);
      lines.slice(1).forEach((line) => hang(line.node, SOURCE_HANGING_INDENT, frame.direction));
      this.addLines(lines, { before: 0, after: SPACE.sourceEntryAfter }, 'paragraph');
    }
  }

  /** An appendix after the source list: its heading, then its blocks as body text. */
  appendix(appendix: Appendix | null): void {
    if (!appendix) return;
    this.heading({ ...syntheticHeading(appendix.heading), portion: appendix.portion });
    for (const block of appendix.blocks) this.block(block);
  }

  /** Notes at the end, after a "Notes" heading, each as the DOCX's endnotes show them. */
  endnotes(notes: readonly Note[]): void {
    if (notes.length === 0) return;
    this.heading(syntheticHeading('Notes'));
    for (const note of notes) {
      const lines = this.noteLines(note).map((node) => ({ node, notes: [] }));
      this.addLines(lines, { before: 0, after: SPACE.betweenNotes + 1.5 }, 'paragraph');
    }
  }

  /**
   * A note's lines: its number, then its text; the first line is where the note's mark links
   * to. The number sits on the line, as in a book's notes, so that copying or extracting a
   * note's text keeps the number with it.
   */
  noteLines(note: Note): PdfContent[] {
    const base: RunStyle = { size: SIZE.note, color: COLOR.text };
    const spans = [{ text: `${note.number} `, style: base }, ...portionSpans(note.portion, base), ...spansOf(note.runs, base)];
    const lines = paragraphLines(spans, { width: this.width, direction: detectDirection(plainText(note.runs)), align: null }, this.context.metrics, this.missing);
    Object.assign((lines[0] as Line).node, { id: noteDestination(note.number) });
    return lines.map((line) => line.node);
  }

  private paragraph(block: ParagraphBlock): void {
    const indent = block.indent * INDENT_STEP;
    const base: RunStyle = block.placeholder ? { size: SIZE.body, color: COLOR.muted, italic: true } : { size: SIZE.body, color: COLOR.text };
    const lines = this.textLines(block.runs, base, { width: this.width - indent, direction: block.direction, align: block.align }, block.portion);
    if (indent > 0) lines.forEach((line) => hang(line.node, indent, block.direction));
    this.addLines(lines, { before: 0, after: SPACE.paragraphAfter }, 'paragraph');
  }

  /**
   * A list's items, nested lists after their item's text. The marker hangs in the step before
   * the text (on the right of right-to-left items); each list counts from its own start.
   */
  private listItems(list: ListBlock): void {
    const textStart = LIST_STEP * (list.depth + 2);
    let number = list.start;
    for (const item of list.items) {
      // A nested list Lexical put at the very start of its parent has no text of its own to number.
      if (item.runs.length > 0 || item.lists.length === 0) {
        const lines = this.textLines(item.runs, { size: SIZE.body, color: COLOR.text }, { width: this.width - textStart, direction: item.direction, align: null }, item.portion);
        const marker = { ...listMarker(list.style, list.depth, number, item.checked, SIZE.body), width: LIST_STEP };
        const rtl = item.direction === 'rtl';
        const [first, ...rest] = lines as [TextLine, ...TextLine[]];
        const text = { ...first.node, width: '*' as const };
        const markerStart = textStart - LIST_STEP;
        const firstLine: PdfContent = { columns: rtl ? [text, marker] : [marker, text], columnGap: 0, margin: rtl ? [0, 0, markerStart, 0] : [markerStart, 0, 0, 0] };
        rest.forEach((line) => hang(line.node, textStart, item.direction));
        this.addLines([{ node: firstLine, notes: first.notes }, ...rest], { before: 0, after: 0 }, 'paragraph');
        number += 1;
      }
      for (const nested of item.lists) this.listItems(nested);
    }
  }

  /** Blocks inside a table cell, in the table's smaller type; lists and quotes keep their text and little of their layout. */
  private cellContent(blocks: readonly Block[], width: number, header: boolean): CellContent {
    const base: RunStyle = { size: SIZE.table, color: COLOR.text, bold: header || undefined };
    const nodes: PdfContent[] = [];
    const notes: number[] = [];
    const add = (lines: readonly Line[]) => {
      lines.forEach((line, index) => {
        if (index === 0 && nodes.length > 0) line.node.margin = [line.node.margin?.[0] ?? 0, 2, line.node.margin?.[2] ?? 0, 0];
        nodes.push(line.node);
        notes.push(...line.notes);
      });
    };
    const text = (inlines: readonly Inline[], direction: Direction, style: RunStyle = base, align: ParagraphBlock['align'] = null) => add(this.textLines(inlines, style, { width, direction, align }));
    const addList = (list: ListBlock) => {
      list.items.forEach((item, index) => {
        const marker = list.style === 'number' ? `${list.start + index}. ` : list.style === 'check' ? (item.checked ? '[x] ' : '[ ] ') : '• ';
        text([{ kind: 'text', text: marker, style: {} }, ...item.runs], item.direction);
        item.lists.forEach(addList);
      });
    };
    for (const block of blocks) {
      if (block.kind === 'heading') text(block.runs, block.direction, { ...base, bold: true }, block.align);
      else if (block.kind === 'paragraph') text(block.runs, block.direction, block.placeholder ? { ...base, italic: true, color: COLOR.muted } : base, block.align);
      else if (block.kind === 'quote') text(block.runs, block.direction, { ...base, italic: true, color: COLOR.quote });
      else if (block.kind === 'list') addList(block);
      else if (block.kind === 'rule') nodes.push(ruleNode(width, 0.75, COLOR.rule));
      else if (block.kind === 'image') {
        const node = this.imageNode(block, width, this.context.bodyHeight * MAX_IMAGE_SHARE);
        if (node) nodes.push(node);
        else text(imagePlaceholder(block).runs, 'ltr', { ...base, italic: true, color: COLOR.muted });
      } else {
        const nested = tableItems(block, { width, ruled: true, cell: (cell, innerWidth, nestedHeader) => this.cellContent(cell.blocks, innerWidth, nestedHeader) }, 0);
        nested.forEach((item) => {
          nodes.push(item.node);
          notes.push(...item.notes);
        });
      }
    }
    return { nodes, notes };
  }

  /** An image scaled as the DOCX scales it; null, with a warning, when pdfkit cannot embed it. */
  private imageNode(image: ImageBlock, maxWidth: number, maxHeight: number): PdfImageNode | null {
    const description = image.altText || 'no description';
    if (!PDF_IMAGE_FORMATS.has(image.format) || !image.naturalSize) {
      const why = image.naturalSize ? `is in ${image.format.toUpperCase()} format, which PDF export cannot embed` : 'cannot be read';
      const where = this.section ? ` (in “${this.section}”)` : '';
      this.warnings.push({ code: 'unsupported-image', message: `The image “${description}” ${why}; the PDF shows its description instead${where}.`, section: this.section });
      return null;
    }
    const key = `image:${image.mediaId}`;
    this.images[key] ??= `data:${image.mimeType};base64,${bytesToBase64(image.bytes)}`;
    const natural = image.naturalSize;
    const aspect = natural.height / natural.width;
    let width = Math.min((image.displayWidth ?? natural.width) * POINTS_PER_PIXEL, maxWidth);
    if (width * aspect > maxHeight) width = maxHeight / aspect;
    return { image: key, width, height: width * aspect, alignment: 'center' };
  }
}

/** A horizontal rule across `width`, as a canvas line. */
function ruleNode(width: number, lineWidth: number, color: string): PdfContent {
  return { canvas: [{ type: 'line', x1: 0, y1: lineWidth / 2, x2: width, y2: lineWidth / 2, lineWidth, lineColor: color }] };
}

/** Shifts a line in from its starting edge. */
function hang(node: PdfContent, indent: number, direction: Direction): void {
  node.margin = direction === 'rtl' ? [0, 0, indent, 0] : [indent, 0, 0, 0];
}

function imagePlaceholder(image: ImageBlock): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ kind: 'text', text: `[Image: ${image.altText || 'no description'}]`, style: { italic: true } }], direction: 'ltr', align: null, indent: 0, placeholder: true };
}

function syntheticHeading(text: string): HeadingBlock {
  return { kind: 'heading', level: 1, runs: [{ kind: 'text', text, style: {} }], direction: detectDirection(text), align: null, section: null };
}
