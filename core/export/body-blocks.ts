import { nodeText } from '../document/body';
import type { BriefDocument, SerializedBodyNode } from '../document/schema';
import { CITATION_NODE_TYPE } from '../citations/schema';
import { SECTION_ROLES, type SectionRole } from '../templates/schema';
import { base64ToBytes } from '../text/base64';
import { countWords } from '../text/word-count';
import { detectDirection } from './direction';
import { readImageSize } from './image-size';
import { columnShares, layOutGrid, leadingHeaderRows, type CellContent } from './table-grid';
import type { CitedPassage } from './references';
import type { PrintedMarks } from './portion-marks';
import { portionOf } from '../markings/body-portions';
import type {
  Alignment,
  Block,
  BreakInline,
  Direction,
  ExportWarning,
  ExportWarningCode,
  HeadingLevel,
  ImageBlock,
  ImageFormat,
  Inline,
  LinkInline,
  ListBlock,
  ListItem,
  ListStyle,
  NoteRefInline,
  ParagraphBlock,
  TableBlock,
  TabInline,
  TextInline,
  TextStyle,
} from './types';

/** Lexical's text format bits (lexical/src/LexicalConstants.ts). */
const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16, subscript: 32, superscript: 64 } as const;

/** Wider than this, a table's columns get too narrow to read on a portrait page. */
const WIDE_TABLE_COLUMNS = 7;
/** Longer than this, a paragraph is hard to read and splits awkwardly across pages. */
const LONG_PARAGRAPH_WORDS = 2000;

const FORMATS: Readonly<Record<string, ImageFormat>> = { 'image/png': 'png', 'image/jpeg': 'jpeg', 'image/gif': 'gif', 'image/webp': 'webp' };

/** Node types the converter knows as blocks; anything else met where a block belongs is unknown content. */
const BLOCK_TYPES = new Set(['paragraph', 'heading', 'section-heading', 'quote', 'list', 'table', 'horizontalrule', 'image']);

type LinkChild = LinkInline['children'][number];

/**
 * Turns the body's Lexical JSON into export blocks, one pass in reading order, collecting
 * the citations (their order is the notes' order) and a warning for everything degraded.
 */
export class BodyConverter {
  readonly citations: CitedPassage[] = [];
  readonly warnings: ExportWarning[] = [];
  private readonly unknownTypes = new Map<string, number>();
  private readonly sourceIds: ReadonlySet<string>;
  private listCount = 0;
  /** The heading of the section being converted, to say where a warning is. */
  private sectionHeading: string | null = null;
  /** The template section being converted (its export level and tag level); headings inside it sit below it. */
  private currentSection: { level: HeadingLevel; tag: number } | null = null;
  /** Inside a table the table is the portion: its cells' blocks print no marks of their own. */
  private tableDepth = 0;

  constructor(
    private readonly document: BriefDocument,
    /** The shallowest tag level of the template sections, which becomes Heading 1. */
    private readonly topSectionTag: number,
    /** The portion marks the export prints; none unless given. */
    private readonly marks: PrintedMarks | null = null,
  ) {
    this.sourceIds = new Set(document.sources.map((source) => source.id));
  }

  convertBlocks(nodes: readonly SerializedBodyNode[]): Block[] {
    return nodes.flatMap((node) => this.convertBlock(node));
  }

  /** Call once, after the body: one warning per kind of unknown content, with how often it occurs. */
  finish(): void {
    for (const [type, count] of this.unknownTypes) {
      const times = count === 1 ? 'once' : `${count} times`;
      this.warn('unknown-content', `The document holds content of a kind this version of Briefwright cannot export (“${type}”, ${times}); its text is kept, without its layout.`, null);
    }
  }

  private convertBlock(node: SerializedBodyNode): Block[] {
    switch (node.type) {
      case 'paragraph':
        return this.paragraphs(node);
      case 'heading':
      case 'section-heading':
        return [this.heading(node)];
      case 'quote':
        return [{ kind: 'quote', runs: this.inlines(node.children ?? [], 'a quotation'), direction: this.directionOf(node), ...this.portion(node) }];
      case 'list':
        return [this.list(node, 0)];
      case 'table':
        return this.table(node);
      case 'horizontalrule':
        return [{ kind: 'rule' }];
      case 'image':
        return [this.image(node)];
      default:
        return this.unknownBlock(node);
    }
  }

