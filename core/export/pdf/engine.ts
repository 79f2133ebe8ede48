import pdfmake, { type PdfContent, type PdfDocDefinition, type PdfKitDocument } from 'pdfmake';
import { listenForDrawing, wrapRenderer, type DrawingListener } from './drawing';
import { FAMILY_NAMES, FONT_FAMILIES, virtualFontFiles, type PdfFonts } from './fonts';
import { LATIN_LINE_HEIGHT, SIZE } from './styles';
import { TABLE_LAYOUTS } from './table-layouts';

/**
 * The one place the writer runs pdfmake. What it relies on beyond pdfmake's documented
 * options is pinned by test/unit/export/pdf-engine.test.ts:
 * - pageBreakBefore reports every node with an id, and a canvas node with no points takes
 *   no height;
 * - the pdfkit document getStream() returns takes its info dictionary until it is ended;
 * - for drawing.ts, in pdfmake's renderer (pdfmake/js/Renderer, a CommonJS class): every
 *   page is drawn within getStream(), through renderPages(pages) on the prototype;
 *   renderLine(line) draws each inline of line.inlines, in order, with one call to the
 *   document's text(); an inline keeps every property the definition gave it;
 * - for drawing.ts, in pdfkit: text() writes its operators through addContent(), showing
 *   glyphs as `[<hex> n …] TJ` inside one BT … ET; the current font (_font, which pdfmake
 *   sets itself) keeps each glyph's ToUnicode entry as unicode[glyph id]; pageAdded is
 *   emitted as each page is added;
 * - fontkit, laying a word out here (FontMetrics.glyphs), gives the glyphs pdfkit draws.
 */

/** Readies pdfmake for an export: fonts from memory, the writer's table layouts, and no URL or file ever read. */
export function preparePdfmake(fonts: PdfFonts): void {
  for (const [name, bytes] of virtualFontFiles(fonts)) pdfmake.virtualfs.writeFileSync(name, bytes);
  pdfmake.setFonts(FONT_FAMILIES);
  pdfmake.setTableLayouts(TABLE_LAYOUTS);
  // Briefwright never makes a network request: pdfmake 0.3 would fetch fonts or images named by URL.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy?.(() => false);
  wrapRenderer();
}

let previousRun: Promise<unknown> = Promise.resolve();

/**
 * Runs pdfmake on a definition: lays it out and draws it into a pdfkit document, not yet
 * ended. One run at a time, so that what drawing.ts is told of belongs to this run; pdfmake's
 * work is synchronous once started, so nothing is lost by waiting.
 */
function run(definition: PdfDocDefinition, onDrawing: DrawingListener | null = null): Promise<PdfKitDocument> {
  const document = previousRun.then(async () => {
    listenForDrawing(onDrawing);
    try {
      return await pdfmake.createPdf(definition).getStream();
    } finally {
      listenForDrawing(null);
    }
  });
  previousRun = document.catch(() => undefined);
  return document;
}

export const DEFAULT_STYLE = { font: FAMILY_NAMES.sans, fontSize: SIZE.body, lineHeight: LATIN_LINE_HEIGHT, color: '#000000' } as const;

const MARKER = 'measure-';

/** A mark with no height: where it lands tells where the content after it starts. */
export function markerNode(id: string): PdfContent {
  return { canvas: [{ type: 'polyline', points: [] }], id };
}

/** pdfmake writes its layout into the nodes it is given; each run gets its own copy. */
export function copyOf<T>(node: T): T {
  return JSON.parse(JSON.stringify(node)) as T;
}

/**
 * The height each node takes, measured by pdfmake itself: the nodes are laid out one under
 * another, with a marker between each two, on one page as tall as they need (pageSize height
 * 'auto'), and each height is the distance from one marker to the next. Nothing is drawn.
 */
export async function measureHeights(nodes: readonly PdfContent[], images: Record<string, string>, textWidth: number, margin: number): Promise<number[]> {
  const tops = new Map<string, number>();
  const content = nodes.flatMap((node, index) => [markerNode(`${MARKER}${index}`), copyOf(node)]);
  content.push(markerNode(`${MARKER}${nodes.length}`));
  const definition: PdfDocDefinition = {
    content,
    pageSize: { width: textWidth + 2 * margin, height: 'auto' },
    pageMargins: [margin, 0, margin, 0],
    defaultStyle: { ...DEFAULT_STYLE },
    images,
    maxPagesNumber: 0,
    pageBreakBefore: (node) => {
      if (node.id?.startsWith(MARKER)) tops.set(node.id, node.startPosition.top);
      return false;
    },
  };
  await run(definition);
  const top = (index: number) => {
    const value = tops.get(`${MARKER}${index}`);
    if (value === undefined) throw new Error(`pdfmake did not report measuring mark ${index}`);
    return value;
  };
  return nodes.map((_, index) => top(index + 1) - top(index));
}

/** A laid-out document, not yet written: where each page-end mark landed, and the pdfkit document to finish. */
export interface LaidOut {
  pagesOf: ReadonlyMap<string, readonly number[]>;
  document: PdfKitDocument;
}

/** Told as each page starts being drawn: its number, from 1, and how many there are. */
export type PageListener = (page: number, pageCount: number) => void;

/** Lays a document out and renders it; the marks whose ids start with `markPrefix` report their pages. */
export async function layOut(definition: PdfDocDefinition, markPrefix: string, onPage?: PageListener): Promise<LaidOut> {
  const pagesOf = new Map<string, readonly number[]>();
  const onDrawing: DrawingListener | null = onPage
    ? (document, pageCount) => {
        let page = 0;
        document.on('pageAdded', () => onPage((page += 1), pageCount));
      }
    : null;
  const document = await run(
    {
      ...definition,
      pageBreakBefore: (node) => {
        if (node.id?.startsWith(markPrefix)) pagesOf.set(node.id, node.pageNumbers);
        return false;
      },
    },
    onDrawing,
  );
  return { pagesOf, document };
}

/** Ends a laid-out document and collects its bytes. */
export function finish(document: PdfKitDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    document.on('data', (chunk) => chunks.push(chunk));
    document.on('error', reject);
    document.on('end', () => {
      const bytes = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.length;
      }
      resolve(bytes);
    });
    document.end();
  });
}
