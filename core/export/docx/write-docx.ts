import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Appendix, ExportModel, ExportProgress, ExportProgressListener, ExportWarning, SourceList } from '../types';
import { DocxContent, paragraph } from './content';
import { DocumentMedia } from './media';
import { NOTES_PART, notesPart } from './notes';
import { ListNumbering } from './numbering';
import { PART, appPropertiesPart, contentTypesPart, corePropertiesPart, customPropertiesPart, fontTablePart, packageRelationshipsPart, settingsPart } from './package-parts';
import { footerPart, headerPart } from './page-furniture';
import { PartRelationships, type RelationshipType } from './relationships';
import { RunWriter, plainRun, portionMarkRun } from './runs';
import { HEADING_STYLES, STYLE, stylesPart } from './styles';
import { titleBlock } from './title-block';
import { NAMESPACE, WORD_NAMESPACES, XML_DECLARATION } from './xml';

/** Twips. */
const PAGE_SIZES = { A4: { width: 11906, height: 16838 }, Letter: { width: 12240, height: 15840 } } as const;
const MARGIN = 1440;
const HEADER_DISTANCE = 567;
/** An image may take this share of the page's text height, leaving room for its paragraph. */
const MAX_IMAGE_SHARE = 0.6;
/**
 * Deflate level of the package. Measured on a 100-page export, level 6 takes no longer than
 * level 1 in a fresh process (the time goes to warming up the compressor, not to
 * compressing) and makes the file a quarter smaller.
 */
const COMPRESSION_LEVEL = 6;

export interface DocxExport {
  bytes: Uint8Array;
  /** What the DOCX could not show as the model has it (a WebP image), in an analyst's words. */
  warnings: ExportWarning[];
}

export interface WriteDocxOptions {
  /** Told of each stage as the writer reaches it, with the share of the work done. */
  onProgress?: ExportProgressListener;
}

/** The stages the writer reports, with the share of the work done as each begins (roughly, as measured on a 100-page export). */
const STAGES = {
  text: { stage: 'Writing the text', fraction: 0 },
  notes: { stage: 'Writing the notes', fraction: 0.35 },
  packing: { stage: 'Packing the file', fraction: 0.5 },
  done: { stage: 'Packing the file', fraction: 1 },
} as const satisfies Record<string, ExportProgress>;

/**
 * Writes the export model as a DOCX: Word styles, numbered lists, tables with repeating
 * header rows, real footnotes or endnotes, the banner and "Page X of Y" on every page.
 * Each part is written straight from the model as XML text, then zipped with fflate, so
 * it runs anywhere core/ runs: no Node or DOM needed.
 */
export async function writeDocx(model: ExportModel, options: WriteDocxOptions = {}): Promise<DocxExport> {
  const report = options.onProgress ?? (() => {});
  report(STAGES.text);
  const notes = NOTES_PART[model.notes.placement];
  const relationships = new PartRelationships();
  const numbering = new ListNumbering();
  const media = new DocumentMedia(relationships);
  const { xml: documentXml, warnings } = documentPart(model, relationships, numbering, media);

  report(STAGES.notes);
  const notesRelationships = new PartRelationships();
  const notesXml = notesPart(model.notes, new RunWriter(notes, notesRelationships));

  report(STAGES.packing);
  const xmlParts: Record<string, string> = {
    [PART.document]: documentXml,
    [relationshipsPath(PART.document)]: relationships.xml(),
    [PART.styles]: stylesPart(),
    [PART.numbering]: numbering.xml(),
    [PART.settings]: settingsPart(model.notes.placement),
    [PART.fontTable]: fontTablePart(),
    [notes.path]: notesXml,
    ...(notesRelationships.isEmpty ? {} : { [relationshipsPath(notes.path)]: notesRelationships.xml() }),
    [PART.header]: headerPart(model.banner),
    [PART.footer]: footerPart(model.banner),
    [PART.coreProperties]: corePropertiesPart(model.properties),
    [PART.appProperties]: appPropertiesPart(),
    [PART.customProperties]: customPropertiesPart(model.properties, model.distribution),
  };
  // The content types come first, as Word and LibreOffice write them.
  const files: Zippable = {
    '[Content_Types].xml': strToU8(contentTypesPart(Object.keys(xmlParts), media.extensions)),
    '_rels/.rels': strToU8(packageRelationshipsPart()),
  };
  for (const [path, xml] of Object.entries(xmlParts)) files[path] = strToU8(xml);
  // Images are compressed already; deflating them again only costs time.
  for (const part of media.parts) files[part.path] = [part.bytes, { level: 0 }];
  const bytes = zipSync(files, { level: COMPRESSION_LEVEL });
  report(STAGES.done);
  return { bytes, warnings };
}

