import { AlignmentType, Footer, Header, PageNumber, Paragraph, ShadingType, TextRun } from 'docx';
import type { Banner } from '../types';

/** 12 pt in half-points: FIRST asks for TLP labels of 12 pt or larger; classification banners match. */
const BANNER_SIZE = 24;
const PAGE_NUMBER_SIZE = 18;

/** The banner as a line of its own: classification centred and bold; TLP right-aligned, coloured on black. */
function bannerParagraph(banner: Banner): Paragraph {
  if (banner.kind === 'tlp') {
    const run = new TextRun({ text: banner.text, bold: true, size: BANNER_SIZE, color: banner.color ?? 'FFFFFF', shading: { type: ShadingType.CLEAR, fill: '000000', color: 'auto' } });
    return new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: [run] });
  }
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 0 }, children: [new TextRun({ text: banner.text, bold: true, size: BANNER_SIZE })] });
}

/** Every page's header: the banner, when the document is marked. */
export function pageHeader(banner: Banner | null): Header {
  return new Header({ children: banner ? [bannerParagraph(banner)] : [new Paragraph({})] });
}

/** Every page's footer: "Page X of Y", then the banner at the foot of the page. */
export function pageFooter(banner: Banner | null): Footer {
  const pageNumber = new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: banner ? 60 : 0 },
    children: [new TextRun({ size: PAGE_NUMBER_SIZE, color: '595959', children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
  });
  return new Footer({ children: banner ? [pageNumber, bannerParagraph(banner)] : [pageNumber] });
}
