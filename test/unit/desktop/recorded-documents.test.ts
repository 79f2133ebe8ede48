import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GrantedPaths } from '../../../electron/services/document-paths';
import { dispatchHostCall, type createHostHandlers } from '../../../electron/services/host-handlers';
import { sampleReadout } from '../../fixtures/documents';
import { testHostHandlers } from '../services/test-host';

const SESSION = 'session-recent-0001';

// The desktop's File › Open Recent learns of documents from the shared host handlers.
describe('documents the host reports as used', () => {
  const used: string[] = [];
  let handlers: ReturnType<typeof createHostHandlers>;
  let paths: GrantedPaths;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-recorded-'));
    paths = new GrantedPaths();
    ({ handlers } = await testHostHandlers({
      appInfo: { version: 'test', shell: 'electron', nativeDialogs: true, workspace: null },
      paths,
      documentUsed: (path) => used.push(path),
    }));
  });

  it('are the documents saved and opened, by absolute path; refused calls report nothing', async () => {
    const readout = paths.grant(join(folder, 'readout.brief'));
    const saved = await dispatchHostCall(handlers, 'saveDocument', { path: readout, sessionId: SESSION, document: sampleReadout(), expectedSha256: null });
    expect(saved.ok).toBe(true);
    const opened = await dispatchHostCall(handlers, 'openDocument', { path: readout, sessionId: SESSION, lock: 'read-only' });
    expect(opened.ok).toBe(true);

    const notGranted = await dispatchHostCall(handlers, 'openDocument', { path: join(folder, 'elsewhere.brief'), sessionId: SESSION });
    expect(notGranted).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
    const missing = await dispatchHostCall(handlers, 'openDocument', { path: paths.grant(join(folder, 'gone.brief')), sessionId: SESSION });
    expect(missing.ok).toBe(false);

    expect(used).toEqual([readout, readout]);
  });
});
