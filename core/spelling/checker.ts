import { isExemptToken, spellingWords, WORD_HYPHENS, type SpellingWord } from './words';

/** What a Hunspell dictionary (nspell) offers; an interface, so core/ stays free of it. */
export interface SpellingDictionary {
  correct(word: string): boolean;
  suggest(word: string): string[];
  add(word: string): unknown;
}

/** How many suggestions the spelling menu offers. */
const MAX_SUGGESTIONS = 5;

/** Past this many distinct words the verdict cache starts again, so it cannot grow without end. */
const MAX_CACHED_WORDS = 50_000;

const TYPOGRAPHIC_APOSTROPHES = /[\u2019\u02bc]/gu;
const POSSESSIVE = /'s$/u;

/** Hunspell dictionaries spell "analyst's" with a straight apostrophe; the analyst may type a curly one. */
export function dictionaryForm(word: string): string {
  return word.replace(TYPOGRAPHIC_APOSTROPHES, "'");
}

/** A suggestion as it should replace `original`: capitalised like it, with its kind of apostrophe. */
export function fitSuggestion(suggestion: string, original: string): string {
  let fitted = original.includes('\u2019') ? suggestion.replace(/'/gu, '\u2019') : suggestion;
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && fitted.charAt(0) === fitted.charAt(0).toLowerCase()) {
    fitted = fitted.charAt(0).toUpperCase() + fitted.slice(1);
  }
  return fitted;
}

/**
 * A dictionary with the rules an analyst expects on top: a compound is right when the
 * dictionary knows it or knows each of its parts ("counter-terrorism"), a possessive is
 * right when its word is ("al-Araji's"), and verdicts are remembered, since most words
 * of a long document are repeats.
 */
export class SpellChecker {
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly dictionary: SpellingDictionary) {}

  /** The words of `text` the dictionary does not know, with their offsets. */
  misspellings(text: string): SpellingWord[] {
    return spellingWords(text).filter((word) => this.isMisspelled(word.text));
  }

  isMisspelled(word: string): boolean {
    const form = dictionaryForm(word);
    let verdict = this.verdicts.get(form);
    if (verdict === undefined) {
      verdict = !this.knows(form);
      if (this.verdicts.size >= MAX_CACHED_WORDS) this.verdicts.clear();
      this.verdicts.set(form, verdict);
    }
    return verdict;
  }

  /** Up to `limit` replacements for a misspelled word, fitted to its case and apostrophes. */
  suggestions(word: string, limit = MAX_SUGGESTIONS): string[] {
    const form = dictionaryForm(word);
    let found = this.dictionary.suggest(form);
    if (found.length === 0) found = this.compoundSuggestions(form);
    const fitted = found.map((suggestion) => fitSuggestion(suggestion, word)).filter((suggestion) => suggestion !== word);
    return [...new Set(fitted)].slice(0, limit);
  }

  /** Takes a word as correct from now on (the personal word list, "Add to dictionary"). */
  accept(word: string): void {
    const form = dictionaryForm(word);
    this.dictionary.add(form);
    this.verdicts.clear();
  }

  private knows(form: string): boolean {
    if (this.dictionary.correct(form)) return true;
    if (POSSESSIVE.test(form) && this.knows(form.replace(POSSESSIVE, ''))) return true;
    const parts = form.split(WORD_HYPHENS);
    return parts.length > 1 && parts.every((part) => isExemptToken(part) || this.dictionary.correct(part));
  }

  /** For a compound with one unknown part, that part's suggestions in place ("counter-terorism"). */
  private compoundSuggestions(form: string): string[] {
    const parts = form.split(WORD_HYPHENS);
    const unknown = parts.map((part, index) => ({ part, index })).filter(({ part }) => !isExemptToken(part) && !this.dictionary.correct(part));
    const only = unknown.length === 1 ? unknown[0] : undefined;
    if (!only) return [];
    const separators = form.match(new RegExp(WORD_HYPHENS.source, 'gu')) ?? [];
    return this.dictionary.suggest(only.part).map((replacement) =>
      parts.map((part, index) => (index === only.index ? replacement : part)).reduce((joined, part, index) => joined + (separators[index - 1] ?? '-') + part),
    );
  }
}
