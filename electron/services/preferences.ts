import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { BriefError } from '../../core/errors';
import { readPreferences, defaultPreferences, type Preferences, type PreferencesChange } from '../../core/preferences/schema';
import { writeFileAtomic } from './atomic-write';
import { fileSystemError } from './fs-errors';

export const PREFERENCES_FILE_NAME = 'preferences.json';

/** Far more than any set of preferences takes; a bigger file is not ours. */
const MAX_FILE_BYTES = 256 * 1024;

export interface PreferencesReadOutcome {
  preferences: Preferences;
  /** False until the preferences were first saved (the defaults are in use). */
  stored: boolean;
  /** Set once, after a damaged file was set aside. */
  notice?: string;
}

/**
 * The analyst's preferences, as `preferences.json` in the app's data folder. The file is
 * read afresh for every call, so two windows changing different preferences keep each
 * other's; it is written atomically; a file that is not valid JSON or holds a value that
 * does not fit is renamed aside (`preferences.damaged-<time>.json`), never overwritten,
 * and the defaults used.
 */
export class PreferencesStore {
  /** Set when a damaged file was set aside, until the page has been told once. */
  private setAsideNotice: string | undefined;
  /** Reads and changes run one after another, so quick changes all reach the file. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly folder: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get file(): string {
    return join(this.folder, PREFERENCES_FILE_NAME);
  }

  read(): Promise<PreferencesReadOutcome> {
    return this.serially(async () => {
      const { preferences, stored } = await this.load();
      const notice = this.setAsideNotice;
      this.setAsideNotice = undefined;
      return notice === undefined ? { preferences, stored } : { preferences, stored, notice };
    });
  }

  /** Applies `changes` over the stored preferences and saves the result; a combination that does not hold is refused and nothing is written. */
  update(changes: PreferencesChange): Promise<{ preferences: Preferences }> {
    return this.serially(async () => {
      const { preferences } = await this.load();
      const merged = readPreferences({ ...preferences, ...changes });
      if (!merged.ok) {
        throw new BriefError('invalid-request', `These preferences cannot be saved: ${merged.problems[0]}.`, merged.problems.join('\n'));
      }
      await this.write(merged.preferences);
      return { preferences: merged.preferences };
    });
  }

  private serially<T>(task: () => Promise<T>): Promise<T> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async load(): Promise<{ preferences: Preferences; stored: boolean }> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') return { preferences: defaultPreferences(), stored: false };
      throw fileSystemError(thrown, 'open', PREFERENCES_FILE_NAME);
    }
    const problem = bytes.byteLength > MAX_FILE_BYTES ? `it is larger than ${MAX_FILE_BYTES / 1024} KB` : preferencesIn(bytes.toString('utf8'));
    if (typeof problem !== 'string') return { preferences: problem, stored: true };
    await this.setAside(problem);
    return { preferences: defaultPreferences(), stored: false };
  }

  private async setAside(problem: string): Promise<void> {
    const aside = join(this.folder, `preferences.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}.json`);
    await rename(this.file, aside).catch((thrown: unknown) => {
      throw fileSystemError(thrown, 'save', PREFERENCES_FILE_NAME);
    });
    this.setAsideNotice = `Your preferences could not be read (${problem}), so Briefwright set the file aside as “${basename(aside)}” and is using the defaults. Open Preferences to set them again.`;
  }

  private async write(preferences: Preferences): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(`${JSON.stringify(preferences, null, 2)}\n`));
    } catch (thrown) {
      throw fileSystemError(thrown, 'save', PREFERENCES_FILE_NAME);
    }
  }
}

/** The preferences a file's text holds, or what is wrong with it, in plain words. */
function preferencesIn(text: string): Preferences | string {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return 'it is not valid JSON';
  }
  const read = readPreferences(raw);
  return read.ok ? read.preferences : read.problems[0] ?? 'it does not hold preferences';
}
