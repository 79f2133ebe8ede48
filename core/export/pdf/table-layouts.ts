import type { PdfTableLayout } from 'pdfmake';
import { CELL_PADDING, COLOR, QUOTE_BAR_GAP, QUOTE_BAR_WIDTH, TABLE_BORDER_WIDTH } from './styles';

/** The table layouts the writer registers with pdfmake, by name (document definitions hold only names, so they copy as plain data). */
export const TABLE_LAYOUT = {
  ruled: 'briefwright-ruled',
  /** A continued table's rows: the rows above rule their top. */
  ruledOpenTop: 'briefwright-ruled-open-top',
  /** The title block's details: no rules. */
  plain: 'briefwright-plain',
  /** A quotation's lines: a bar down their left side. */
  quote: 'briefwright-quote',
  /** The TLP label: padding round the coloured text, no rules. */
  label: 'briefwright-label',
} as const;

const noLines = () => 0;
const ruled: PdfTableLayout = {
  hLineWidth: () => TABLE_BORDER_WIDTH,
  vLineWidth: () => TABLE_BORDER_WIDTH,
  hLineColor: () => COLOR.tableBorder,
  vLineColor: () => COLOR.tableBorder,
  paddingLeft: () => CELL_PADDING.x,
  paddingRight: () => CELL_PADDING.x,
  paddingTop: () => CELL_PADDING.y,
  paddingBottom: () => CELL_PADDING.y,
};

export const TABLE_LAYOUTS: Record<string, PdfTableLayout> = {
  [TABLE_LAYOUT.ruled]: ruled,
  [TABLE_LAYOUT.ruledOpenTop]: { ...ruled, hLineWidth: (index) => (index === 0 ? 0 : TABLE_BORDER_WIDTH) },
  [TABLE_LAYOUT.plain]: { hLineWidth: noLines, vLineWidth: noLines, paddingLeft: noLines, paddingRight: noLines, paddingTop: () => 1, paddingBottom: () => 1 },
  [TABLE_LAYOUT.quote]: {
    hLineWidth: noLines,
    vLineWidth: (index) => (index === 0 ? QUOTE_BAR_WIDTH : 0),
    vLineColor: () => COLOR.rule,
    paddingLeft: () => QUOTE_BAR_GAP,
    paddingRight: noLines,
    paddingTop: noLines,
    paddingBottom: noLines,
  },
  [TABLE_LAYOUT.label]: { hLineWidth: noLines, vLineWidth: noLines, paddingLeft: () => 4, paddingRight: () => 4, paddingTop: () => 1, paddingBottom: () => 0 },
};
