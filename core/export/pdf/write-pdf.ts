import type { PdfContent, PdfDocDefinition, PdfKitDocument } from 'pdfmake';
import type { DocumentProperties, ExportModel, ExportProgressListener, ExportWarning, ExportWarningCode } from '../types';
import { copyOf, DEFAULT_STYLE, finish, layOut, markerNode, measureHeights, preparePdfmake, type PageListener } from './engine';
import { buildFlow, type Flow } from './flow';
import { FontMetrics, type PdfFonts } from './fonts';
import { heightShape } from './height-shape';
import { pageFooter, pageHeader } from './page-furniture';
import { planPages, type NoteSlice, type PagePlan, type PageItem } from './paginate';
import { ProgressReport } from './progress';
import { COLOR, MARGIN, PAGE_SIZES, SPACE } from './styles';

export type { PdfFonts } from './fonts';

export interface PdfWriteOptions {
  /** Told of each stage of the export, with the share done; see PROGRESS. */
  onProgress?: ExportProgressListener;
}

export interface PdfExport {
  bytes: Uint8Array;
  /** What the PDF could not show as the model has it, in an analyst's words. */
  warnings: ExportWarning[];
}

/** The short rule above the notes at the foot of a page, and the space round it. */
const SEPARATOR = { above: 8, below: 3, share: 0.33, lineWidth: 0.5 } as const;
const PAGE_END = 'page-end-';
/** The note area starts this much above where it is planned, so rounding never pushes its last line over the page's foot. */
const NOTE_AREA_SLACK = 0.5;
/**
 * How far an export has got at the start of each stage, as a share of the time it takes:
 * measuring lays the whole text out once, the pages are then laid out and drawn, and ending
 * the document embeds the fonts. A second layout, with the notes as endnotes, takes what is
 * left before the end.
 */
const PROGRESS = { measuring: 0, planning: 0.5, layingOut: 0.51, drawing: 0.82, finishing: 0.95, again: { drawing: 0.96, finishing: 0.98 } } as const;
/** The export model has no code of its own for a page layout the PDF had to give up on; this is the nearest. */
const LAYOUT_WARNING: ExportWarningCode = 'long-paragraph';

interface Geometry {
  page: { width: number; height: number };
  textWidth: number;
  bodyHeight: number;
}

/** The widths of the bundled fonts are learned once per set of fonts, not once per export. */
const metricsCache = new WeakMap<Uint8Array, FontMetrics>();

/**
 * Writes the export model as a PDF with pdfmake: the same content and look as the DOCX, the
 * fonts embedded, footnotes at the foot of the page of their marks, the banner and "Page X of
 * Y" on every page, an outline from the headings, and the document's properties.
 *
 * Footnotes: the text is broken into lines here (text-lines.ts), pdfmake measures each line
 * and table row (engine.ts), the pages are planned with the notes' room reserved
 * (paginate.ts), and pdfmake then lays out exactly those pages. Every page's end is checked
 * against the plan; should pdfmake ever break a page differently, the PDF is laid out again
 * with the notes as endnotes, and a warning says so.
 *
 * Right-to-left text is drawn so that readers extract its letters as written (glyph-texts.ts,
 * drawing.ts). With options.onProgress, each stage is told as it starts, and each page as
 * pdfkit draws it, with the share of the export done.
 */
export async function writePdf(model: ExportModel, fonts: PdfFonts, options: PdfWriteOptions = {}): Promise<PdfExport> {
  const progress = new ProgressReport(options.onProgress);
  progress.stage('Measuring the text', PROGRESS.measuring);
  const page = PAGE_SIZES[model.paper];
  const geometry: Geometry = { page, textWidth: page.width - 2 * MARGIN, bodyHeight: page.height - 2 * MARGIN };
  let metrics = metricsCache.get(fonts.sans.regular);
  if (!metrics) {
    metrics = new FontMetrics(fonts);
    metricsCache.set(fonts.sans.regular, metrics);
  }
  preparePdfmake(fonts);
  const flow = buildFlow(model, { metrics, textWidth: geometry.textWidth, bodyHeight: geometry.bodyHeight });
  const plan = await planFlow(flow, geometry, progress);
  progress.stage(`Laying out ${plan.pages.length} ${plan.pages.length === 1 ? 'page' : 'pages'}`, PROGRESS.layingOut);
  const laidOut = await layOut(definition(model, geometry, flow, pagedContent(flow, plan, geometry)), PAGE_END, drawingPages(progress, PROGRESS.drawing, PROGRESS.finishing));
  const asPlanned = plan.pages.every((_, index) => samePages(laidOut.pagesOf.get(`${PAGE_END}${index + 1}`), [index + 1]));
  if (asPlanned) {
    const displaced = plan.displacedNotes.map((note): ExportWarning => ({
      code: LAYOUT_WARNING,
      message: `Note ${note} did not fit on the page of its mark and starts at the foot of the next page.`,
      section: null,
    }));
    progress.stage('Embedding the fonts and finishing the file', PROGRESS.finishing);
    const bytes = await written(laidOut.document, model);
    progress.done('The PDF is ready');
    return { bytes, warnings: [...flow.warnings, ...displaced] };
  }
  return flowingWithEndnotes(model, geometry, metrics, progress);
}

