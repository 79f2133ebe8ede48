import { isSpellingLanguage, type SpellingLanguage } from './spelling-protocol';

/**
 * Where the page kept the spelling language before preferences (stored by the host) took
 * the choice over: read once, to carry an analyst's earlier choice into their preferences.
 */
const LEGACY_STORAGE_KEY = 'briefwright.spellingLanguage';

/** The language an earlier version remembered on this machine, if any. */
export function legacySpellingLanguage(): SpellingLanguage | null {
  try {
    const stored = localStorage.getItem(LEGACY_STORAGE_KEY);
    return isSpellingLanguage(stored) ? stored : null;
  } catch {
    return null;
  }
}

/** Forgets the earlier version's choice once the preferences hold it. */
export function forgetLegacySpellingLanguage(): void {
  try {
    localStorage.removeItem(LEGACY_STORAGE_KEY);
  } catch {
    // Storage refused: the stale value is only ever read when no preferences are stored.
  }
}

/** The spell-checker's language and where a change made in the status bar goes (the preferences). */
export interface SpellingLanguageSetting {
  /** Null until the preferences have been read: nothing is checked in a language about to change. */
  language: SpellingLanguage | null;
  onChange: (language: SpellingLanguage) => void;
}
