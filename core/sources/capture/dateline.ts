import { titleCase } from './names';

/** The place an article was filed from, as its first line gives it. */
export interface Dateline {
  /** "Erbil, Kurdistan Region", "Baghdad". */
  place: string;
  /** The agency in brackets, "Reuters" for "BAGHDAD (Reuters) -". */
  agency: string;
  /** The dateline as written, dash included: "ERBIL, Kurdistan Region —". */
  written: string;
}

/** The place part before the dash, its agency, and the dash: a plain hyphen needs a space before it, so "AL-HOL" is one word. */
const DATELINE = /^(.{2,90}?)\s*(?:\(([^()]{2,40})\))?\s*(—|–|--|\s-)\s*(?=\S)/u;
/** The first part is a place in capitals: "ERBIL", "NEW YORK", "AL-HOL", "WASHINGTON, D.C.". */
const PLACE_IN_CAPITALS = /^\p{Lu}[\p{Lu}\p{M}.'’ -]*$/u;
/** Further parts name the region or country: "Kurdistan Region", "Iraq". */
const PLACE_NAME = /^\p{Lu}[\p{L}\p{M}.'’ -]*$/u;
/** A part that is the day, not the place: "Jan 30", "Sunday". */
const DAY_PART = /^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/i;

/** "NEW YORK" as "New York"; abbreviations ("D.C.") stay as written. */
function placeCase(part: string): string {
  return part
    .split(' ')
    .map((word) => (word.includes('.') ? word : titleCase(word)))
    .join(' ');
}

function placePart(part: string, first: boolean): string | undefined {
  if (first) {
    const letters = part.replace(/[^\p{L}]/gu, '');
    return letters.length >= 2 && PLACE_IN_CAPITALS.test(part) ? placeCase(part) : undefined;
  }
  if (part.split(/\s+/).length > 4 || !PLACE_NAME.test(part)) return undefined;
  return part === part.toUpperCase() ? placeCase(part) : part;
}

/**
 * The dateline that opens an article ("ERBIL, Kurdistan Region — Iraq's National Security
 * Advisor…", "BAGHDAD (Reuters) - …"), or undefined when the line does not open with one.
 * The line itself stays in the article: it is the first sentence a reader cites.
 */
export function readDateline(line: string): Dateline | undefined {
  const match = DATELINE.exec(line.trim());
  if (!match) return undefined;
  const parts = (match[1] as string).split(/\s*,\s*/);
  const places: string[] = [];
  for (const [index, part] of parts.entries()) {
    if (index > 0 && DAY_PART.test(part)) continue;
    const place = placePart(part, index === 0);
    if (place === undefined) return undefined;
    places.push(place);
  }
  const written = match[0].trim();
  return { place: places.join(', '), agency: (match[2] ?? '').trim(), written };
}
