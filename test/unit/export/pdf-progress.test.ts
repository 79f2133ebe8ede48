import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../core/export/model';
import { ProgressReport } from '../../../core/export/pdf/progress';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import type { ExportProgress } from '../../../core/export/types';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { exportReadout, tallRowDocument } from './fixtures';

async function progressOf(document: ReturnType<typeof exportReadout>): Promise<ExportProgress[]> {
  const { model } = buildExportModel(document, { notes: 'footnotes', includeSourceList: true, distribution: false });
  const heard: ExportProgress[] = [];
  await writePdf(model, await loadPdfFonts(), { onProgress: (progress) => heard.push(progress) });
  return heard;
}

/** The stages, each once, in the order first heard; "Drawing page …" as one. */
const stagesOf = (heard: readonly ExportProgress[]) => [...new Set(heard.map(({ stage }) => stage.replace(/^Drawing page \d+ of (\d+)$/, 'Drawing page … of $1')))];
const fractionsOf = (heard: readonly ExportProgress[]) => heard.map(({ fraction }) => fraction ?? -1);

describe('the progress a PDF export reports', () => {
  it('tells each stage in order, with a share done that only grows, from 0 to 1', async () => {
    const heard = await progressOf(exportReadout());
    expect(stagesOf(heard)).toEqual([
      'Measuring the text',
      'Planning the pages and their footnotes',
      'Laying out 2 pages',
      'Drawing page … of 2',
      'Embedding the fonts and finishing the file',
      'The PDF is ready',
    ]);
    expect(heard.map(({ stage }) => stage)).toContain('Drawing page 1 of 2');
    const fractions = fractionsOf(heard);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    fractions.slice(1).forEach((fraction, index) => expect(fraction).toBeGreaterThanOrEqual(fractions[index] as number));
  }, 60_000);

  it('still only grows and ends at 1 when the pages are laid out a second time, with the notes at the end', async () => {
    const heard = await progressOf(tallRowDocument());
    expect(stagesOf(heard)).toContain('Laying the pages out again, with the notes at the end');
    expect(stagesOf(heard).at(-1)).toBe('The PDF is ready');
    const fractions = fractionsOf(heard);
    expect(fractions.at(-1)).toBe(1);
    fractions.slice(1).forEach((fraction, index) => expect(fraction).toBeGreaterThanOrEqual(fractions[index] as number));
  }, 60_000);

  it('reports steps within a stage at most every 50 ms and once a whole percent, and every new stage at once', () => {
    let now = 0;
    const heard: ExportProgress[] = [];
    const report = new ProgressReport((progress) => heard.push(progress), () => now);
    report.stage('Drawing page 1 of 400', 0.5);
    for (let page = 2; page <= 400; page += 1) {
      now += 1;
      report.step(`Drawing page ${page} of 400`, 0.5 + (0.4 * (page - 1)) / 400);
    }
    // 400 pages drawn in 400 ms: one report each 50 ms, not one a page.
    expect(heard.length).toBeLessThanOrEqual(1 + 400 / 50);
    const lastDrawn = heard.at(-1)?.fraction;
    report.stage('Embedding the fonts and finishing the file', 0.3);
    // A new stage is told at once, and the share never goes back.
    expect(heard.at(-1)).toEqual({ stage: 'Embedding the fonts and finishing the file', fraction: lastDrawn });
    report.done('The PDF is ready');
    expect(heard.at(-1)).toEqual({ stage: 'The PDF is ready', fraction: 1 });
  });

  it('costs nothing without a listener', () => {
    const report = new ProgressReport(undefined, () => {
      throw new Error('the clock is read');
    });
    report.stage('Measuring the text', 0);
    report.step('Drawing page 2 of 3', 0.6);
    report.done('The PDF is ready');
  });
});
