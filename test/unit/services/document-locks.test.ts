import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { DocumentLocks, lockFileFor, STALE_LOCK_MS } from '../../../electron/services/document-locks';

describe('document locks', () => {
  let document: string;
  let clock: number;
  const alive = new Set<number>([process.pid]);
  const locks = () => new DocumentLocks(() => new Date(clock), (pid) => alive.has(pid));

  beforeEach(async () => {
    document = join(await mkdtemp(join(tmpdir(), 'bw-locks-')), 'readout.brief');
    await writeFile(document, 'x');
    clock = Date.parse('2026-11-28T10:00:00Z');
  });

  it('writes a lock file beside the document naming its owner', async () => {
    expect(await locks().acquire(document, 'window-aaaa')).toEqual({ state: 'owned' });
    const owner = JSON.parse(await readFile(lockFileFor(document), 'utf8'));
    expect(owner).toMatchObject({ sessionId: 'window-aaaa', host: hostname(), pid: process.pid, refreshedAt: '2026-11-28T10:00:00.000Z' });
    expect(lockFileFor(document).endsWith('.~lock.readout.brief#')).toBe(true);
  });

  it('tells a second window who holds the document', async () => {
    await locks().acquire(document, 'window-aaaa');
    const second = await locks().acquire(document, 'window-bbbb');
    expect(second).toMatchObject({ state: 'held-by-other', owner: { sessionId: 'window-aaaa', host: hostname() } });
  });

  it('lets the same window reacquire, and another take over when asked', async () => {
    await locks().acquire(document, 'window-aaaa');
    expect(await locks().acquire(document, 'window-aaaa')).toEqual({ state: 'owned' });
    expect(await locks().acquire(document, 'window-bbbb', { takeOver: true })).toEqual({ state: 'owned' });
    expect(await locks().acquire(document, 'window-aaaa')).toMatchObject({ state: 'held-by-other' });
  });

  it('clears a lock that has not been refreshed for a few minutes', async () => {
    await locks().acquire(document, 'window-aaaa');
    clock += STALE_LOCK_MS - 1000;
    expect(await locks().acquire(document, 'window-bbbb')).toMatchObject({ state: 'held-by-other' });
    clock += 2000;
    expect(await locks().acquire(document, 'window-bbbb')).toEqual({ state: 'owned' });
  });

  it('keeps a refreshed lock alive', async () => {
    await locks().acquire(document, 'window-aaaa');
    clock += STALE_LOCK_MS - 1000;
    await locks().refresh(document, 'window-aaaa');
    clock += 2000;
    expect(await locks().acquire(document, 'window-bbbb')).toMatchObject({ state: 'held-by-other' });
  });

  it('clears a lock whose process on this machine has ended', async () => {
    await locks().acquire(document, 'window-aaaa');
    alive.delete(process.pid);
    try {
      expect(await locks().acquire(document, 'window-bbbb')).toEqual({ state: 'owned' });
    } finally {
      alive.add(process.pid);
    }
  });

  it('treats an unreadable lock file as no lock', async () => {
    await writeFile(lockFileFor(document), 'garbage');
    expect(await locks().acquire(document, 'window-bbbb')).toEqual({ state: 'owned' });
  });

  it('releases only its own lock', async () => {
    await locks().acquire(document, 'window-aaaa');
    await locks().release(document, 'window-bbbb');
    expect(await locks().acquire(document, 'window-bbbb')).toMatchObject({ state: 'held-by-other' });
    await locks().release(document, 'window-aaaa');
    expect(await locks().acquire(document, 'window-bbbb')).toEqual({ state: 'owned' });
  });
});
