import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { sampleReadout } from '../../fixtures/documents';

describe('the crash recovery store', () => {
  let store: RecoveryStore;

  beforeEach(async () => {
    store = new RecoveryStore(join(await mkdtemp(join(tmpdir(), 'bw-recovery-')), 'recovery'));
  });

  it('keeps a window’s unsaved document with its path, base fingerprint and a preview', async () => {
    await store.store({ id: 'window-aaaa', documentPath: 'readout.brief', name: 'readout.brief', baseSha256: 'f'.repeat(64) }, sampleReadout(), new Date('2026-11-28T10:00:00Z'));
    const [entry] = await store.list();
    expect(entry).toEqual({
      id: 'window-aaaa',
      documentPath: 'readout.brief',
      name: 'readout.brief',
      baseSha256: 'f'.repeat(64),
      savedAt: '2026-11-28T10:00:00.000Z',
      preview: expect.stringMatching(/^Readout: NSA – Mission Commander The adviser asked states to repatriate detainees\. Repatriation/),
    });
    expect((await store.restore('window-aaaa')).document).toEqual(sampleReadout());
  });

  it('replaces a window’s earlier copy and lists the newest first', async () => {
    const untitled = { documentPath: null, name: 'Untitled', baseSha256: null };
    await store.store({ id: 'window-aaaa', ...untitled }, sampleReadout(), new Date('2026-11-28T10:00:00Z'));
    await store.store({ id: 'window-bbbb', ...untitled }, sampleReadout(), new Date('2026-11-28T10:05:00Z'));
    await store.store({ id: 'window-aaaa', ...untitled }, sampleReadout(), new Date('2026-11-28T10:09:00Z'));
    expect((await store.list()).map((entry) => `${entry.id}@${entry.savedAt}`)).toEqual([
      'window-aaaa@2026-11-28T10:09:00.000Z',
      'window-bbbb@2026-11-28T10:05:00.000Z',
    ]);
  });

  it('removes both files when an entry is discarded', async () => {
    await store.store({ id: 'window-aaaa', documentPath: null, name: 'Untitled', baseSha256: null }, sampleReadout());
    await store.discard('window-aaaa');
    expect(await store.list()).toEqual([]);
    expect(await readdir(store.folder)).toEqual([]);
  });

  it('leaves out damaged entries instead of failing the whole list', async () => {
    await store.store({ id: 'window-aaaa', documentPath: null, name: 'Untitled', baseSha256: null }, sampleReadout());
    await writeFile(join(store.folder, 'window-cccc.json'), '{"id": "window-cccc"');
    await writeFile(join(store.folder, 'window-dddd.json'), JSON.stringify({ id: 'window-dddd', documentPath: null, name: 'x', baseSha256: null, savedAt: '2026-11-28T10:00:00Z', preview: '' }));
    expect((await store.list()).map((entry) => entry.id)).toEqual(['window-aaaa']);
  });

  it('refuses ids that could name files outside its folder', async () => {
    await expect(store.discard('../../etc/passwd')).rejects.toThrow();
    await expect(store.restore('../x')).rejects.toMatchObject({ code: 'not-found' });
  });
});