/** Tells of each page as pdfkit starts drawing it, the fractions running from `from` to `to`. */
function drawingPages(progress: ProgressReport, from: number, to: number): PageListener {
  return (page, pageCount) => {
    const stage = `Drawing page ${page} of ${pageCount}`;
    const fraction = from + ((to - from) * (page - 1)) / pageCount;
    if (page === 1) progress.stage(stage, fraction);
    else progress.step(stage, fraction);
  };
}

/** Measures every item and note line, then plans the pages. */
async function planFlow(flow: Flow, geometry: Geometry, progress: ProgressReport): Promise<PagePlan> {
  const topVariants = flow.items.flatMap((item, index) => (item.pageTopNode ? [{ index, node: item.pageTopNode }] : []));
  const notes = [...flow.noteLines.entries()];
  const nodes = [...flow.items.map((item) => item.node), ...topVariants.map((variant) => variant.node), ...notes.flatMap(([, lines]) => lines)];
  const heights = await measureOnce(nodes, flow.images, geometry);
  progress.stage('Planning the pages and their footnotes', PROGRESS.planning);
  const itemHeights = heights.slice(0, flow.items.length);
  const topHeights = new Map(topVariants.map((variant, position) => [variant.index, heights[flow.items.length + position] as number]));
  let offset = flow.items.length + topVariants.length;
  const noteLines = new Map<number, number[]>();
  for (const [number, lines] of notes) {
    noteLines.set(number, heights.slice(offset, offset + lines.length));
    offset += lines.length;
  }
  const items = flow.items.map((item, index): PageItem => ({
    height: itemHeights[index] as number,
    heightAtTop: topHeights.get(index) ?? (itemHeights[index] as number),
    gapBefore: item.gapBefore,
    keepWithNext: item.keepWithNext,
    notes: item.notes,
    repeatAtTop: item.repeatAtTop,
  }));
  return planPages(items, noteLines, { bodyHeight: geometry.bodyHeight, separatorHeight: SEPARATOR.above + SEPARATOR.below, betweenNotes: SPACE.betweenNotes });
}

/**
 * Heights, measuring each shape of node once (height-shape.ts): most items are lines of
 * text that differ only in their letters, so a long document has far fewer shapes than items.
 */
async function measureOnce(nodes: readonly PdfContent[], images: Record<string, string>, geometry: Geometry): Promise<number[]> {
  const firstOfShape = new Map<string, number>();
  const measured: PdfContent[] = [];
  const slots = nodes.map((node) => {
    const shape = heightShape(node);
    let slot = firstOfShape.get(shape);
    if (slot === undefined) {
      slot = measured.push(node) - 1;
      firstOfShape.set(shape, slot);
    }
    return slot;
  });
  const heights = await measureHeights(measured, images, geometry.textWidth, MARGIN);
  return slots.map((slot) => heights[slot] as number);
}

/** The planned pages as content: each page's items, its notes at its foot, and a mark where it ends. */
function pagedContent(flow: Flow, plan: PagePlan, geometry: Geometry): PdfContent[] {
  // pdfmake writes its layout into the nodes it is given, so a node drawn twice (a table's
  // header rows, repeated on each page the table runs onto) or sharing parts with others (a
  // table's row groups share their widths) is copied. A line of text is made for its one item
  // and laid out only here (measuring copies what it measures), so it is used as it is.
  const used = new Set<PdfContent>();
  const once = (node: PdfContent) => {
    if (!('text' in node) || used.has(node)) return copyOf(node);
    used.add(node);
    return node;
  };
  return plan.pages.map((planned, pageIndex) => {
    const stack = planned.items.map(({ index }, position) => {
      const item = flow.items[index] as Flow['items'][number];
      const node = once(position === 0 && item.pageTopNode ? item.pageTopNode : item.node);
      return spaced(node, position === 0 ? 0 : item.gapBefore);
    });
    if (planned.notes.length > 0) stack.push(noteArea(flow, planned.notes, planned.notesHeight, geometry, once));
    stack.push(markerNode(`${PAGE_END}${pageIndex + 1}`));
    return pageIndex === 0 ? { stack } : { stack, pageBreak: 'before' as const };
  });
}

/** The notes at the foot of a page: a short rule, then each note's lines, placed so they end at the foot of the text area. */
function noteArea(flow: Flow, slices: readonly NoteSlice[], height: number, geometry: Geometry, once: (node: PdfContent) => PdfContent): PdfContent {
  const separator: PdfContent = {
    canvas: [{ type: 'line', x1: 0, y1: SEPARATOR.above, x2: geometry.textWidth * SEPARATOR.share, y2: SEPARATOR.above, lineWidth: SEPARATOR.lineWidth, lineColor: COLOR.muted }],
  };
  const lines = slices.flatMap((slice, sliceIndex) =>
    (flow.noteLines.get(slice.note) ?? []).slice(slice.from, slice.to).map((line, lineIndex) => spaced(once(line), lineIndex > 0 ? 0 : sliceIndex === 0 ? SEPARATOR.below : SPACE.betweenNotes)),
  );
  const top = geometry.page.height - MARGIN - height - NOTE_AREA_SLACK;
  return { stack: [separator, ...lines], absolutePosition: { x: MARGIN, y: top } };
}

