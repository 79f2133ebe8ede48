import type { PdfKitDocument } from 'pdfmake';
import rendererModule, { type RenderedLine, type Renderer, type RendererClass } from 'pdfmake/js/Renderer';
import type { ActualText } from './glyph-texts';

/**
 * What the PDF writer adds to pdfmake's drawing. pdfmake lays a document out and draws it
 * into a pdfkit document before getStream() hands that document back, and it has no hook of
 * its own into the drawing, so two methods of its renderer are wrapped, once:
 *
 * - renderPages, to tell whoever is listening (engine.ts) that a document's pages are about
 *   to be drawn, with the pdfkit document and the page count, so that progress can follow
 *   pdfkit's pageAdded events;
 * - renderLine, which draws each inline of a line with one call to the document's text():
 *   for the call of an inline that carries an actualText (a right-to-left piece, see
 *   glyph-texts.ts), the operators pdfkit writes are taken, and each glyph a reader would
 *   misread by its ToUnicode entry is shown inside a marked-content span whose ActualText is
 *   what it stands for. The drawing is unchanged; only the glyphs that need one get a span,
 *   which keeps an Arabic PDF a few percent larger, not half as large again.
 *
 * The spans are written here rather than with pdfkit's markContent(): they have to sit
 * between glyphs, inside the text object pdfkit opens, where a reader still knows the font
 * (poppler drops a span's text when the span closes after the text's graphics state is
 * restored); markContent() also leaves out an empty ActualText, which a misread dot needs.
 */

/** Told when pdfmake starts drawing a document's pages into it. */
export type DrawingListener = (document: PdfKitDocument, pageCount: number) => void;

/** What the wrappers share, kept on pdfmake's renderer, so that a second copy of this module finds the first's. */
interface Wrapping {
  listener: DrawingListener | null;
}

const WRAPPING = Symbol.for('briefwright.pdf.drawing');

/** Wraps pdfmake's renderer, once: a second call does nothing. */
export function wrapRenderer(): void {
  wrapping();
}

/** Who is told when the next document's pages start being drawn; engine.ts sets it around each run of pdfmake, one at a time. */
export function listenForDrawing(listener: DrawingListener | null): void {
  wrapping().listener = listener;
}

function wrapping(): Wrapping {
  const prototype: Renderer & { [WRAPPING]?: Wrapping } = rendererClass().prototype;
  const existing = prototype[WRAPPING];
  if (existing) return existing;
  const shared: Wrapping = { listener: null };
  prototype[WRAPPING] = shared;
  const { renderPages, renderLine } = prototype;
  prototype.renderPages = function (this: Renderer, pages) {
    shared.listener?.(this.pdfDocument, pages.length);
    renderPages.call(this, pages);
  };
  prototype.renderLine = function (this: Renderer, line, x, y) {
    if (line.inlines.some((inline) => inline.actualText)) withSpans(this.pdfDocument, line, () => renderLine.call(this, line, x, y));
    else renderLine.call(this, line, x, y);
  };
  return shared;
}

/** pdfmake's renderer class, whichever way the module system hands a CommonJS default export over. */
function rendererClass(): RendererClass {
  return 'prototype' in rendererModule ? rendererModule : rendererModule.default;
}

/** Renders a line with each text() call matched to its inline, in order; the calls of inlines with an actualText write spans. */
function withSpans(document: PdfKitDocument, line: RenderedLine, render: () => void): void {
  const text = document.text;
  let next = 0;
  shadowed(
    document,
    'text',
    function (this: PdfKitDocument, drawn: string, x: number, y: number, options: object): PdfKitDocument {
      const inline = line.inlines[next];
      next += 1;
      const actual = inline?.text === drawn ? inline.actualText : undefined;
      if (!actual) return text.call(this, drawn, x, y, options);
      const operators: string[] = [];
      shadowed(this, 'addContent', (data: string) => (operators.push(data), this), () => text.call(this, drawn, x, y, options));
      for (const operator of inSpans(operators, actual, toUnicodeOf(this))) this.addContent(operator);
      return this;
    },
    render,
  );
}

/**
 * What a reader extracts from a glyph of the document's current font without a span: the
 * glyph's ToUnicode entry, which pdfkit keeps by glyph as font.unicode and writes when the
 * document ends. pdfkit sets an entry once, from the first text that draws the glyph, so it
 * is final once the glyph has been drawn. Nothing is known when pdfkit keeps no such list.
 */
function toUnicodeOf(document: PdfKitDocument): ReadAs {
  const unicode = document._font?.unicode;
  if (!Array.isArray(unicode)) return () => undefined;
  return (glyph) => {
    const codePoints = unicode[parseInt(glyph, 16)];
    return Array.isArray(codePoints) ? String.fromCodePoint(...codePoints) : undefined;
  };
}

