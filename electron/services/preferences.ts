import { BriefError } from '../../core/errors';
import { readPreferences, defaultPreferences, type Preferences, type PreferencesChange } from '../../core/preferences/schema';
import { JsonStateFile, type StateCheck } from './json-state-file';

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
  private readonly store: JsonStateFile<Preferences>;

  constructor(readonly folder: string, now?: () => Date) {
    this.store = new JsonStateFile({
      folder,
      fileName: PREFERENCES_FILE_NAME,
      check: preferencesIn,
      maxBytes: MAX_FILE_BYTES,
      reportFailures: true,
      // Keeps `.json` last, so the damaged file still opens in an editor.
      asideName: (stamp) => `preferences.damaged-${stamp}.json`,
      setAsideNotice: (aside, problem) =>
        `Your preferences could not be read (${problem}), so Briefwright set the file aside as “${aside}” and is using the defaults. Open Preferences to set them again.`,
      now,
    });
  }

  get file(): string {
    return this.store.file;
  }

  read(): Promise<PreferencesReadOutcome> {
    return this.store.serially(async () => {
      const stored = await this.store.read();
      const preferences = stored ?? defaultPreferences();
      const notice = this.store.takeNotice();
      return notice === undefined ? { preferences, stored: stored !== null } : { preferences, stored: stored !== null, notice };
    });
  }

  /** Applies `changes` over the stored preferences and saves the result; a combination that does not hold is refused and nothing is written. */
  update(changes: PreferencesChange): Promise<{ preferences: Preferences }> {
    return this.store.serially(async () => {
      const preferences = (await this.store.read()) ?? defaultPreferences();
      const merged = readPreferences({ ...preferences, ...changes });
      if (!merged.ok) {
        throw new BriefError('invalid-request', `These preferences cannot be saved: ${merged.problems[0]}.`, merged.problems.join('\n'));
      }
      await this.store.write(merged.preferences);
      return { preferences: merged.preferences };
    });
  }
}

/** The preferences a file's JSON holds, or what is wrong with it, in plain words. */
function preferencesIn(raw: unknown): StateCheck<Preferences> {
  const read = readPreferences(raw);
  return read.ok ? { ok: true, value: read.preferences } : { ok: false, problem: read.problems[0] ?? 'it does not hold preferences' };
}