function spaced(node: PdfContent, gap: number): PdfContent {
  return gap > 0 ? { stack: [node], margin: [0, gap, 0, 0] } : node;
}

function definition(model: ExportModel, geometry: Geometry, flow: Flow, content: PdfContent[]): PdfDocDefinition {
  return {
    content,
    pageSize: { width: geometry.page.width, height: geometry.page.height },
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    defaultStyle: { ...DEFAULT_STYLE },
    header: pageHeader(model.banner),
    footer: pageFooter(model.banner),
    images: flow.images,
    // Viewers show the title, not the file name, in their title bar.
    displayTitle: true,
    // PDF 1.3 has no XMP metadata stream; pdfkit would write one from 1.4 on, with the creation time a distribution copy leaves out.
    version: '1.3',
  };
}

/**
 * The fallback, should pdfmake break pages differently from the plan: the whole document as
 * one flow that pdfmake breaks into pages itself, with the notes as endnotes, so nothing can
 * overlap. It loses footnotes, never text; the warning says so.
 */
async function flowingWithEndnotes(model: ExportModel, geometry: Geometry, metrics: FontMetrics, progress: ProgressReport): Promise<PdfExport> {
  progress.stage(model.notes.placement === 'footnotes' ? 'Laying the pages out again, with the notes at the end' : 'Laying the pages out again', PROGRESS.finishing);
  const endnotes: ExportModel = { ...model, notes: { ...model.notes, placement: 'endnotes' } };
  const flow = buildFlow(endnotes, { metrics, textWidth: geometry.textWidth, bodyHeight: geometry.bodyHeight });
  const content = flow.items.map((item, index) => spaced(withBreakableRows(copyOf(item.node)), index === 0 ? 0 : item.gapBefore));
  const laidOut = await layOut(definition(endnotes, geometry, flow, content), PAGE_END, drawingPages(progress, PROGRESS.again.drawing, PROGRESS.again.finishing));
  const warning: ExportWarning = {
    code: LAYOUT_WARNING,
    message:
      model.notes.placement === 'footnotes'
        ? 'The PDF’s pages could not be laid out with the notes at their foot (a table row or image taller than a page?); the notes are listed at the end instead, under “Notes”.'
        : 'The PDF’s pages could not be laid out as planned (a table row or image taller than a page?); some headings may sit at the foot of a page.',
    section: null,
  };
  progress.stage('Embedding the fonts and finishing the file', PROGRESS.again.finishing);
  const bytes = await written(laidOut.document, endnotes);
  progress.done('The PDF is ready');
  return { bytes, warnings: [...flow.warnings, warning] };
}

/** A row taller than a page must be allowed to run onto the next, or pdfmake leaves it out. */
function withBreakableRows(node: PdfContent): PdfContent {
  if ('table' in node) node.table.dontBreakRows = false;
  return node;
}

async function written(document: PdfKitDocument, model: ExportModel): Promise<Uint8Array> {
  applyProperties(document.info, model.properties, model.distribution);
  return finish(document);
}

/**
 * The document information dictionary: title, subject, keywords, author, dates, and the
 * marking (and an export over marking errors, MarkingOverride) as custom entries. A
 * distribution copy names no author and carries no times.
 */
function applyProperties(info: PdfKitDocument['info'], properties: DocumentProperties, distribution: boolean): void {
  info.Title = properties.title;
  info.Creator = 'Briefwright';
  if (properties.subject) info.Subject = properties.subject;
  if (properties.keywords.length > 0) info.Keywords = properties.keywords.join('; ');
  if (properties.author) info.Author = properties.author;
  if (properties.marking) info.Marking = properties.marking;
  // Exported over marking errors: the reason and the findings go on the file's record.
  if (properties.markingOverride) {
    info.MarkingOverride = properties.markingOverride.reason;
    if (properties.markingOverride.findings.length > 0) info.MarkingOverrideFindings = properties.markingOverride.findings.join(' | ');
  }
  if (distribution) info.DistributionCopy = 'Yes';
  const created = dateOf(properties.created);
  const modified = dateOf(properties.modified);
  if (modified) info.ModDate = modified;
  if (created) {
    info.CreationDate = created;
  } else {
    // pdfkit stamps every document with the time it was made and reads that stamp again when
    // it ends; hidden from enumeration, it stays readable but is not written to the file.
    Object.defineProperty(info, 'CreationDate', { value: info.CreationDate, enumerable: false });
  }
}

function dateOf(iso: string | null): Date | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}

function samePages(actual: readonly number[] | undefined, expected: readonly number[]): boolean {
  return actual !== undefined && actual.length === expected.length && actual.every((page, index) => page === expected[index]);
}
