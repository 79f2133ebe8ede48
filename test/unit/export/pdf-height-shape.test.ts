import type { PdfContent } from 'pdfmake';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../core/export/model';
import { measureHeights, preparePdfmake } from '../../../core/export/pdf/engine';
import { buildFlow } from '../../../core/export/pdf/flow';
import { FontMetrics } from '../../../core/export/pdf/fonts';
import { heightShape } from '../../../core/export/pdf/height-shape';
import { MARGIN, PAGE_SIZES } from '../../../core/export/pdf/styles';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { ARABIC_REPORT, exportReadout, heading, paragraph, text } from './fixtures';

/**
 * The PDF writer measures one node of each height shape and gives its height to the others
 * (write-pdf.ts): that is only right if nodes of one shape are as tall as each other when
 * pdfmake lays them out, whatever their text.
 */
describe('height shapes', () => {
  it('nodes of one shape are as tall as each other in pdfmake: body, headings, notes, quotes, list items, tables, right-to-left lines', async () => {
    const fonts = await loadPdfFonts();
    preparePdfmake(fonts);
    const document = exportReadout();
    // Several lines of right-to-left text, a right-to-left heading and a long quote-free paragraph, so that shapes repeat.
    document.body.root.children.push(
      { ...heading('h2', ARABIC_REPORT.heading), direction: 'rtl' },
      paragraph([text(ARABIC_REPORT.sentences.join(' '))], { direction: null }),
      paragraph([text('The inspection teams met the wardens of each facility in turn and went through the registers line by line, noting every transfer since the start of the year. ')]),
    );
    const { model } = buildExportModel(document, { notes: 'footnotes', includeSourceList: true, distribution: false });
    const textWidth = PAGE_SIZES[model.paper].width - 2 * MARGIN;
    const flow = buildFlow(model, { metrics: new FontMetrics(fonts), textWidth, bodyHeight: PAGE_SIZES[model.paper].height - 2 * MARGIN });
    const nodes: PdfContent[] = [...flow.items.flatMap((item) => [item.node, ...(item.pageTopNode ? [item.pageTopNode] : [])]), ...[...flow.noteLines.values()].flat()];
    const heights = await measureHeights(nodes, flow.images, textWidth, MARGIN);

    const byShape = new Map<string, number[]>();
    nodes.forEach((node, index) => byShape.set(heightShape(node), [...(byShape.get(heightShape(node)) ?? []), heights[index] as number]));
    for (const [shape, alike] of byShape) {
      for (const height of alike) expect(height, shape).toBeCloseTo(alike[0] as number, 9);
    }
    // Shapes are shared: most lines need no measuring of their own.
    expect(byShape.size).toBeLessThan(nodes.length / 2);
    // Lines of different heights (a heading, a body line, a note line) have different shapes.
    expect(new Set(heights.map((height) => height.toFixed(6))).size).toBeGreaterThan(3);
  }, 60_000);

  it('leaves a line’s letters out, but not its fonts, sizes or raised pieces', () => {
    const line = (text: string, extra: object = {}): PdfContent => ({ text: [{ text, font: 'NotoSans', fontSize: 10.5, lineHeight: 1, color: '#000000', ...extra }], noWrap: true, alignment: 'left' });
    expect(heightShape(line('One line'))).toBe(heightShape(line('Another, longer line', { color: '#1F4E99', link: 'https://example.org' })));
    expect(heightShape(line('One line'))).not.toBe(heightShape(line('One line', { fontSize: 8.5 })));
    expect(heightShape(line('One line'))).not.toBe(heightShape(line('One line', { bold: true })));
    expect(heightShape(line('One line'))).not.toBe(heightShape(line('1', { sup: true })));
    // Text pdfmake may wrap is kept: its letters decide how many lines it takes.
    expect(heightShape({ text: 'One line' })).not.toBe(heightShape({ text: 'Another, longer line' }));
  });
});
