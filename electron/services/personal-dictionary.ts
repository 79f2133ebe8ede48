import { BriefError } from '../../core/errors';
import { MAX_PERSONAL_WORDS, PersonalWordListSchema, type PersonalWordList } from '../../core/spelling/personal-words';
import { JsonStateFile } from './json-state-file';

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
  /** Reads and adds run one after another through its queue: two quick adds both reach the file, and a damaged file is set aside once. */
  private readonly store: JsonStateFile<PersonalWordList>;

  constructor(readonly folder: string, now?: () => Date) {
    this.store = new JsonStateFile({
      folder,
      fileName: PERSONAL_DICTIONARY_FILE_NAME,
      check: PersonalWordListSchema,
      maxBytes: MAX_FILE_BYTES,
      reportFailures: true,
      setAsideNotice: (aside) =>
        `Your personal dictionary could not be read, so Briefwright set it aside as “${aside}” and started a new one. Words you add from now on are kept.`,
      now,
    });
  }

  get file(): string {
    return this.store.file;
  }

  read(): Promise<{ words: string[]; notice?: string }> {
    return this.store.serially(async () => {
      const words = await this.load();
      const notice = this.store.takeNotice();
      return notice === undefined ? { words } : { words, notice };
    });
  }

  add(word: string): Promise<{ words: string[] }> {
    return this.store.serially(async () => {
      const words = await this.load();
      if (words.includes(word)) return { words };
      if (words.length >= MAX_PERSONAL_WORDS) {
        throw new BriefError('too-large', `Your personal dictionary is full: it holds ${MAX_PERSONAL_WORDS.toLocaleString('en')} words, the most it can.`);
      }
      const next = [...words, word].sort((a, b) => a.localeCompare(b, 'en'));
      await this.store.write({ words: next });
      return { words: next };
    });
  }

  private async load(): Promise<string[]> {
    return (await this.store.read())?.words ?? [];
  }
}
