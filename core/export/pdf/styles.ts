/**
 * The look of an exported PDF, matched to the DOCX (core/export/docx/styles.ts): a sans body,
 * blue bold headings, ruled tables with shaded header rows, notes in small type. Points.
 */

export const COLOR = {
  text: '#000000',
  heading: '#1F3864',
  muted: '#595959',
  link: '#1F4E99',
  quote: '#404040',
  rule: '#A6A6A6',
  tableBorder: '#8C8C8C',
  headerFill: '#E7EBF1',
  codeBackground: '#EFEFEF',
  bannerBackground: '#000000',
} as const;

/**
 * Noto Sans is a little wider and taller than the Arial the DOCX names, so each size is half
 * a point below the DOCX's to give the same amount of text on a page.
 */
export const SIZE = {
  body: 10.5,
  title: 17,
  headings: [13.5, 11.5, 10.5, 10.5],
  table: 9.5,
  caption: 9.5,
  note: 8.5,
  pageNumber: 8.5,
  /** FIRST asks for TLP labels of 12 pt or larger; classification banners match. */
  banner: 12,
} as const;

/**
 * Naskh letters are small for their point size; 1.5 pt more reads as the same size as the
 * Latin text beside them (the DOCX adds 2 pt to its complex-script size for the same reason).
 */
export const ARABIC_SIZE_BONUS = 1.5;
/** Naskh's line box is deep (long descenders); a shorter one keeps Arabic lines close to Latin ones. */
export const ARABIC_LINE_HEIGHT = 0.86;
export const LATIN_LINE_HEIGHT = 1;

export const SPACE = {
  paragraphAfter: 6,
  titleAfter: 8,
  headingBefore: [16, 12, 10, 8],
  headingAfter: 4,
  listAfter: 3,
  tableAfter: 8,
  quote: 6,
  image: 6,
  ruleAfter: 10,
  captionBefore: 8,
  captionAfter: 3,
  sourceEntryAfter: 5,
  /** Between one note and the next in the notes at the foot of a page. */
  betweenNotes: 1.5,
} as const;

/** The editor's indent button: 567 twips, as in the DOCX. */
export const INDENT_STEP = 28.35;
export const SOURCE_HANGING_INDENT = 28.35;
export const QUOTE_INDENT = 28.35;
export const QUOTE_BAR_WIDTH = 1.5;
export const QUOTE_BAR_GAP = 8;
/** Where a list level's text starts and how far its marker hangs before it (the DOCX's 360 twips steps). */
export const LIST_STEP = 18;

export const TABLE_BORDER_WIDTH = 0.5;
export const CELL_PADDING = { x: 5, y: 2 } as const;
/** The title block's label column, as a share of the text width (as in the DOCX). */
export const TITLE_LABEL_SHARE = 0.22;

/** An image may take this share of the page's text height, leaving room for its paragraph. */
export const MAX_IMAGE_SHARE = 0.6;
/** CSS pixels are 1/96 inch; points 1/72. */
export const POINTS_PER_PIXEL = 0.75;
/** Tab stops every half inch, as Word's default. */
export const TAB_STOP = 36;

/** Page geometry: one-inch margins, the banner and page number in the margins, as in the DOCX. */
export const PAGE_SIZES = { A4: { width: 595.28, height: 841.89 }, Letter: { width: 612, height: 792 } } as const;
export const MARGIN = 72;
/** From the page's edge to the banner, top and bottom (567 twips in the DOCX). */
export const FURNITURE_DISTANCE = 28.35;
