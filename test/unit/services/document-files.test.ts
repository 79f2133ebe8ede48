import { mkdtemp, readdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BriefError } from '../../../core/errors';
import { STALE_TEMPORARY_MS } from '../../../electron/services/atomic-write';
import { backupPathFor, DocumentFiles, sha256 } from '../../../electron/services/document-files';
import { sampleReadout } from '../../fixtures/documents';

describe('reading and writing .brief files', () => {
  let folder: string;
  const files = new DocumentFiles();

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-files-'));
  });

  it('writes the whole document and reads it back identically', async () => {
    const path = join(folder, 'readout.brief');
    const stamp = await files.write(path, sampleReadout());
    expect(stamp.name).toBe('readout.brief');
    expect(stamp.size).toBe((await stat(path)).size);
    const { document } = await files.read(path);
    expect(document).toEqual(sampleReadout());
  });

  it('leaves no temporary files behind', async () => {
    await files.write(join(folder, 'readout.brief'), sampleReadout());
    expect(await readdir(folder)).toEqual(['readout.brief']);
  });

  it('never modifies a file it cannot read', async () => {
    const path = join(folder, 'notes.brief');
    await writeFile(path, 'plain text, not a brief');
    const before = await stat(path);
    await expect(files.read(path)).rejects.toMatchObject({ code: 'not-a-brief' });
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(await readFile(path, 'utf8')).toBe('plain text, not a brief');
  });

  it('says the file was not found', async () => {
    await expect(files.read(join(folder, 'gone.brief'))).rejects.toMatchObject({
      code: 'not-found',
      message: '"gone.brief" was not found. It may have been moved or deleted.',
    });
  });

  it('says the folder no longer exists when saving into a vanished folder', async () => {
    const error = await files.write(join(folder, 'vanished', 'readout.brief'), sampleReadout()).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(BriefError);
    expect((error as BriefError).message).toBe('Cannot save "readout.brief": its folder no longer exists.');
  });
});

describe('saving over an existing document', () => {
  let folder: string;
  const files = new DocumentFiles();

  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-save-'));
  });

  it('keeps the previous version beside the document', async () => {
    const path = join(folder, 'readout.brief');
    const first = await files.write(path, sampleReadout());
    const changed = sampleReadout();
    changed.metadata.title = 'Second version';
    await files.write(path, changed, { expectedSha256: first.sha256, overwrite: false });
    expect((await files.read(path)).document.metadata.title).toBe('Second version');
    expect((await files.read(backupPathFor(path))).document).toEqual(sampleReadout());
  });

  it('refuses to overwrite a file changed by someone else since it was read', async () => {
    const path = join(folder, 'readout.brief');
    const mine = await files.write(path, sampleReadout());
    const theirs = sampleReadout();
    theirs.metadata.title = 'Edited in another window';
    await files.write(path, theirs);
    await expect(files.write(path, sampleReadout(), { expectedSha256: mine.sha256, overwrite: false })).rejects.toMatchObject({
      code: 'conflict',
      message: '"readout.brief" was changed by another program or window since you opened it.',
    });
    expect((await files.read(path)).document.metadata.title).toBe('Edited in another window');
  });

  it('refuses to take a name that is already used unless told to overwrite', async () => {
    const path = join(folder, 'readout.brief');
    await files.write(path, sampleReadout());
    await expect(files.write(path, sampleReadout(), { expectedSha256: null, overwrite: false })).rejects.toMatchObject({ code: 'already-exists' });
    await expect(files.write(path, sampleReadout(), { expectedSha256: null, overwrite: true })).resolves.toMatchObject({ name: 'readout.brief' });
  });

  it('fingerprints the bytes it wrote', async () => {
    const path = join(folder, 'readout.brief');
    const stamp = await files.write(path, sampleReadout());
    expect(stamp.sha256).toBe(sha256(new Uint8Array(await readFile(path))));
    expect((await files.read(path)).stamp.sha256).toBe(stamp.sha256);
  });
});

describe('leftovers of killed saves', () => {
  it('are removed by the next save once they are stale, while a fresh one (a save in progress) stays', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bw-leftovers-'));
    const path = join(folder, 'readout.brief');
    const stale = join(folder, '.readout.brief.0123456789ab.tmp');
    const staleBackup = join(folder, '.readout.brief.bak.0123456789ab.tmp');
    const fresh = join(folder, '.readout.brief.ba9876543210.tmp');
    const otherDocument = join(folder, '.other.brief.0123456789ab.tmp');
    for (const leftover of [stale, staleBackup, fresh, otherDocument]) await writeFile(leftover, 'partial');
    const old = new Date(Date.now() - STALE_TEMPORARY_MS - 5000);
    for (const leftover of [stale, staleBackup, otherDocument]) await utimes(leftover, old, old);

    await new DocumentFiles().write(path, sampleReadout());
    expect((await readdir(folder)).sort()).toEqual(['.other.brief.0123456789ab.tmp', '.readout.brief.ba9876543210.tmp', 'readout.brief']);
  });
});