/** Runs `run` with an own property of an object set to `value`, then puts back what was there. */
function shadowed<T extends object, K extends keyof T>(object: T, key: K, value: T[K], run: () => void): void {
  const own = Object.getOwnPropertyDescriptor(object, key);
  object[key] = value;
  try {
    run();
  } finally {
    if (own) Object.defineProperty(object, key, own);
    else Reflect.deleteProperty(object, key);
  }
}

/** One glyph shown by a TJ operator, and the adjustment pdfkit puts after it (in thousandths of an em). */
interface ShownGlyph {
  glyph: string;
  after: string;
}

/** pdfkit shows glyphs as `[<hex> adjustment <hex> adjustment …] TJ`, four hex digits a glyph (an Identity-H font). */
const SHOW = /^\[(.*)\] TJ$/;
const SEGMENT = /<([0-9a-fA-F]*)> (-?[0-9.]+)/y;

/** What a reader extracts from a glyph shown without a span: its ToUnicode entry; undefined when that is not known. */
export type ReadAs = (glyph: string) => string | undefined;

/**
 * pdfkit's operators for one piece of text, with ActualText spans. When the glyphs shown are
 * as many as actual.glyphs names, each glyph a reader would misread (its ToUnicode entry is
 * another letter's, or not known) is shown in a span of its own; the others are shown as
 * pdfkit wrote them. Otherwise, one span goes round all of them with the piece's whole text
 * (still right for a reader, only read whole). Spans open and close between TJ operators,
 * inside the text object; operators other than TJ are kept as they are.
 */
export function inSpans(operators: readonly string[], actual: ActualText, readAs: ReadAs = () => undefined): string[] {
  const shown = operators.map(glyphsShown);
  const first = shown.findIndex((glyphs) => glyphs !== null);
  const last = shown.findLastIndex((glyphs) => glyphs !== null);
  if (first < 0) return [...operators];
  const count = shown.reduce((total, glyphs) => total + (glyphs?.length ?? 0), 0);
  const perGlyph = actual.glyphs;
  if (!perGlyph || perGlyph.length !== count || shown.some((glyphs) => glyphs?.length === 0)) {
    return [...operators.slice(0, first), spanStart(actual.text), ...operators.slice(first, last + 1), 'EMC', ...operators.slice(last + 1)];
  }
  let index = 0;
  return operators.flatMap((operator, position) => {
    const glyphs = shown[position];
    if (!glyphs) return [operator];
    // The text each glyph needs a span for, or null when its ToUnicode entry already says it.
    const spanned = glyphs.map(({ glyph }) => {
      const text = perGlyph[index++] as string;
      return readAs(glyph) === text ? null : text;
    });
    if (spanned.every((text) => text === null)) return [operator];
    const out: string[] = [];
    let unspanned: ShownGlyph[] = [];
    glyphs.forEach((glyph, at) => {
      const text = spanned[at] ?? null;
      if (text === null) {
        unspanned.push(glyph);
        return;
      }
      if (unspanned.length > 0) out.push(showing(unspanned));
      unspanned = [];
      out.push(spanStart(text), showing([glyph]), 'EMC');
    });
    if (unspanned.length > 0) out.push(showing(unspanned));
    return out;
  });
}

/** A TJ operator showing glyphs, each run of them up to an adjustment in one string, as pdfkit writes it. */
function showing(glyphs: readonly ShownGlyph[]): string {
  const segments: string[] = [];
  let hex = '';
  glyphs.forEach(({ glyph, after }, index) => {
    hex += glyph;
    if (after !== '0' || index === glyphs.length - 1) {
      segments.push(`<${hex}> ${after}`);
      hex = '';
    }
  });
  return `[${segments.join(' ')}] TJ`;
}

/** The glyphs a TJ operator shows; an empty list when it is a TJ this cannot read; null for any other operator. */
function glyphsShown(operator: string): ShownGlyph[] | null {
  const show = SHOW.exec(operator);
  if (!show) return null;
  const body = show[1] as string;
  const glyphs: ShownGlyph[] = [];
  SEGMENT.lastIndex = 0;
  while (SEGMENT.lastIndex < body.length) {
    const segment = SEGMENT.exec(body);
    if (!segment) return [];
    const [, hex = '', after = '0'] = segment;
    if (hex.length % 4 !== 0) return [];
    for (let offset = 0; offset < hex.length; offset += 4) glyphs.push({ glyph: hex.slice(offset, offset + 4), after: offset + 4 === hex.length ? after : '0' });
    if (body[SEGMENT.lastIndex] === ' ') SEGMENT.lastIndex += 1;
  }
  return glyphs;
}

/** Opens a span whose ActualText is `text`, as a UTF-16BE string (or empty: the glyphs stand for nothing). */
export function spanStart(text: string): string {
  const units = Array.from({ length: text.length }, (_, index) => text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0'));
  return `/Span <</ActualText ${text === '' ? '()' : `<FEFF${units.join('')}>`}>> BDC`;
}