/**
 * `word/document.xml`: the title block, the body, the source list and the appendix, then
 * the page setup. Links and images are added to the document's relationships, lists to
 * the numbering, as they are met.
 */
function documentPart(model: ExportModel, relationships: PartRelationships, numbering: ListNumbering, media: DocumentMedia): { xml: string; warnings: ExportWarning[] } {
  const related = (type: Exclude<RelationshipType, 'hyperlink'>, path: string) => relationships.add(type, path.slice('word/'.length));
  related('styles', PART.styles);
  related('numbering', PART.numbering);
  related('settings', PART.settings);
  related('fontTable', PART.fontTable);
  const notes = NOTES_PART[model.notes.placement];
  related(model.notes.placement, notes.path);
  const header = related('header', PART.header);
  const footer = related('footer', PART.footer);

  const page = PAGE_SIZES[model.paper];
  const textWidth = page.width - 2 * MARGIN;
  const content = new DocxContent(new RunWriter(notes, relationships), numbering, media, textWidth, (page.height - 2 * MARGIN) * MAX_IMAGE_SHARE);
  const body = titleBlock(model.titleBlock, textWidth) + content.body(model.blocks) + sourceList(model.sourceList, content) + appendix(model.appendix, content);
  const section = [
    `<w:sectPr><w:headerReference w:type="default" r:id="${header}"/><w:footerReference w:type="default" r:id="${footer}"/>`,
    // Endnotes count 1, 2, 3 like the editor's note marks, not Word's default i, ii, iii.
    '<w:endnotePr><w:pos w:val="docEnd"/><w:numFmt w:val="decimal"/></w:endnotePr>',
    `<w:pgSz w:w="${page.width}" w:h="${page.height}"/>`,
    `<w:pgMar w:top="${MARGIN}" w:right="${MARGIN}" w:bottom="${MARGIN}" w:left="${MARGIN}" w:header="${HEADER_DISTANCE}" w:footer="${HEADER_DISTANCE}" w:gutter="0"/>`,
    '</w:sectPr>',
  ].join('');
  const xml = `${XML_DECLARATION}<w:document ${WORD_NAMESPACES} xmlns:wp="${NAMESPACE.wp}"><w:body>${body}${section}</w:body></w:document>`;
  return { xml, warnings: content.warnings };
}

/** A part's relationships live beside it, in `_rels/`: `word/document.xml` → `word/_rels/document.xml.rels`. */
function relationshipsPath(path: string): string {
  const slash = path.lastIndexOf('/');
  return `${path.slice(0, slash)}/_rels/${path.slice(slash + 1)}.rels`;
}

/** The source list: each source's full reference, grade included, with a hanging indent. */
function sourceList(list: SourceList | null, content: DocxContent): string {
  if (!list || list.entries.length === 0) return '';
  const heading = paragraph({ style: HEADING_STYLES[0] }, portionMarkRun(list.portion) + plainRun(list.heading));
  return heading + list.entries.map((entry) => paragraph({ style: STYLE.sourceEntry }, portionMarkRun(entry.portion) + content.runs(entry.runs))).join('');
}

/** An appendix after the source list: a Heading 1, then its blocks as body text. */
function appendix(block: Appendix | null, content: DocxContent): string {
  if (!block) return '';
  return paragraph({ style: HEADING_STYLES[0] }, portionMarkRun(block.portion) + plainRun(block.heading)) + content.body(block.blocks);
}
