import type { PdfContent } from 'pdfmake';
import type { Banner } from '../types';
import { COLOR, FURNITURE_DISTANCE, MARGIN, SIZE } from './styles';
import { TABLE_LAYOUT } from './table-layouts';

/** Noto Sans's line height, in ems (ascender 1.069 + descender 0.293): what pdfmake gives a line of it. */
const LINE_EM = 1.362;
const BANNER_HEIGHT = SIZE.banner * LINE_EM + 1;
const PAGE_NUMBER_HEIGHT = SIZE.pageNumber * LINE_EM;
const BETWEEN = 3;

/** The banner as a line of its own: classification centred and bold; TLP right-aligned, coloured on black (FIRST TLP 2.0). */
function bannerNode(banner: Banner): PdfContent {
  if (banner.kind === 'tlp') {
    const label = { text: banner.text, bold: true, fontSize: SIZE.banner, color: `#${banner.color ?? 'FFFFFF'}`, fillColor: COLOR.bannerBackground };
    return { columns: [{ width: '*', text: '' }, { width: 'auto', table: { widths: ['auto'], body: [[label]] }, layout: TABLE_LAYOUT.label }] };
  }
  return { text: banner.text, bold: true, fontSize: SIZE.banner, alignment: 'center' };
}

/** Every page's header: the banner, a banner's distance from the top edge, when the document is marked. */
export function pageHeader(banner: Banner | null): () => PdfContent | null {
  return () => (banner ? { stack: [bannerNode(banner)], margin: [MARGIN, FURNITURE_DISTANCE, MARGIN, 0] } : null);
}

/** Every page's footer: "Page X of Y", then the banner at the foot of the page. */
export function pageFooter(banner: Banner | null): (page: number, pages: number) => PdfContent {
  const height = PAGE_NUMBER_HEIGHT + (banner ? BETWEEN + BANNER_HEIGHT : 0);
  // The footer is laid out in the bottom margin from its top: push it down so it ends where the header starts from the top.
  const top = Math.max(0, MARGIN - FURNITURE_DISTANCE - height);
  return (page, pages) => {
    const pageNumber: PdfContent = { text: `Page ${page} of ${pages}`, fontSize: SIZE.pageNumber, color: COLOR.muted, alignment: 'center' };
    const stack = banner ? [pageNumber, { stack: [bannerNode(banner)], margin: [0, BETWEEN, 0, 0] as [number, number, number, number] }] : [pageNumber];
    return { stack, margin: [MARGIN, top, MARGIN, 0] };
  };
}
