import type { Person } from '../document/schema';
import type { SectionRole } from '../templates/schema';

/**
 * The export model: everything a writer (DOCX, PDF) needs, already decided. Writers only
 * lay it out; what is exported, in what order, with which numbers and warnings is settled
 * here, once, so both formats say the same thing. Plain data, no DOM, no writer types.
 */
export interface ExportModel {
  properties: DocumentProperties;
  /** The marking shown at the top and bottom of every page; null when the document is unmarked. */
  banner: Banner | null;
  paper: PaperSize;
  titleBlock: TitleBlock;
  blocks: Block[];
  notes: Notes;
  /** Null when the analyst chose to leave the source list out. */
  sourceList: SourceList | null;
  /** True for a distribution copy: analyst-only content and personal metadata already left out. */
  distribution: boolean;
  /** The appendix explaining the estimative terms, when asked for and the text uses them; it comes after the source list. */
  appendix: Appendix | null;
}

/** US products print on Letter, everyone else on A4. */
export type PaperSize = 'A4' | 'Letter';

export interface DocumentProperties {
  title: string;
  /** What kind of product this is, e.g. "Meeting readout". */
  subject: string;
  keywords: string[];
  /** Null in a distribution copy. */
  author: string | null;
  /** ISO 8601; null in a distribution copy. */
  created: string | null;
  modified: string | null;
  /** The banner text, for a custom document property; null when unmarked. */
  marking: string | null;
  /** Set when the document was exported over marking errors: the analyst's reason and the findings overridden. */
  markingOverride?: MarkingOverride;
}

/** An export made although the marking checks found errors, recorded in the file's properties. */
export interface MarkingOverride {
  reason: string;
  /** The blocking findings, one line each, as the analyst was shown them. */
  findings: string[];
}

export interface Banner {
  text: string;
  /** Classification banners are centred and bold; TLP labels are right-aligned, coloured on black (FIRST TLP 2.0). */
  kind: 'classification' | 'tlp';
  /** Text colour as RRGGBB, for TLP labels; null for classification banners. */
  color: string | null;
}

export type Direction = 'ltr' | 'rtl';
/** Physical alignment; null means the natural start of the paragraph's direction. */
export type Alignment = 'left' | 'center' | 'right' | 'justify';

export interface TitleBlock {
  title: string;
  /** The title's portion mark, printed in front of it; see PortionMarked. */
  portion?: string;
  titleDirection: Direction;
  /** Date, time, place and other one-value fields, in the template's order, formatted for reading. */
  details: TitleDetail[];
  /** Participants and other people fields, as tables. */
  people: PeopleTable[];
}

export interface TitleDetail {
  label: string;
  /** A multi-line field (a distribution list) keeps its lines. */
  lines: string[];
}

export interface PeopleTable {
  label: string;
  people: Person[];
  /** The "Side" column is shown only when someone has one. */
  showSide: boolean;
}

// ── Inline content ────────────────────────────────────────────────────────────

export interface TextStyle {
  bold?: true;
  italic?: true;
  underline?: true;
  strike?: true;
  code?: true;
  script?: 'sub' | 'super';
}

export interface TextInline {
  kind: 'text';
  text: string;
  style: TextStyle;
}

export interface BreakInline {
  kind: 'break';
}

export interface TabInline {
  kind: 'tab';
}

/** A citation's mark: the number of the note (1-based, an index into notes.items + 1). */
export interface NoteRefInline {
  kind: 'note-ref';
  number: number;
}

export interface LinkInline {
  kind: 'link';
  url: string;
  children: Array<TextInline | BreakInline | TabInline | NoteRefInline>;
}

export type Inline = TextInline | BreakInline | TabInline | NoteRefInline | LinkInline;

// ── Blocks ────────────────────────────────────────────────────────────────────

/**
 * A portion's mark as printed in front of it, `(S//NF)`, decided once for both writers
 * (core/export/portion-marks.ts); absent where the scheme prints none. Writers set it in
 * the text's font and size but never bold or italic, at the portion's logical start (the
 * right-hand end of a right-to-left paragraph), followed by a space. The text's own runs
 * never hold it, so a paragraph's direction is read from its text alone.
 */
export interface PortionMarked {
  portion?: string;
}

/**
 * Heading levels in the exported document: template sections are 1, headings inside a
 * section sit below it (see headingLevel in model.ts). The title is not a heading; it is
 * the title block's.
 */
export type HeadingLevel = 1 | 2 | 3 | 4;

export interface HeadingBlock extends PortionMarked {
  kind: 'heading';
  level: HeadingLevel;
  runs: Inline[];
  direction: Direction;
  align: Alignment | null;
  /** Set when the heading opens a template section. */
  section: { id: string; role: SectionRole } | null;
}

