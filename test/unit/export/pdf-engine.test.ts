import pdfmake from 'pdfmake';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { layOut, markerNode, measureHeights, preparePdfmake } from '../../../core/export/pdf/engine';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';

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
