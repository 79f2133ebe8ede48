import type { SpellingLanguageId } from '../../../../core/preferences/schema';
import type { SpellingWord } from '../../../../core/spelling/words';

/** The dictionaries bundled with the app. */
export const SPELLING_LANGUAGES = [
  { id: 'en-US', label: 'English (US)' },
  { id: 'en-GB', label: 'English (UK)' },
] as const;

export type SpellingLanguage = (typeof SPELLING_LANGUAGES)[number]['id'];

// The preferences (core/preferences) name the same languages as the bundled dictionaries, both ways.
type UnlistedLanguages = Exclude<SpellingLanguage, SpellingLanguageId> | Exclude<SpellingLanguageId, SpellingLanguage>;
const languagesMatchPreferences: [UnlistedLanguages] extends [never] ? true : UnlistedLanguages = true;
void languagesMatchPreferences;

export function isSpellingLanguage(value: unknown): value is SpellingLanguage {
  return SPELLING_LANGUAGES.some((language) => language.id === value);
}

/** Page → spelling worker. Requests that expect an answer carry an id. */
export type SpellingRequest =
  /** Loads a language's dictionary (a no-op when it is the one loaded) with the personal words on top. */
  | { kind: 'load'; id: number; language: SpellingLanguage; personalWords: string[] }
  /** Checks blocks of text; the answer lists each block's misspelled words, in order. */
  | { kind: 'check'; id: number; texts: string[] }
  | { kind: 'suggest'; id: number; word: string }
  /** Words to take as correct from now on, in this and any language loaded later. */
  | { kind: 'accept'; words: string[] };

/** Spelling worker → page. */
export type SpellingReply =
  | { kind: 'loaded'; id: number; language: SpellingLanguage }
  | { kind: 'load-failed'; id: number; language: SpellingLanguage; message: string }
  | { kind: 'checked'; id: number; misspellings: SpellingWord[][] }
  | { kind: 'suggested'; id: number; suggestions: string[] };
