import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** State files are small; anything bigger is not one of ours. */
const MAX_STATE_FILE_BYTES = 1024 * 1024;

/**
 * A small JSON file of the desktop app's own state (recent documents, window placement)
 * in its data folder, checked against a schema whenever it is read. The state is a
 * convenience, so nothing here stops the app: a missing or unreadable file reads as
 * absent, and a damaged one is renamed aside (kept for whoever wants to look at it,
 * never overwritten) and reads as absent too.
 */
export class JsonStateFile<T> {
  constructor(
    readonly file: string,
    private readonly schema: z.ZodType<T>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The file's value; null when there is none, or none that could be used. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch {
      // Missing (the first launch) or unreadable (permissions): start from nothing either way.
      return null;
    }
    const parsed = bytes.byteLength <= MAX_STATE_FILE_BYTES ? this.schema.safeParse(parseJson(bytes.toString('utf8'))) : null;
    if (parsed?.success) return parsed.data;
    await this.setAside();
    return null;
  }

  /** Replaces the file atomically, so a crash mid-write leaves the previous version. */
  async write(value: T): Promise<void> {
    await mkdir(dirname(this.file), { recursive: true });
    await writeFileAtomic(this.file, new TextEncoder().encode(serialize(value)));
  }

  /**
   * Replaces the file before returning, for state saved as the app quits, when an
   * asynchronous write might not finish. Still through a temporary file and a rename,
   * so the file is never half written.
   */
  writeNow(value: T): void {
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      writeFileSync(temporary, serialize(value));
      renameSync(temporary, this.file);
    } catch (thrown) {
      try {
        unlinkSync(temporary);
      } catch {
        // Never written, or already renamed.
      }
      throw thrown;
    }
  }

  /** `recent-documents.json` becomes `recent-documents.json.damaged-2026-11-28T10-15-30-000Z`. */
  private async setAside(): Promise<void> {
    const aside = `${this.file}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    // If even the rename fails, the damaged file is simply not used.
    await rename(this.file, aside).catch(() => undefined);
  }
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