export interface ParagraphBlock extends PortionMarked {
  kind: 'paragraph';
  runs: Inline[];
  direction: Direction;
  align: Alignment | null;
  /** Indent steps, as the editor's indent button counts them. */
  indent: number;
  /** A stand-in for content that could not be exported (a missing image); writers may set it apart. */
  placeholder?: true;
}

export interface QuoteBlock extends PortionMarked {
  kind: 'quote';
  runs: Inline[];
  direction: Direction;
}

export type ListStyle = 'bullet' | 'number' | 'check';

export interface ListBlock {
  kind: 'list';
  /** Unique in the document, nested lists included: each list is numbered on its own. */
  listId: number;
  style: ListStyle;
  /** The first item's number (numbered lists). */
  start: number;
  /** 0 for a top-level list, 1 for a list inside one of its items, and so on. */
  depth: number;
  items: ListItem[];
}

export interface ListItem extends PortionMarked {
  runs: Inline[];
  direction: Direction;
  /** For check lists: ticked or not; null elsewhere. */
  checked: boolean | null;
  /** Lists nested under this item, after its text. */
  lists: ListBlock[];
}

/** A table is one portion: its mark stands on a line of its own above it, kept with the table. */
export interface TableBlock extends PortionMarked {
  kind: 'table';
  columnCount: number;
  /** Each column's share of the table's width; they add up to 1. */
  columnWidths: number[];
  /** The leading rows that repeat at the top of every page the table runs onto. */
  headerRowCount: number;
  rows: TableRow[];
}

/** A row's own cells, in column order; the slots of cells spanning down from rows above are not repeated. */
export interface TableRow {
  cells: TableCell[];
}

export interface TableCell {
  blocks: Block[];
  /** A header cell (in a header row or a header column). */
  header: boolean;
  /** The grid column the cell starts in (cells spanning down from above take the columns before it). */
  column: number;
  colSpan: number;
  rowSpan: number;
}

export interface RuleBlock {
  kind: 'rule';
}

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'webp';

export interface ImageBlock {
  kind: 'image';
  mediaId: string;
  format: ImageFormat;
  mimeType: string;
  bytes: Uint8Array;
  altText: string;
  /** Pixel size read from the image file; null when the file does not say. */
  naturalSize: { width: number; height: number } | null;
  /** The width the analyst gave the image in the editor, in CSS pixels; null for its natural width. */
  displayWidth: number | null;
}

export type Block = HeadingBlock | ParagraphBlock | QuoteBlock | ListBlock | TableBlock | RuleBlock | ImageBlock;

// ── Notes and sources ─────────────────────────────────────────────────────────

export interface Notes {
  placement: 'footnotes' | 'endnotes';
  /** In order of reference; the Nth item is note N. */
  items: Note[];
}

/** A note's mark (printed after its number): the citation's own; where every portion is marked, else its source's. */
export interface Note extends PortionMarked {
  number: number;
  /** The cited source; null when the citation points at a source that is not in the document. */
  sourceId: string | null;
  runs: Inline[];
}

/** The source list; its heading prints the mark of text the export adds (PrintedMarks.added). */
export interface SourceList extends PortionMarked {
  heading: string;
  entries: SourceListEntry[];
}

/** One source's full reference: author, title, outlet, dates, URL, source type, descriptor and Admiralty grade. */
export interface SourceListEntry extends PortionMarked {
  sourceId: string;
  runs: Inline[];
}

// ── Appendix ──────────────────────────────────────────────────────────────────

/** An appendix after the source list: a Heading 1 and ordinary blocks (paragraphs, tables), which writers lay out as body text. */
export interface Appendix extends PortionMarked {
  heading: string;
  blocks: Block[];
}

// ── Warnings ──────────────────────────────────────────────────────────────────

export type ExportWarningCode =
  | 'dangling-citation'
  | 'missing-image'
  | 'unsupported-image'
  | 'empty-table'
  | 'wide-table'
  | 'long-paragraph'
  | 'unknown-content';

/** Something the export had to degrade, in an analyst's words, with where it is. */
export interface ExportWarning {
  code: ExportWarningCode;
  message: string;
  /** The heading of the section it is in, when there is one. */
  section: string | null;
}

export interface ExportOptions {
  notes: 'footnotes' | 'endnotes';
  includeSourceList: boolean;
  distribution: boolean;
  /** End with an appendix giving the yardstick's terms and ranges, when the text uses any of them. */
  yardstickAppendix?: boolean;
  /** Export although the marking checks found errors; recorded in the file's properties. */
  markingOverride?: MarkingOverride | null;
}

// ── Progress ──────────────────────────────────────────────────────────────────

/** How far an export has got: the stage in an analyst's words and, where the writer knows it, the share done (0–1). */
export interface ExportProgress {
  stage: string;
  fraction: number | null;
}

/** Told of each stage as a writer reaches it; never required, so a writer runs the same without one. */
export type ExportProgressListener = (progress: ExportProgress) => void;
