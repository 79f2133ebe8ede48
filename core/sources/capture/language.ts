/** A BCP 47 tag as pages write them: "en", "en-GB", "ar", "ckb", "ar-IQ". */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[a-z0-9]{2,8}){0,3}$/i;

export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG.test(value);
}

/** The language the text is written in, and how that was told. */
export interface LanguageReading {
  tag: string;
  evidence: string;
}

/** Enough of the text to tell its script; a long article says no more in its second half. */
const SAMPLE_LENGTH = 20_000;
/** Fewer letters than this say too little to name a language. */
const MIN_LETTERS = 20;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/** Letters that Kurdish (Sorani) writes in Arabic script and Arabic and Persian do not: ە ێ ۆ ڕ ڵ. */
const SORANI_LETTERS = /[\u06d5\u06ce\u06c6\u0695\u06b5]/gu;
/** Persian's own letter forms (Farsi yeh and keheh) beside the Arabic yeh and kaf. */
const PERSIAN_LETTERS = /[\u06cc\u06a9]/gu;
const ARABIC_YEH_KAF = /[\u064a\u0643]/gu;
/** The commonest English words: a text where they are frequent is English, whatever else it quotes. */
const ENGLISH_WORDS = /\b(?:the|and|of|to|in|is|that|for|on|with|was|as|by|at|from|said|have|has|are|were|it)\b/gi;

function arabicScriptLanguage(sample: string, arabicLetters: number): LanguageReading {
  if (count(sample, SORANI_LETTERS) >= arabicLetters * 0.01) return { tag: 'ckb', evidence: 'Arabic script with Kurdish (Sorani) letters' };
  if (count(sample, PERSIAN_LETTERS) >= arabicLetters * 0.01 && count(sample, ARABIC_YEH_KAF) < count(sample, PERSIAN_LETTERS) / 10) {
    return { tag: 'fa', evidence: 'Arabic script with Persian letters' };
  }
  return { tag: 'ar', evidence: 'Arabic script' };
}

/**
 * The language of a text from its letters, for sources whose page did not say: Arabic script
 * is Arabic, Kurdish (Sorani) or Persian by the letters each uses; Latin script is English
 * only when English's commonest words are frequent. Undefined when the text does not tell.
 * Reading never changes the text: right-to-left text is kept exactly as it came.
 */
export function languageOfText(text: string): LanguageReading | undefined {
  const sample = text.slice(0, SAMPLE_LENGTH);
  const letters = count(sample, /\p{L}/gu);
  if (letters < MIN_LETTERS) return undefined;
  const arabic = count(sample, /(?=\p{L})\p{Script=Arabic}/gu);
  if (arabic >= letters * 0.6) return arabicScriptLanguage(sample, arabic);
  if (count(sample, /(?=\p{L})\p{Script=Hebrew}/gu) >= letters * 0.6) return { tag: 'he', evidence: 'Hebrew script' };
  if (count(sample, /(?=\p{L})\p{Script=Latin}/gu) >= letters * 0.6) {
    const words = count(sample, /[\p{L}'’-]+/gu);
    if (count(sample, ENGLISH_WORDS) >= words * 0.12) return { tag: 'en', evidence: 'Latin script, common English words' };
  }
  return undefined;
}
