import pdfmake, { type PdfContent, type PdfDocDefinition, type PdfKitDocument } from 'pdfmake';
import rendererModule from 'pdfmake/js/Renderer';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { finish, layOut, markerNode, measureHeights, preparePdfmake } from '../../../core/export/pdf/engine';
import { FontMetrics } from '../../../core/export/pdf/fonts';
import { paragraphLines } from '../../../core/export/pdf/text-content';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { PDFTOPPM, pagePng, savePdf } from './pdf-readers';

/**
 * What the PDF writer relies on in pdfmake 0.3 beyond its documented options, pinned: a
 * pdfmake upgrade that changes any of it fails here first, not in an analyst's PDF.
 */
describe('pdfmake as the PDF writer uses it', () => {
  afterEach(() => vi.restoreAllMocks());

  it('reports where every marked node lands, and a marker takes no height', async () => {
    preparePdfmake(await loadPdfFonts());
    const line = { text: 'One line of text', noWrap: true };
    const [first, marker, second, both] = await measureHeights([line, markerNode('extra'), line, { stack: [line, line] }], { }, 451, 72);
    expect(first).toBeGreaterThan(10);
    expect(marker).toBe(0);
    expect(second).toBeCloseTo(first as number, 6);
    // Heights add up: two lines in a stack are two lines.
    expect(both).toBeCloseTo(2 * (first as number), 6);
  });

  it('lays explicit pages out as given, and says on which page each page-end mark is', async () => {
    preparePdfmake(await loadPdfFonts());
    const { pagesOf } = await layOut(
      {
        content: [{ stack: [{ text: 'First page' }, markerNode('end-1')] }, { stack: [{ text: 'Second page' }, markerNode('end-2')], pageBreak: 'before' }],
        pageSize: { width: 595.28, height: 841.89 },
        pageMargins: [72, 72, 72, 72],
        defaultStyle: { font: 'NotoSans', fontSize: 10 },
      },
      'end-',
    );
    expect(Object.fromEntries(pagesOf)).toEqual({ 'end-1': [1], 'end-2': [2] });
  });

  it('fetches nothing: a font or image named by URL is refused before any request', async () => {
    preparePdfmake(await loadPdfFonts());
    const fetch = vi.spyOn(globalThis, 'fetch');
    const document = pdfmake.createPdf({
      content: [{ image: 'remote', width: 10, height: 10 }],
      images: { remote: 'https://example.org/tracker.png' },
      pageSize: { width: 200, height: 200 },
      pageMargins: [10, 10, 10, 10],
      defaultStyle: { font: 'NotoSans' },
    });
    await expect(document.getStream()).rejects.toThrow(/denied by resource access policy/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('reads nothing from disk: a local path is refused', async () => {
    preparePdfmake(await loadPdfFonts());
    const document = pdfmake.createPdf({
      content: [{ image: '/etc/hostname', width: 10, height: 10 }],
      pageSize: { width: 200, height: 200 },
      pageMargins: [10, 10, 10, 10],
      defaultStyle: { font: 'NotoSans' },
    });
    await expect(document.getStream()).rejects.toThrow(/denied by resource access policy/);
  });
});

/** A definition of some content on A4 pages, with the content streams left uncompressed to be read. */
function pages(content: PdfContent[]): PdfDocDefinition {
  return { content, pageSize: { width: 595.28, height: 841.89 }, pageMargins: [72, 72, 72, 72], defaultStyle: { font: 'NotoSans', fontSize: 10 }, compress: false };
}

async function pdfOf(definition: PdfDocDefinition, onPage?: (page: number, pageCount: number) => void): Promise<string> {
  return Buffer.from(await finish((await layOut(definition, 'none-', onPage)).document)).toString('latin1');
}

/** Each text object (BT … ET) of an uncompressed PDF: its spans (each with the TJ operators inside it) and how many glyphs it shows in all. */
function textObjects(pdf: string): Array<{ spans: Array<{ text: string; glyphs: number }>; glyphs: number }> {
  const glyphsIn = (operators: string) => [...operators.matchAll(/<([0-9A-Fa-f]+)> -?[0-9.]+/g)].reduce((total, [, hex = '']) => total + hex.length / 4, 0);
  return [...pdf.matchAll(/\nBT\n([\s\S]*?)\nET\n/g)].map(([, body = '']) => ({
    spans: [...body.matchAll(/\/Span <<\/ActualText (?:<FEFF([0-9A-F]*)>|\(\))>> BDC\n([\s\S]*?)\nEMC/g)].map(([, hex = '', inside = '']) => ({
      text: String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16))),
      glyphs: glyphsIn(inside),
    })),
    glyphs: glyphsIn(body),
  }));
}

const rendererPrototype = ('prototype' in rendererModule ? rendererModule : rendererModule.default).prototype;

/** Arabic words with what Noto Naskh draws in pieces: dotted letters, vowel marks, lam-alef, hamza, brackets. */
const WORDS = ['محتجز', 'مُحْتَجَزٌ', 'خلال', 'أسئلة', 'المؤسسة', '(الأممية)', 'إن', 'قال', 'فقط'];

/**
 * What drawing.ts relies on in pdfmake's renderer and in pdfkit, pinned, as engine.ts lists
 * it: a version of either that changes any of it fails here, not in an analyst's PDF.
 */
