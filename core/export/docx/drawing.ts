import { NAMESPACE, escapeXml } from './xml';

/** English Metric Units per CSS pixel (914,400 to the inch, 96 pixels to the inch). */
const EMU_PER_PIXEL = 9525;

export interface InlinePicture {
  /** The relationship id of the image part. */
  relationshipId: string;
  /** Unique among the document's drawings, from 1. */
  drawingId: number;
  /** Pixels. */
  width: number;
  height: number;
  /** A short name for the picture (Word shows it in the selection pane). */
  name: string;
  /** The alt text a screen reader reads. */
  description: string;
}

/** A picture in the line of text (`wp:inline`), its alt text in `descr`; the run that holds it. */
export function inlinePictureRun(picture: InlinePicture): string {
  const cx = Math.round(picture.width * EMU_PER_PIXEL);
  const cy = Math.round(picture.height * EMU_PER_PIXEL);
  const name = escapeXml(picture.name);
  const description = escapeXml(picture.description);
  return [
    '<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">',
    `<wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>`,
    `<wp:docPr id="${picture.drawingId}" name="${name}" descr="${description}" title="${description}"/>`,
    `<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="${NAMESPACE.a}" noChangeAspect="1"/></wp:cNvGraphicFramePr>`,
    `<a:graphic xmlns:a="${NAMESPACE.a}"><a:graphicData uri="${NAMESPACE.pic}"><pic:pic xmlns:pic="${NAMESPACE.pic}">`,
    `<pic:nvPicPr><pic:cNvPr id="${picture.drawingId}" name="${name}" descr="${description}"/><pic:cNvPicPr><a:picLocks noChangeAspect="1"/></pic:cNvPicPr></pic:nvPicPr>`,
    `<pic:blipFill><a:blip r:embed="${picture.relationshipId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>`,
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>`,
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>',
  ].join('');
}
