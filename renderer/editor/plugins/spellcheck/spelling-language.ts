import { isSpellingLanguage, type SpellingLanguage } from './spelling-protocol';

// Kept in the page until preferences (stored by the host) take the choice over.
const STORAGE_KEY = 'briefwright.spellingLanguage';

/** The language last chosen on this machine; US English at first. */
export function storedSpellingLanguage(): SpellingLanguage {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    return isSpellingLanguage(stored) ? stored : 'en-US';
  } catch {
    return 'en-US';
  }
}

export function storeSpellingLanguage(language: SpellingLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage refused (full, or disabled): the choice lasts for this session only.
  }
}