describe('pdfmake’s renderer and pdfkit as the ActualText spans and the progress use them', () => {
  afterEach(() => vi.restoreAllMocks());

  it('hands renderLine each inline with the properties the definition gave it, and draws each with one text() call, in order', async () => {
    const fonts = await loadPdfFonts();
    preparePdfmake(fonts);
    // The method is looked up on the document when a line is drawn: spy on the prototype that has it.
    const probe = (await layOut(pages([{ text: 'x' }]), 'none-')).document;
    let owner: object | null = probe;
    while (owner && !Object.prototype.hasOwnProperty.call(owner, 'text')) owner = Object.getPrototypeOf(owner) as object | null;
    const text = vi.spyOn(owner as PdfKitDocument, 'text');
    const renderLine = vi.spyOn(rendererPrototype, 'renderLine');
    const actualText = { text: 'محتجز', glyphs: null };
    await layOut(pages([{ text: [{ text: 'Before ' }, { text: 'محتجز', font: 'NotoNaskhArabic', actualText }, { text: ' after' }], noWrap: true }]), 'none-');
    expect(renderLine).toHaveBeenCalledTimes(1);
    expect(renderLine.mock.calls[0]?.[0].inlines.map((inline) => [inline.text, inline.actualText])).toEqual([
      ['Before ', undefined],
      ['محتجز', actualText],
      [' after', undefined],
    ]);
    expect(text.mock.calls.map(([drawn]) => drawn)).toEqual(['Before ', 'محتجز', ' after']);
  });

  it('shows the glyphs of a text() call with TJ inside one BT … ET, written through addContent, as many as fontkit lays the word out into here, and keeps each glyph’s ToUnicode entry', async () => {
    const fonts = await loadPdfFonts();
    preparePdfmake(fonts);
    const metrics = new FontMetrics(fonts);
    const lines = WORDS.map((word) => paragraphLines([{ text: word, style: { size: 11, color: '#000000' } }], { width: 400, direction: 'rtl', align: null }, metrics, new Set()));
    const pieces = lines.map((line) => (line[0]?.node.text as Array<{ text: string; actualText?: { text: string; glyphs: string[] | null } }>)[0]);
    const objects = textObjects(await pdfOf(pages(lines.map((line) => line[0]?.node as PdfContent))));
    expect(objects).toHaveLength(WORDS.length);
    WORDS.forEach((word, index) => {
      const glyphs = metrics.glyphs({ family: 'naskh', bold: false, italic: false }, pieces[index]?.text ?? '');
      // pdfkit drew the glyphs fontkit laid out here, so each glyph's text is known…
      expect(pieces[index]?.actualText, word).toEqual({ text: word, glyphs: expect.any(Array) });
      expect(pieces[index]?.actualText?.glyphs, word).toHaveLength(glyphs.length);
      expect(objects[index]?.glyphs, word).toBe(glyphs.length);
      // …and the glyphs a reader would misread by their ToUnicode entry (read from pdfkit's font) are spanned one by one, not the word whole.
      expect(objects[index]?.spans.every((span) => span.glyphs === 1 && [...span.text].length <= 1), word).toBe(true);
    });
    // ح and ج share a shape: drawn after ح, ج would read as ح without a span; the dots and ح read right by pdfkit's ToUnicode entries, so they have none.
    const word = objects[WORDS.indexOf('محتجز')];
    expect(word?.spans.map((span) => span.text)).toEqual(['ج']);
  });

  it.skipIf(!PDFTOPPM)('draws the same page with the spans as without', async () => {
    const fonts = await loadPdfFonts();
    preparePdfmake(fonts);
    const metrics = new FontMetrics(fonts);
    const spans = [{ text: 'أكد المسؤول أن لجنة التفتيش (الأممية) ستزور 3 مواقع.', style: { size: 11, color: '#000000' } }];
    const nodes = paragraphLines(spans, { width: 451, direction: 'rtl', align: null }, metrics, new Set()).map((line) => line.node as PdfContent);
    const bare = JSON.parse(JSON.stringify(nodes, (key, value: unknown) => (key === 'actualText' ? undefined : value))) as PdfContent[];
    const [withSpans, without] = await Promise.all([pdfOf(pages(nodes)), pdfOf(pages(bare))]);
    expect(withSpans).toContain('/ActualText');
    expect(without).not.toContain('/ActualText');
    const [drawnWith, drawnWithout] = await Promise.all([savePdf(Buffer.from(withSpans, 'latin1'), 'with-spans.pdf'), savePdf(Buffer.from(without, 'latin1'), 'without-spans.pdf')]);
    expect(pagePng(drawnWith, 1).equals(pagePng(drawnWithout, 1))).toBe(true);
  });

  it('tells of a document’s pages before drawing them, and pdfkit announces each page as it is added', async () => {
    preparePdfmake(await loadPdfFonts());
    const told: Array<[number, number]> = [];
    const content: PdfContent[] = [{ text: 'One' }, { text: 'Two', pageBreak: 'before' }, { text: 'Three', pageBreak: 'before' }];
    await pdfOf(pages(content), (page, pageCount) => told.push([page, pageCount]));
    expect(told).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });

  it('runs one document at a time, so each export hears only of its own pages', async () => {
    preparePdfmake(await loadPdfFonts());
    const heard: Record<string, number[]> = { two: [], three: [] };
    const document = (count: number) => pages(Array.from({ length: count }, (_, index): PdfContent => (index === 0 ? { text: 'Page' } : { text: 'Page', pageBreak: 'before' })));
    await Promise.all([pdfOf(document(2), (_, pageCount) => heard.two?.push(pageCount)), pdfOf(document(3), (_, pageCount) => heard.three?.push(pageCount))]);
    expect(heard).toEqual({ two: [2, 2], three: [3, 3, 3] });
  });
});