  /** A paragraph; an image inside it splits it, since writers place images as blocks of their own. */
  private paragraphs(node: SerializedBodyNode): Block[] {
    const blocks: Block[] = [];
    let pending: SerializedBodyNode[] = [];
    const flush = () => {
      const paragraph = this.paragraph(node, pending);
      if (paragraph) blocks.push(paragraph);
      pending = [];
    };
    for (const child of node.children ?? []) {
      if (child.type === 'image') {
        flush();
        blocks.push(this.image(child));
      } else {
        pending.push(child);
      }
    }
    flush();
    return blocks;
  }

  /** Empty paragraphs are left out: spacing comes from the styles, and a blank template section stays blank. */
  private paragraph(node: SerializedBodyNode, children: SerializedBodyNode[]): ParagraphBlock | null {
    const runs = this.inlines(children, 'a paragraph');
    if (!hasContent(runs)) return null;
    const text = plainText(runs);
    if (text.length > LONG_PARAGRAPH_WORDS * 4) {
      const words = countWords(text);
      if (words > LONG_PARAGRAPH_WORDS) {
        this.warn('long-paragraph', `The paragraph starting “${excerpt(text)}” is ${words.toLocaleString('en')} words long; it is exported whole, but a paragraph this long is hard to read and may break awkwardly across pages.`);
      }
    }
    const direction = this.directionOf(node, text);
    // Unknown content kept as a paragraph is not a portion the analyst could mark.
    const portion = node.type === 'paragraph' ? this.portion(node) : {};
    return { kind: 'paragraph', runs, direction, align: alignmentOf(node, direction), indent: indentOf(node), ...portion };
  }

  /** The mark printed in front of a portion node, as a field to spread into its block; none inside a table. */
  private portion(node: SerializedBodyNode): { portion?: string } {
    if (!this.marks || this.tableDepth > 0) return {};
    const portion = this.marks.portion(portionOf(node));
    return portion === undefined ? {} : { portion };
  }

  private heading(node: SerializedBodyNode): Block {
    const tagLevel = tagLevelOf(node);
    const runs = this.inlines(node.children ?? [], 'a heading');
    const direction = this.directionOf(node);
    const text = plainText(runs).trim();
    const portion = this.portion(node);
    if (node.type === 'section-heading') {
      const level = clampLevel(tagLevel - this.topSectionTag + 1);
      this.currentSection = { level, tag: tagLevel };
      this.sectionHeading = text;
      const section = { id: typeof node.sectionId === 'string' ? node.sectionId : '', role: roleOf(node) };
      return { kind: 'heading', level, runs, direction, align: alignmentOf(node, direction), section, ...portion };
    }
    if (this.currentSection === null) {
      this.sectionHeading = text;
      return { kind: 'heading', level: clampLevel(tagLevel), runs, direction, align: alignmentOf(node, direction), section: null, ...portion };
    }
    // Inside a section, a heading is one level below it, or more when its tag is deeper than the next one down
    // (an h3 under an h2 section is the section's sub-heading; an h4 a sub-sub-heading).
    const { level: sectionLevel, tag: sectionTag } = this.currentSection;
    const level = clampLevel(sectionLevel + Math.max(1, tagLevel - sectionTag));
    return { kind: 'heading', level, runs, direction, align: alignmentOf(node, direction), section: null, ...portion };
  }

  /**
   * A list and the lists nested in it. Lexical keeps a nested list in an item of its own
   * after the item it belongs to; here it becomes part of that item.
   */
  private list(node: SerializedBodyNode, depth: number): ListBlock {
    this.listCount += 1;
    const style: ListStyle = node.listType === 'number' ? 'number' : node.listType === 'check' ? 'check' : 'bullet';
    const start = typeof node.start === 'number' && Number.isInteger(node.start) && node.start >= 0 ? node.start : 1;
    const list: ListBlock = { kind: 'list', listId: this.listCount, style, start, depth, items: [] };
    for (const child of node.children ?? []) {
      const content = child.type === 'listitem' ? (child.children ?? []) : [child];
      const nested = content.filter((part) => part.type === 'list').map((part) => this.list(part, depth + 1));
      const inline = content.filter((part) => part.type !== 'list');
      const previous = list.items[list.items.length - 1];
      if (inline.length === 0 && nested.length > 0 && previous) {
        previous.lists.push(...nested);
        continue;
      }
      const runs = this.inlines(inline, 'a list item');
      const item: ListItem = {
        runs,
        direction: this.directionOf(child, plainText(runs)),
        checked: style === 'check' ? child.checked === true : null,
        lists: nested,
        ...(child.type === 'listitem' ? this.portion(child) : {}),
      };
      list.items.push(item);
    }
    return list;
  }

