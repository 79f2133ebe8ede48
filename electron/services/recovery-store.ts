import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { RecoveryEntrySchema, type RecoveryEntry } from '../../core/contract';
import { decodeBrief, encodeBrief } from '../../core/document/container';
import { plainTextPreview } from '../../core/document/preview';
import type { BriefDocument } from '../../core/document/schema';
import { BriefError } from '../../core/errors';
import { writeFileAtomic } from './atomic-write';
import { nativeCodec } from './native-codec';


/**
 * One window's unsaved work is kept as two files named by its session id: the
 * document (`ID.brief`) and an entry (`ID.json`) with its path, the fingerprint of
 * the file the changes were made to (so a later save can spot a conflict), the time
 * and a preview.
 *
 * Unsaved changes written aside (in the app's data folder) shortly after each edit,
 * so a crash, a killed tab or a forced reboot loses at most a couple of seconds of
 * typing. Each window writes under its own session id; both files are written
 * atomically, the document first, so a listed entry always has its document.
 */
export class RecoveryStore {
  constructor(readonly folder: string) {}

  async store(entry: Omit<RecoveryEntry, 'savedAt' | 'preview'>, document: BriefDocument, now = new Date()): Promise<RecoveryEntry> {
    await mkdir(this.folder, { recursive: true });
    const full: RecoveryEntry = { ...entry, savedAt: now.toISOString(), preview: plainTextPreview(document.body) };
    RecoveryEntrySchema.parse(full);
    await writeFileAtomic(this.documentFile(entry.id), encodeBrief(document, { codec: nativeCodec }));
    await writeFileAtomic(this.entryFile(entry.id), new TextEncoder().encode(JSON.stringify(full)));
    return full;
  }

  /** Entries newest first; an entry whose files are damaged is left out rather than failing the list. */
  async list(): Promise<RecoveryEntry[]> {
    const names = await readdir(this.folder).catch(() => [] as string[]);
    const entries: RecoveryEntry[] = [];
    for (const name of names.filter((candidate) => candidate.endsWith('.json'))) {
      const parsed = RecoveryEntrySchema.safeParse(await readFile(join(this.folder, name), 'utf8').then(JSON.parse).catch(() => null));
      if (parsed.success && names.includes(`${parsed.data.id}.brief`)) entries.push(parsed.data);
    }
    return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async restore(id: string): Promise<{ entry: RecoveryEntry; document: BriefDocument }> {
    const entry = (await this.list()).find((candidate) => candidate.id === id);
    if (!entry) throw new BriefError('not-found', 'That recovered document is no longer available.');
    const bytes = await readFile(this.documentFile(id));
    return { entry, document: decodeBrief(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { codec: nativeCodec }) };
  }

  async discard(id: string): Promise<void> {
    RecoveryEntrySchema.shape.id.parse(id);
    // The entry first: without it the document file is never listed, even if its removal fails.
    await unlink(this.entryFile(id)).catch(ignoreMissing);
    await unlink(this.documentFile(id)).catch(ignoreMissing);
  }

  private entryFile(id: string): string {
    return join(this.folder, `${RecoveryEntrySchema.shape.id.parse(id)}.json`);
  }

  private documentFile(id: string): string {
    return join(this.folder, `${RecoveryEntrySchema.shape.id.parse(id)}.brief`);
  }
}

function ignoreMissing(thrown: unknown): void {
  if ((thrown as NodeJS.ErrnoException).code !== 'ENOENT') throw thrown;
}
