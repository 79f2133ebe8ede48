import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BriefError } from '../../core/errors';
import { MAX_PERSONAL_WORDS, PersonalWordListSchema } from '../../core/spelling/personal-words';
import { writeFileAtomic } from './atomic-write';
import { fileSystemError } from './fs-errors';

export const PERSONAL_DICTIONARY_FILE_NAME = 'personal-words.json';

/** 10,000 words of at most 100 characters, each up to 4 bytes in UTF-8, and the JSON around them. */
const MAX_FILE_BYTES = 5 * 1024 * 1024;

/**
 * The analyst's own words for the spell-checker (names such as al-Araji, places such as
 * Hasaka), as `{ "words": [...] }` in the app's data folder. The file is read afresh for
 * every call, so two windows or processes adding words never lose each other's; a file
 * that is not a valid list is renamed aside, never overwritten, and a new list started.
 */
export class PersonalDictionary {
  /** Set when a damaged file was set aside, until the page has been told once. */
  private setAsideNotice: string | undefined;
  /** Reads and adds run one after another: two quick adds both reach the file, and a damaged file is set aside once. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get file(): string {
    return join(this.folder, PERSONAL_DICTIONARY_FILE_NAME);
  }

  read(): Promise<{ words: string[]; notice?: string }> {
    return this.serially(async () => {
      const words = await this.load();
      const notice = this.setAsideNotice;
      this.setAsideNotice = undefined;
      return notice === undefined ? { words } : { words, notice };
    });
  }

  add(word: string): Promise<{ words: string[] }> {
    return this.serially(async () => {
      const words = await this.load();
      if (words.includes(word)) return { words };
      if (words.length >= MAX_PERSONAL_WORDS) {
        throw new BriefError('too-large', `Your personal dictionary is full: it holds ${MAX_PERSONAL_WORDS.toLocaleString('en')} words, the most it can.`);
      }
      const next = [...words, word].sort((a, b) => a.localeCompare(b, 'en'));
      await this.write(next);
      return { words: next };
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async load(): Promise<string[]> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw fileSystemError(thrown, 'open', PERSONAL_DICTIONARY_FILE_NAME);
    }
    const parsed = bytes.byteLength <= MAX_FILE_BYTES ? PersonalWordListSchema.safeParse(parseJson(bytes.toString('utf8'))) : null;
    if (parsed?.success) return parsed.data.words;
    await this.setAside();
    return [];
  }

  private async setAside(): Promise<void> {
    const aside = `${this.file}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    await rename(this.file, aside).catch((thrown: unknown) => {
      throw fileSystemError(thrown, 'save', PERSONAL_DICTIONARY_FILE_NAME);
    });
    this.setAsideNotice = `Your personal dictionary could not be read, so Briefwright set it aside as “${basename(aside)}” and started a new one. Words you add from now on are kept.`;
  }

  private async write(words: string[]): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify({ words }, null, 2)}\n`));
    } catch (thrown) {
      throw fileSystemError(thrown, 'save', PERSONAL_DICTIONARY_FILE_NAME);
    }
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
