import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
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
