/**
 * Which words of a text an English spell-checker should judge, and where they are. Pure,
 * so the page's spelling worker, the tests and any future command-line check agree.
 */

/** A word to check: its text and its [start, end) offsets in the text it came from. */
export interface SpellingWord {
  text: string;
  start: number;
  end: number;
}

// Letters, marks and digits joined by single hyphens, apostrophes, dots or underscores:
// "al-Araji", "analyst’s" and "e.g" are one token each, so the rules below see them whole.
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-\u2010\u2011'\u2019\u02bc._][\p{L}\p{M}\p{N}]+)*/gu;

/** Runs of text between white space, where addresses are recognised as a whole. */
const CHUNK = /\S+/gu;

// An address is never prose: a scheme ("https://", "mailto:"), "www.", an e-mail address, or
// a host name followed by a path ("rudaw.net/english").
const ADDRESS = /^[\p{P}\p{S}]*(?:[a-z][a-z\d+.-]*:\/\/|www\.|mailto:|[^\s@]+@[^\s@]+\.\p{L}|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/)/iu;

const HAS_DIGIT = /\p{N}/u;
/** Dots and underscores inside a token: abbreviations ("U.S"), host names, identifiers. */
const HAS_DOT_OR_UNDERSCORE = /[._]/u;
/**
 * Only Latin-script words go to an English dictionary. Arabic, Hebrew and every other script
 * (and words that mix one with Latin) are left alone rather than all flagged as mistakes.
 */
const LATIN_WORD = /^[\p{Script=Latin}\p{M}\-\u2010\u2011'\u2019\u02bc]+$/u;
/** An acronym in capitals, optionally plural or possessive: NATO, ISIS-K, NGOs, NATO’s. */
const ACRONYM = /^\p{Lu}[\p{Lu}\-\u2010\u2011]*\p{Lu}(?:['\u2019]?s)?$/u;
/** The hyphens that join the parts of a compound such as "counter-terrorism". */
export const WORD_HYPHENS = /[-\u2010\u2011]/u;

/** True for a token the English dictionary should not judge (see the rules above). */
export function isExemptToken(token: string): boolean {
  if (HAS_DIGIT.test(token) || HAS_DOT_OR_UNDERSCORE.test(token)) return true;
  if (!LATIN_WORD.test(token)) return true;
  if (ACRONYM.test(token)) return true;
  // A letter on its own ("a", "I", a list label "b") is never worth a red line.
  return [...token].length < 2;
}

/** The words of `text` that a spell-checker should look at, in order. */
export function spellingWords(text: string): SpellingWord[] {
  const words: SpellingWord[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    if (ADDRESS.test(chunk[0])) continue;
    for (const token of chunk[0].matchAll(TOKEN)) {
      if (isExemptToken(token[0])) continue;
      const start = chunk.index + token.index;
      words.push({ text: token[0], start, end: start + token[0].length });
    }
  }
  return words;
}
