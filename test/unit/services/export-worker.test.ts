import { unzipSync } from 'fflate';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportProgress } from '../../../core/export/types';
import { generateSampleBriefing } from '../../../core/sample/generate';
import { EXPORT_STAGES, exportDocument, type ExportRequest } from '../../../electron/services/document-export';
import type { ExportJob } from '../../../electron/services/export-worker-protocol';
import { findExportWorker, workerExportRunner, type ExportRunner } from '../../../electron/services/export-worker-runner';
import { sampleReadout } from '../../fixtures/documents';
import { pdfInfo, POPPLER, savePdf } from '../export/pdf-readers';
import { bundleExportWorker } from './export-worker-bundle';

// The export worker as the host runs it: the bundle the build makes, on a real worker thread.

const DOCX: ExportRequest = { format: 'docx', notes: 'footnotes', includeSourceList: true, distribution: false };
const PDF: ExportRequest = { ...DOCX, format: 'pdf' };

function run(runner: ExportRunner, job: ExportJob, signal = new AbortController().signal) {
  const progress: ExportProgress[] = [];
  const exported = runner(job, { signal, onProgress: (reported) => progress.push(reported) });
  return { exported, progress };
}

describe('exporting on a worker thread', () => {
  let workerFile: string;
  let runner: ExportRunner;

  beforeAll(async () => {
    workerFile = await bundleExportWorker();
    runner = workerExportRunner({ workerFile });
  }, 60_000);

  it('writes the same DOCX as an export in the host’s own thread', async () => {
    const document = sampleReadout();
    const exported = await run(runner, { document, request: DOCX }).exported;
    expect(exported.title).toBe('Readout: NSA – Mission Commander');
    expect(new TextDecoder().decode(exported.bytes.subarray(0, 2))).toBe('PK');
    const parts = unzipSync(exported.bytes);
    const inProcess = unzipSync((await exportDocument(document, DOCX)).bytes);
    const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
    expect(text(parts['word/document.xml'])).toContain('Adviser urges repatriation');
    expect(text(parts['word/document.xml'])).toBe(text(inProcess['word/document.xml']));
    expect(text(parts['docProps/core.xml'])).toContain('Readout: NSA – Mission Commander');
  });

  it('writes a PDF with its fonts from beside the bundle, as an installed app has them', async () => {
    const exported = await run(runner, { document: sampleReadout(), request: PDF }).exported;
    expect(new TextDecoder().decode(exported.bytes.subarray(0, 5))).toBe('%PDF-');
    if (POPPLER) expect(pdfInfo(await savePdf(exported.bytes, 'worker.pdf')).Title).toBe('Readout: NSA – Mission Commander');
  }, 60_000);

  it('reports its own stages, then the writer’s share done, which only grows and ends at 1', async () => {
    const { exported, progress } = run(runner, { document: generateSampleBriefing({ pages: 4 }), request: PDF });
    await exported;
    const stages = [...new Set(progress.map((reported) => reported.stage))];
    expect(stages.slice(0, 3)).toEqual([EXPORT_STAGES.preparing, EXPORT_STAGES.fonts, EXPORT_STAGES.writing('pdf')]);
    expect(stages.length).toBeGreaterThan(4);
    const fractions = progress.flatMap((reported) => (reported.fraction === null ? [] : [reported.fraction]));
    expect(fractions.length).toBeGreaterThan(3);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  }, 60_000);

  it('stops at once when cancelled, even inside a long PDF layout, and answers the next export', async () => {
    const controller = new AbortController();
    const { exported, progress } = run(runner, { document: generateSampleBriefing({ pages: 100 }), request: PDF }, controller.signal);
    const outcome = exported.then(
      () => 'finished',
      (thrown: { code?: string }) => thrown.code,
    );
    // In the writer's layout: past the model and the fonts.
    await expect.poll(() => progress.at(-1)?.stage, { timeout: 15_000 }).toSatisfy((stage) => typeof stage === 'string' && !/^(Preparing|Loading)/.test(stage));
    const cancelledAt = performance.now();
    controller.abort();
    expect(await outcome).toBe('cancelled');
    expect(performance.now() - cancelledAt).toBeLessThan(500);
    // A cancelled worker is ended, never reused: the next export gets a fresh one.
    expect((await run(runner, { document: sampleReadout(), request: DOCX }).exported).title).toBe('Readout: NSA – Mission Commander');
  }, 60_000);

  it('reports the error of an export that fails, with its code and message', async () => {
    const withoutFonts = workerExportRunner({ workerFile: await bundleExportWorker({ withFonts: false }), idleMs: 0 });
    await expect(run(withoutFonts, { document: sampleReadout(), request: PDF }).exported).rejects.toMatchObject({
      code: 'internal',
      message: 'The fonts PDF export needs are missing from this installation of Briefwright; reinstalling it brings them back.',
    });
  }, 60_000);

  it('turns a worker that dies, or is missing, into an error for the analyst rather than a crash', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bw-export-worker-broken-'));
    const crashing = join(folder, 'crashing.cjs');
    await writeFile(crashing, "require('node:worker_threads').parentPort.on('message', () => { throw new Error('layout exploded'); });\n");
    await expect(run(workerExportRunner({ workerFile: crashing }), { document: sampleReadout(), request: DOCX }).exported).rejects.toMatchObject({
      code: 'internal',
      message: 'The export stopped unexpectedly; nothing was written.',
      detail: 'layout exploded',
    });
    const silent = join(folder, 'silent.cjs');
    await writeFile(silent, '// Ends without answering.\n');
    await expect(run(workerExportRunner({ workerFile: silent }), { document: sampleReadout(), request: DOCX }).exported).rejects.toMatchObject({ code: 'internal' });
    expect(findExportWorker(folder)).toBeNull();
  });
});
