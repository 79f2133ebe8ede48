import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { FileStamp } from '../../core/contract';
import { decodeBrief, encodeBrief, MAX_FILE_BYTES } from '../../core/document/container';
import type { BriefDocument } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import { fileSystemError } from './fs-errors';

/** Reads and writes `.brief` files at absolute paths. Never modifies a file it cannot read. */
export class DocumentFiles {
  async read(absolutePath: string): Promise<{ stamp: Omit<FileStamp, 'path'>; document: BriefDocument }> {
    const name = basename(absolutePath);
    try {
      const info = await stat(absolutePath);
      if (info.isDirectory()) throw new BriefError('invalid-request', `"${name}" is a folder, not a document.`);
      if (info.size > MAX_FILE_BYTES) {
        throw new BriefError('too-large', `"${name}" is too large to open (${Math.round(info.size / 1048576)} MB).`);
      }
      const bytes = await readFile(absolutePath);
      const document = decodeBrief(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return { stamp: { name, modifiedMs: info.mtimeMs, size: info.size }, document };
    } catch (thrown) {
      throw fileSystemError(thrown, 'open', name);
    }
  }

  async write(absolutePath: string, document: BriefDocument): Promise<Omit<FileStamp, 'path'>> {
    const name = basename(absolutePath);
    try {
      await writeFileAtomic(absolutePath, encodeBrief(document));
      const info = await stat(absolutePath);
      return { name, modifiedMs: info.mtimeMs, size: info.size };
    } catch (thrown) {
      throw fileSystemError(thrown, 'save', name);
    }
  }
}
