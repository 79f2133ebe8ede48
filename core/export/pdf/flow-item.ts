import type { PdfContent } from 'pdfmake';

/**
 * One thing the page flow holds: a line of text, a group of table rows, an image, a rule.
 * The page planner (paginate.ts) may break a page between any two items.
 */
export interface FlowItem {
  /** Laid out at the text width; vertical space comes from gapBefore, never from margins. */
  node: PdfContent;
  /** Drawn instead of `node` when the item starts a page: a continued table's rows then rule their top. */
  pageTopNode?: PdfContent;
  /** Space above the item, dropped at the top of a page. */
  gapBefore: number;
  keepWithNext: boolean;
  /** The notes whose marks the item holds. */
  notes: number[];
  /** Items drawn again above this one when it starts a page: its table's header rows. */
  repeatAtTop: number[];
}
