import { unzipSync } from 'fflate';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { WorkspacePaths } from '../../../electron/services/document-paths';
import { dispatchHostCall, type createHostHandlers } from '../../../electron/services/host-handlers';
import { workerExportRunner } from '../../../electron/services/export-worker-runner';
import { generateSampleBriefing } from '../../../core/sample/generate';
import { sampleReadout } from '../../fixtures/documents';
import { bundleExportWorker } from './export-worker-bundle';
import { testHostHandlers } from './test-host';

// The host's export, as the page calls it: the same model and writer as `briefwright export`,
// run on the export worker (bundled as the build does), written atomically in the workspace,
// followed and cancelled by job id, and confined like documents.
describe('exporting from the app through the host', () => {
  let handlers: ReturnType<typeof createHostHandlers>;
  let workspace: string;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'bw-export-host-'));
    const paths = await WorkspacePaths.open(workspace);
    ({ handlers } = await testHostHandlers({
      appInfo: { version: 'test', shell: 'web', nativeDialogs: false, workspace },
      paths,
      workspace: paths,
      runExport: workerExportRunner({ workerFile: await bundleExportWorker() }),
    }));
  }, 60_000);

  const request = (overrides: Record<string, unknown> = {}) => ({
    jobId: 'export-job-0001',
    document: sampleReadout(),
    format: 'docx',
    notes: 'footnotes',
    includeSourceList: true,
    distribution: false,
    path: 'readout.docx',
    ...overrides,
  });

  it('writes a DOCX whose footnote carries the cited source', async () => {
    const result = await dispatchHostCall(handlers, 'exportDocument', request());
    expect(result).toMatchObject({ ok: true, value: { file: { path: 'readout.docx', name: 'readout.docx' } } });
    const parts = unzipSync(new Uint8Array(await readFile(join(workspace, 'readout.docx'))));
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('Adviser urges repatriation');
  });

  it('stops a cancelled export and writes nothing', async () => {
    const pending = dispatchHostCall(handlers, 'exportDocument', request({ jobId: 'export-job-0002', path: 'cancelled.docx' }));
    await dispatchHostCall(handlers, 'cancelExport', { jobId: 'export-job-0002' });
    expect(await pending).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled; nothing was written.' } });
    expect(await readdir(workspace)).not.toContain('cancelled.docx');
  });

  it('follows a long PDF export, answers other calls meanwhile, and cancels it at once leaving no file, temporary or not', async () => {
    const jobId = 'export-job-0100';
    const outcome = dispatchHostCall(handlers, 'exportDocument', request({ jobId, format: 'pdf', path: 'long.pdf', document: generateSampleBriefing({ pages: 100 }) }));
    const progress = async () => {
      const answer = await dispatchHostCall(handlers, 'exportProgress', { jobId });
      return answer.ok ? (answer.value as { stage: string } | null)?.stage : undefined;
    };
    // In the writer's layout: past the model and the fonts.
    await expect.poll(progress, { timeout: 15_000 }).toSatisfy((stage) => typeof stage === 'string' && !/^(Starting|Preparing|Loading)/.test(stage));

    // The layout runs on its own thread: the host's thread is free for the page's other calls.
    const asked = performance.now();
    expect(await dispatchHostCall(handlers, 'listWorkspace', { folder: '' })).toMatchObject({ ok: true });
    expect(performance.now() - asked).toBeLessThan(500);

    const cancelled = performance.now();
    await dispatchHostCall(handlers, 'cancelExport', { jobId });
    expect(await outcome).toMatchObject({ ok: false, error: { code: 'cancelled', message: 'The export was cancelled; nothing was written.' } });
    expect(performance.now() - cancelled).toBeLessThan(500);
    expect(await dispatchHostCall(handlers, 'exportProgress', { jobId })).toEqual({ ok: true, value: null });
    expect((await readdir(workspace)).filter((name) => name.includes('long'))).toEqual([]);
  }, 60_000);

  it('refuses to write anything but a .docx or .pdf, or outside the workspace', async () => {
    expect(await dispatchHostCall(handlers, 'exportDocument', request({ path: 'notes.sh' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Exports are written as .docx or .pdf files; "notes.sh" is neither.' },
    });
    expect(await dispatchHostCall(handlers, 'exportDocument', request({ path: '../escape.docx' }))).toMatchObject({ ok: false, error: { code: 'outside-workspace' } });
  });
});
