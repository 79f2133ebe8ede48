import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { RecentDocumentsFileSchema, withRecentDocument, type RecentDocument } from '../../core/desktop/recent-documents';
import { JsonStateFile } from './json-state-file';

export const RECENT_DOCUMENTS_FILE_NAME = 'recent-documents.json';

export interface RecentDocumentsOptions {
  now?: () => Date;
  /** Paths on Windows and (by default) macOS name the same file whatever their case. */
  platform?: NodeJS.Platform;
}

/**
 * The documents the analyst opened or saved lately, most recent first, for File › Open
 * Recent: `recent-documents.json` in the app's data folder. Documents whose file has gone
 * (moved, deleted, on a drive no longer connected) are dropped when the list is read.
 */
export class RecentDocuments {
  /** Reads and writes run one after another through its queue, so two quick saves both reach the list. */
  private readonly store: JsonStateFile<{ version: 1; documents: RecentDocument[] }>;
  private readonly now: () => Date;
  private readonly sameFile: (a: string, b: string) => boolean;

  constructor(folder: string, options: RecentDocumentsOptions = {}) {
    this.now = options.now ?? (() => new Date());
    this.store = new JsonStateFile({
      folder,
      fileName: RECENT_DOCUMENTS_FILE_NAME,
      check: RecentDocumentsFileSchema,
      now: this.now,
    });
    const platform = options.platform ?? process.platform;
    const caseInsensitive = platform === 'win32' || platform === 'darwin';
    this.sameFile = caseInsensitive ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
  }

  get file(): string {
    return this.store.file;
  }

  /** The documents still on disk, most recent first. */
  list(): Promise<RecentDocument[]> {
    return this.store.serially(async () => {
      const stored = await this.load();
      const present = await filterAsync(stored, (document) => isFile(document.path));
      if (present.length !== stored.length) await this.save(present);
      return present;
    });
  }

  /** Puts the document at the top of the list (once), and returns the list. */
  add(path: string): Promise<RecentDocument[]> {
    return this.store.serially(async () => {
      const next = withRecentDocument(await this.load(), resolve(path), this.now(), { sameFile: this.sameFile });
      await this.save(next);
      return next;
    });
  }

  clear(): Promise<void> {
    return this.store.serially(() => this.save([]));
  }

  private async load(): Promise<RecentDocument[]> {
    return (await this.store.read())?.documents ?? [];
  }

  private save(documents: RecentDocument[]): Promise<void> {
    return this.store.write({ version: 1, documents });
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function filterAsync<T>(items: readonly T[], keep: (item: T) => Promise<boolean>): Promise<T[]> {
  const verdicts = await Promise.all(items.map(keep));
  return items.filter((_item, index) => verdicts[index]);
}