  private table(node: SerializedBodyNode): Block[] {
    const rows = (node.children ?? []).filter((row) => row.type === 'tablerow');
    const cellRows = rows.map((row) => (row.children ?? []).filter((cell) => cell.type === 'tablecell'));
    const portion = this.portion(node);
    this.tableDepth += 1;
    const grid = layOutGrid(cellRows.map((row) => row.map((cell) => this.tableCell(cell))));
    this.tableDepth -= 1;
    const { columnCount } = grid;
    const blank = grid.rows.every((row) => row.cells.every((cell) => cell.blocks.length === 0));
    if (columnCount === 0 || blank) {
      this.warn('empty-table', 'A table with no text in any of its cells was left out.');
      return [];
    }
    if (columnCount > WIDE_TABLE_COLUMNS) {
      this.warn('wide-table', `A table has ${columnCount} columns; it is exported at the page's width, but columns this narrow may be hard to read. Consider splitting it or turning the page.`);
    }
    const table: TableBlock = {
      kind: 'table',
      columnCount,
      columnWidths: columnShares(node.colWidths, columnCount),
      headerRowCount: leadingHeaderRows(cellRows),
      rows: grid.rows,
      ...portion,
    };
    return [table];
  }

  private tableCell(node: SerializedBodyNode): CellContent {
    const headerState = typeof node.headerState === 'number' ? node.headerState : 0;
    return {
      blocks: this.convertBlocks(node.children ?? []),
      header: headerState !== 0,
      colSpan: positiveInteger(node.colSpan),
      rowSpan: positiveInteger(node.rowSpan),
    };
  }

  private image(node: SerializedBodyNode): Block {
    const mediaId = typeof node.mediaId === 'string' ? node.mediaId : '';
    const altText = typeof node.altText === 'string' ? node.altText.trim() : '';
    const media = this.document.media[mediaId];
    const format = media ? FORMATS[media.mimeType] : undefined;
    if (!media || !format) {
      this.warn('missing-image', `The image “${altText || mediaId || 'without a description'}” is not in the document; a placeholder marks its place.`);
      return placeholder(`[Image missing: ${altText || 'no description'}]`, this.directionOf(node, altText));
    }
    const bytes = base64ToBytes(media.data);
    const width = typeof node.width === 'number' && Number.isFinite(node.width) && node.width > 0 ? node.width : null;
    const image: ImageBlock = { kind: 'image', mediaId, format, mimeType: media.mimeType, bytes, altText, naturalSize: readImageSize(format, bytes), displayWidth: width };
    return image;
  }

  /** Unknown content keeps its text: its blocks when it holds blocks, else one paragraph. */
  private unknownBlock(node: SerializedBodyNode): Block[] {
    this.unknownTypes.set(node.type, (this.unknownTypes.get(node.type) ?? 0) + 1);
    const children = node.children ?? [];
    if (children.some((child) => BLOCK_TYPES.has(child.type))) return this.convertBlocks(children);
    const content = children.length > 0 ? children : typeof node.text === 'string' ? [{ type: 'text', version: 1, text: node.text }] : [];
    const paragraph = this.paragraph(node, content);
    return paragraph ? [paragraph] : [];
  }

  private inlines(nodes: readonly SerializedBodyNode[], where: string): Inline[] {
    return nodes.flatMap((node) => this.inline(node, where));
  }

  private inline(node: SerializedBodyNode, where: string): Inline[] {
    switch (node.type) {
      case 'text':
        return typeof node.text === 'string' && node.text !== '' ? [textInline(node.text, node.format)] : [];
      case 'linebreak':
        return [{ kind: 'break' } satisfies BreakInline];
      case 'tab':
        return [{ kind: 'tab' } satisfies TabInline];
      case 'link':
      case 'autolink':
        return this.link(node, where);
      case CITATION_NODE_TYPE:
        return [this.citation(node)];
      case 'image': {
        const altText = typeof node.altText === 'string' ? node.altText.trim() : '';
        this.warn('unsupported-image', `An image inside ${where} (“${altText || 'no description'}”) is exported as its description; move it to a paragraph of its own to export the picture.`);
        return [{ kind: 'text', text: `[Image: ${altText || 'no description'}]`, style: { italic: true } }];
      }
      default:
        this.unknownTypes.set(node.type, (this.unknownTypes.get(node.type) ?? 0) + 1);
        if (node.children) return this.inlines(node.children, where);
        return typeof node.text === 'string' && node.text !== '' ? [textInline(node.text, 0)] : [];
    }
  }

