import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileStamp } from '../../core/contract';
import { decodeBrief, encodeBrief, MAX_FILE_BYTES } from '../../core/document/container';
import type { BriefDocument } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import { removeStaleTemporaries, writeFileAtomic } from './atomic-write';
import { fileSystemError } from './fs-errors';
import { nativeCodec } from './native-codec';

export type Stamp = Omit<FileStamp, 'path'>;

/** The previous version of a document is kept beside it under this name. */
export function backupPathFor(documentPath: string): string {
  return `${documentPath}.bak`;
}

export interface WriteOptions {
  /**
   * The fingerprint of the file as this window last read or wrote it; null when the
   * window has never had it (a new name from Save As). A file whose bytes no longer
   * match was changed by someone else, and is not overwritten without asking.
   */
  expectedSha256: string | null;
  /** Replace whatever is on disk: the analyst chose to overwrite. */
  overwrite: boolean;
}

/** Reads and writes `.brief` files at absolute paths. Never modifies a file it cannot read. */
export class DocumentFiles {
  async read(absolutePath: string): Promise<{ stamp: Stamp; document: BriefDocument }> {
    const name = basename(absolutePath);
    try {
      const bytes = await this.readBytes(absolutePath);
      if (bytes === null) throw new BriefError('not-found', `"${name}" was not found. It may have been moved or deleted.`);
      const document = decodeBrief(bytes, { codec: nativeCodec });
      const info = await stat(absolutePath);
      return { stamp: { name, modifiedMs: info.mtimeMs, size: bytes.length, sha256: sha256(bytes) }, document };
    } catch (thrown) {
      throw fileSystemError(thrown, 'open', name);
    }
  }

  /** Saves atomically, keeping the previous version as `NAME.brief.bak`. */
  async write(absolutePath: string, document: BriefDocument, options: WriteOptions = { expectedSha256: null, overwrite: true }): Promise<Stamp> {
    const name = basename(absolutePath);
    try {
      const previous = await this.readBytes(absolutePath);
      if (previous !== null && !options.overwrite) {
        if (options.expectedSha256 === null) {
          throw new BriefError('already-exists', `A document named "${name}" already exists there.`);
        }
        if (sha256(previous) !== options.expectedSha256) {
          throw new BriefError('conflict', `"${name}" was changed by another program or window since you opened it.`);
        }
      }
      const bytes = encodeBrief(document, { codec: nativeCodec });
      if (previous !== null) await writeFileAtomic(backupPathFor(absolutePath), previous);
      await writeFileAtomic(absolutePath, bytes);
      await removeStaleTemporaries(absolutePath);
      const info = await stat(absolutePath);
      return { name, modifiedMs: info.mtimeMs, size: bytes.length, sha256: sha256(bytes) };
    } catch (thrown) {
      throw fileSystemError(thrown, 'save', name);
    }
  }

  /** The file's bytes, or null when there is no file; refuses folders and oversized files. */
  private async readBytes(absolutePath: string): Promise<Uint8Array | null> {
    const name = basename(absolutePath);
    const info = await stat(absolutePath).catch((thrown: NodeJS.ErrnoException) => {
      if (thrown.code === 'ENOENT') return null;
      throw thrown;
    });
    if (info === null) return null;
    if (info.isDirectory()) throw new BriefError('invalid-request', `"${name}" is a folder, not a document.`);
    if (info.size > MAX_FILE_BYTES) {
      throw new BriefError('too-large', `"${name}" is too large to open (${Math.round(info.size / 1048576)} MB; the limit is ${MAX_FILE_BYTES / 1048576} MB).`);
    }
    const buffer = await readFile(absolutePath);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
