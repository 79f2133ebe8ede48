import { unzipSync } from 'fflate';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentLocks } from '../../../electron/services/document-locks';
import { WorkspacePaths } from '../../../electron/services/document-paths';
import { createHostHandlers, dispatchHostCall } from '../../../electron/services/host-handlers';
import { LiveSessions } from '../../../electron/services/live-sessions';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { UserTemplates } from '../../../electron/services/user-templates';
import { PersonalDictionary } from '../../../electron/services/personal-dictionary';
import { PreferencesStore } from '../../../electron/services/preferences';
import { sampleReadout } from '../../fixtures/documents';

// The host's export, as the page calls it: the same model and writer as `briefwright export`,
// written atomically in the workspace, cancellable, and confined like documents.
describe('exporting from the app through the host', () => {
  let handlers: ReturnType<typeof createHostHandlers>;
  let workspace: string;

  beforeAll(async () => {
    workspace = await mkdtemp(join(tmpdir(), 'bw-export-host-'));
    const paths = await WorkspacePaths.open(workspace);
    const data = await mkdtemp(join(tmpdir(), 'bw-export-data-'));
    handlers = createHostHandlers({
      appInfo: { version: 'test', shell: 'web', nativeDialogs: false, workspace },
      paths,
      workspace: paths,
      locks: new DocumentLocks(),
      recovery: new RecoveryStore(join(data, 'recovery')),
      templates: new UserTemplates(join(data, 'templates')),
      personalDictionary: new PersonalDictionary(join(data, 'dictionary')),
      preferences: new PreferencesStore(data),
      sessions: new LiveSessions(),
    });
  });

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

  it('refuses to write anything but a .docx or .pdf, or outside the workspace', async () => {
    expect(await dispatchHostCall(handlers, 'exportDocument', request({ path: 'notes.sh' }))).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Exports are written as .docx or .pdf files; "notes.sh" is neither.' },
    });
    expect(await dispatchHostCall(handlers, 'exportDocument', request({ path: '../escape.docx' }))).toMatchObject({ ok: false, error: { code: 'outside-workspace' } });
  });
});