  private link(node: SerializedBodyNode, where: string): Inline[] {
    const children = this.inlines(node.children ?? [], where).flatMap((child): LinkChild[] => (child.kind === 'link' ? child.children : [child]));
    const url = typeof node.url === 'string' ? node.url.trim() : '';
    // Only addresses a reader's software can follow become links; anything else stays text.
    if (!/^(https?:|mailto:)/i.test(url)) return children;
    return children.length > 0 ? [{ kind: 'link', url, children }] : [];
  }

  private citation(node: SerializedBodyNode): NoteRefInline {
    const sourceId = typeof node.sourceId === 'string' ? node.sourceId : '';
    const pinpoint = typeof node.pinpoint === 'string' ? node.pinpoint : '';
    this.citations.push({ sourceId, pinpoint, mark: portionOf(node) });
    if (!this.sourceIds.has(sourceId)) {
      this.warn('dangling-citation', `Note ${this.citations.length} cites a source that is no longer in the document (“${sourceId}”); the note says so instead of giving a reference.`);
    }
    return { kind: 'note-ref', number: this.citations.length };
  }

  private directionOf(node: SerializedBodyNode, text?: string): Direction {
    if (node.direction === 'rtl' || node.direction === 'ltr') return node.direction;
    return detectDirection(text ?? nodeText(node));
  }

  private warn(code: ExportWarningCode, message: string, section: string | null = this.sectionHeading): void {
    const where = section ? ` (in “${section}”)` : '';
    this.warnings.push({ code, message: where ? message.replace(/([.;])?$/, `${where}$1`) : message, section });
  }
}

function textInline(text: string, format: unknown): TextInline {
  const bits = typeof format === 'number' ? format : 0;
  const style: TextStyle = {};
  if (bits & FORMAT.bold) style.bold = true;
  if (bits & FORMAT.italic) style.italic = true;
  if (bits & FORMAT.underline) style.underline = true;
  if (bits & FORMAT.strikethrough) style.strike = true;
  if (bits & FORMAT.code) style.code = true;
  if (bits & FORMAT.subscript) style.script = 'sub';
  else if (bits & FORMAT.superscript) style.script = 'super';
  return { kind: 'text', text, style };
}

function placeholder(text: string, direction: Direction): ParagraphBlock {
  return { kind: 'paragraph', runs: [{ kind: 'text', text, style: { italic: true } }], direction, align: null, indent: 0, placeholder: true };
}

/** The text of some inlines, links' text included. */
export function plainText(runs: readonly Inline[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : run.kind === 'link' ? plainText(run.children) : run.kind === 'tab' ? '\t' : run.kind === 'break' ? '\n' : '')).join('');
}

/** Whether inlines show anything: visible text, a line break inside text, or a note mark. */
function hasContent(runs: readonly Inline[]): boolean {
  return runs.some((run) => run.kind === 'note-ref' || (run.kind === 'link' ? hasContent(run.children) : run.kind === 'text' && run.text.trim() !== ''));
}

function excerpt(text: string): string {
  const words = text.trim().split(/\s+/).slice(0, 8).join(' ');
  return `${words}…`;
}

/** A heading's tag as a number: h1 → 1. */
export function tagLevelOf(node: SerializedBodyNode): number {
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null;
  return match ? Number(match[1]) : 2;
}

function clampLevel(level: number): HeadingLevel {
  return Math.min(Math.max(level, 1), 4) as HeadingLevel;
}

function roleOf(node: SerializedBodyNode): SectionRole {
  return SECTION_ROLES.find((role) => role === node.role) ?? 'other';
}

/** Lexical's element format as a physical alignment; start and end depend on the direction. */
function alignmentOf(node: SerializedBodyNode, direction: Direction): Alignment | null {
  switch (node.format) {
    case 'left':
    case 'center':
    case 'right':
    case 'justify':
      return node.format;
    case 'start':
      return direction === 'rtl' ? 'right' : 'left';
    case 'end':
      return direction === 'rtl' ? 'left' : 'right';
    default:
      return null;
  }
}

function indentOf(node: SerializedBodyNode): number {
  return typeof node.indent === 'number' && Number.isInteger(node.indent) ? Math.min(Math.max(node.indent, 0), 10) : 0;
}

function positiveInteger(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? Math.min(value, 1000) : 1;
}

