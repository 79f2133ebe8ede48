import type { SourceName } from '../schema';
import { outletNamed } from './known-outlets';

/** Lower-case words that belong to the family name that follows them: "Ludwig van Beethoven", "Omar al Bashir". */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'der', 'den', 'de', 'da', 'del', 'della', 'di', 'du', 'la', 'le', 'dos', 'das']);

/** A word of a name: "Julian", "al-Araji", "O'Neill", "J.", "Jean-Luc". */
const NAME_WORD = /^[\p{L}\p{M}][\p{L}\p{M}'’.-]*$/u;

/** Credits that name a desk or a team rather than a person, kept as one literal name. */
const TEAM_CREDIT = /\b(?:staff|desk|team|newsroom|correspondents?|reporters?|editors?|bureau)$/i;

/** What introduces a byline, and which credits in it are the authors'. */
const AUTHOR_CLAUSE = /^(?:(?:additional\s+)?reporting|written|words|story|report)?\s*by\s+|^authors?\s*:\s*/i;

/** "BECHOCHA" → "Bechocha", "AL-ARAJI" → "Al-Araji", "NEW YORK" → "New York". */
export function titleCase(word: string): string {
  return word.toLowerCase().replace(/(^|[-'’\s])(\p{Ll})/gu, (_whole, before: string, letter: string) => before + letter.toUpperCase());
}

/**
 * A person's name as CSL holds it: "Julian Bechocha" → given "Julian", family "Bechocha";
 * "Qasim al-Araji" → family "al-Araji"; undefined for text that is not a name.
 */
export function personName(text: string): SourceName | undefined {
  const words = text.trim().split(/\s+/).filter(Boolean);
  // One word alone ("By Sunday…") is too often not a name; bylines name people in full.
  if (words.length < 2 || words.length > 5 || !words.every((word) => NAME_WORD.test(word))) return undefined;
  const capitalised = (word: string): boolean => /^\p{Lu}/u.test(word);
  if (!words.every((word) => capitalised(word) || PARTICLES.has(word.toLowerCase()) || /^\p{Ll}{1,3}-\p{Lu}/u.test(word))) return undefined;
  if (!capitalised(words[words.length - 1] as string) && !/-\p{Lu}/u.test(words[words.length - 1] as string)) return undefined;
  // A byline set in capitals ("By JULIAN BECHOCHA") is cited in the name's own case.
  const shouting = words.join('').length > 3 && words.join('') === words.join('').toUpperCase();
  const written = shouting ? words.map(titleCase) : words;
  let familyStart = written.length - 1;
  while (familyStart > 1 && PARTICLES.has((written[familyStart - 1] as string).toLowerCase())) familyStart -= 1;
  const family = written.slice(familyStart).join(' ');
  const given = written.slice(0, familyStart).join(' ');
  return { family, given };
}

/** The authors a byline credits, and any outlet it names ("By Jane Doe, Reuters"). */
export interface BylineCredits {
  authors: SourceName[];
  outlets: string[];
}

/** Adds one credit of a byline, a person, a team ("Rudaw staff") or an outlet; false when it is none of them. */
function credit(part: string, credits: BylineCredits): boolean {
  // "Reporting by Jane Doe in Baghdad": the place is where she reported from, not part of her name.
  const name = part.replace(/\s+in\s+\p{Lu}[\p{L}\p{M}\s,.'’-]*$/u, '').trim();
  const outlet = outletNamed(name);
  if (outlet) {
    credits.outlets.push(outlet.name);
    return true;
  }
  if (TEAM_CREDIT.test(name) && name.length <= 60 && /^\p{Lu}/u.test(name)) {
    credits.authors.push({ literal: name });
    return true;
  }
  const person = personName(name);
  if (person) credits.authors.push(person);
  return person !== undefined;
}

/**
 * The credits of a byline line: "By Julian Bechocha", "By Jane Doe and John Roe",
 * "Reporting by Jane Doe in Baghdad; Editing by John Roe" (editors are not authors).
 * Undefined when the line is not a byline, so prose that starts "By Sunday…" is left alone.
 */
export function bylineCredits(line: string): BylineCredits | undefined {
  const clauses = line.split(/\s*;\s*/);
  const credits: BylineCredits = { authors: [], outlets: [] };
  let sawAuthorClause = false;
  for (const clause of clauses) {
    const introduction = AUTHOR_CLAUSE.exec(clause);
    if (!introduction) {
      // After the authors, other credits ("Editing by…", "Photos by…") may follow and are not authors.
      if (sawAuthorClause && /^[\p{L}\s]{1,30}\bby\s/iu.test(clause)) continue;
      return undefined;
    }
    sawAuthorClause = true;
    if (!creditsIn(clause.slice(introduction[0].length), credits)) return undefined;
  }
  return credits.authors.length > 0 || credits.outlets.length > 0 ? credits : undefined;
}

/**
 * The people (or teams) a metadata value names, with or without "By": "Jane Doe",
 * "Jane Doe, John Roe", "By Jane Doe and John Roe". Undefined when it is not a list of names.
 */
export function namesIn(value: string): BylineCredits | undefined {
  const credits: BylineCredits = { authors: [], outlets: [] };
  const text = value.replace(AUTHOR_CLAUSE, '');
  return creditsIn(text, credits) ? credits : undefined;
}

function creditsIn(text: string, credits: BylineCredits): boolean {
  const parts = text
    .replace(/[.\s]+$/, '')
    .split(/\s*(?:,|&|\band\b|\|)\s*/)
    .filter(Boolean);
  return parts.length > 0 && parts.length <= 10 && parts.every((part) => credit(part, credits));
}
