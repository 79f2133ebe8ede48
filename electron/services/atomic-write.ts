import { randomBytes } from 'node:crypto';
import { open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes a file so that its path never holds a partial version: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and the temporary file is
 * renamed over the target; then the folder is flushed so the rename itself survives
 * a power cut.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(target);
  const temporary = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temporary, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (thrown) {
    await handle.close();
    await unlink(temporary).catch(() => undefined);
    throw thrown;
  }
  await handle.close();
  try {
    await rename(temporary, target);
  } catch (thrown) {
    await unlink(temporary).catch(() => undefined);
    throw thrown;
  }
  await syncFolder(folder);
}

async function syncFolder(folder: string): Promise<void> {
  // Not every platform can open a folder for fsync (Windows cannot); the rename is still atomic there.
  const handle = await open(folder, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // fsync on a folder is unsupported on some file systems; the data itself was flushed.
  } finally {
    await handle.close();
  }
}

/** A temporary file this old belongs to a save that was killed, not to one in progress. */
export const STALE_TEMPORARY_MS = 60_000;

/**
 * Removes the temporary files that killed saves of `target` left behind (see
 * writeFileAtomic's naming). Best effort: a file that cannot be removed stays.
 */
export async function removeStaleTemporaries(target: string, now = Date.now()): Promise<string[]> {
  const folder = dirname(target);
  const prefix = `.${basename(target)}.`;
  const names = await readdir(folder).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const path = join(folder, name);
    const info = await stat(path).catch(() => null);
    if (info?.isFile() && now - info.mtimeMs > STALE_TEMPORARY_MS && (await unlink(path).then(() => true, () => false))) removed.push(name);
  }
  return removed;
}
