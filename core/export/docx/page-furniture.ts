import type { Banner } from '../types';
import { paragraph } from './content';
import { runProperties, type RunFormat } from './properties';
import { textRun } from './runs';
import { WORD_NAMESPACES, XML_DECLARATION } from './xml';

/** 12 pt in half-points: FIRST asks for TLP labels of 12 pt or larger; classification banners match. */
const BANNER_SIZE = 24;
const PAGE_NUMBER: RunFormat = { size: 18, color: '595959' };

/** The banner as a line of its own: classification centred and bold; TLP right-aligned, coloured on black. */
function bannerParagraph(banner: Banner): string {
  if (banner.kind === 'tlp') {
    return paragraph({ spacing: { after: 0 }, justification: 'right' }, textRun(banner.text, { bold: true, size: BANNER_SIZE, color: banner.color ?? 'FFFFFF', shading: '000000' }));
  }
  return paragraph({ spacing: { after: 0 }, justification: 'center' }, textRun(banner.text, { bold: true, size: BANNER_SIZE }));
}

/** A field Word and LibreOffice fill in as they lay the page out (PAGE, NUMPAGES); it holds no number of its own until then. */
function field(instruction: string, format: RunFormat): string {
  const properties = runProperties(format);
  const run = (content: string) => `<w:r>${properties}${content}</w:r>`;
  return run('<w:fldChar w:fldCharType="begin"/>') + run(`<w:instrText xml:space="preserve"> ${instruction} </w:instrText>`) + run('<w:fldChar w:fldCharType="separate"/>') + run('<w:fldChar w:fldCharType="end"/>');
}

/** Every page's header: the banner, when the document is marked. */
export function headerPart(banner: Banner | null): string {
  return `${XML_DECLARATION}<w:hdr ${WORD_NAMESPACES}>${banner ? bannerParagraph(banner) : paragraph({})}</w:hdr>`;
}

/** Every page's footer: "Page X of Y", then the banner at the foot of the page. */
export function footerPart(banner: Banner | null): string {
  const pageNumber = paragraph(
    { spacing: { after: banner ? 60 : 0 }, justification: 'center' },
    textRun('Page ', PAGE_NUMBER) + field('PAGE', PAGE_NUMBER) + textRun(' of ', PAGE_NUMBER) + field('NUMPAGES', PAGE_NUMBER),
  );
  return `${XML_DECLARATION}<w:ftr ${WORD_NAMESPACES}>${pageNumber}${banner ? bannerParagraph(banner) : ''}</w:ftr>`;
}
