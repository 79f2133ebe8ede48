import type { Mark, MarkControl, MarkingControl, MarkingLevel, MarkingScheme } from './scheme';

/**
 * Reading and writing marks in a scheme: `(S//NF)`, `SECRET//NOFORN`, `OFFICIAL-SENSITIVE`,
 * `TLP:AMBER+STRICT`. Reading is forgiving about case, spaces and parentheses, and about
 * spelling a level out or abbreviating it; it never guesses: what the scheme does not
 * know is kept as written in `Mark.unknown`.
 */

interface Spelling<T> {
  text: string;
  item: T;
}

interface SchemeSpellings {
  levels: readonly Spelling<MarkingLevel>[];
  controls: readonly Spelling<MarkingControl>[];
  attached: readonly Spelling<MarkingControl>[];
  /** Characters that end an unknown part: the first characters of the separators. */
  breaks: string;
}

const spellingsCache = new WeakMap<MarkingScheme, SchemeSpellings>();

/** Longest first, so that `TOP SECRET` is tried before `S` and `TLP:AMBER+STRICT` before `TLP:AMBER`. */
function spellingsOf<T extends { id: string; portion: string; banner: string; aliases: readonly string[] }>(items: readonly T[]): Spelling<T>[] {
  return items
    .flatMap((item) => [...new Set([item.portion, item.banner, item.id, ...item.aliases].map(tidy))].map((text) => ({ text, item })))
    .sort((a, b) => b.text.length - a.text.length);
}

function schemeSpellings(scheme: MarkingScheme): SchemeSpellings {
  let spellings = spellingsCache.get(scheme);
  if (!spellings) {
    const controls = spellingsOf(scheme.controls);
    spellings = {
      levels: spellingsOf(scheme.levels),
      controls,
      attached: controls.filter((spelling) => spelling.item.attached),
      breaks: [...new Set([scheme.groupSeparator[0], scheme.controlSeparator[0]])].join(''),
    };
    spellingsCache.set(scheme, spellings);
  }
  return spellings;
}

/** Upper case, parentheses off, spaces tidied: `( s // nf )` → `S//NF`, `TLP: amber + strict` → `TLP:AMBER+STRICT`. */
export function tidy(text: string): string {
  let tidied = text.trim();
  if (tidied.startsWith('(') && tidied.endsWith(')')) tidied = tidied.slice(1, -1);
  return tidied
    .toUpperCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([/:+-])\s*/g, '$1')
    .replace(/\s*,\s*/g, ', ')
    .trim();
}

const BOUNDARY = new Set(['', ' ', '/', '-', ',']);
const COUNTRY_LIST = /^ ?([A-Z]{3,4}(?:, ?[A-Z]{3,4})*)/;

function endsAt(text: string, at: number): boolean {
  return BOUNDARY.has(text.charAt(at));
}

/**
 * Reads a mark written in a scheme, with or without its parentheses; null for an empty
 * one (an unmarked portion). A mark whose level the scheme does not know is all unknown:
 * its controls cannot be read without knowing where the level ends.
 */
export function parseMark(text: string, scheme: MarkingScheme): Mark | null {
  const tidied = tidy(text);
  if (tidied === '') return null;
  const spellings = schemeSpellings(scheme);
  const level = spellings.levels.find(
    ({ text: spelling }) =>
      tidied.startsWith(spelling) &&
      // An attached control may follow its level directly: `OS` is OFFICIAL-SENSITIVE.
      (endsAt(tidied, spelling.length) || spellings.attached.some((attached) => tidied.startsWith(attached.text, spelling.length) && endsAt(tidied, spelling.length + attached.text.length))),
  );
  if (!level) return { level: null, controls: [], unknown: [tidied], notAllowed: [] };

  const controls = new Map<string, MarkControl>();
  const unknown: string[] = [];
  let rest = tidied.slice(level.text.length);
  while ((rest = rest.replace(/^[\s/,-]+/, '')) !== '') {
    const found = spellings.controls.find(({ text: spelling }) => rest.startsWith(spelling) && endsAt(rest, spelling.length));
    if (!found) {
      const end = [...spellings.breaks].map((character) => rest.indexOf(character)).filter((index) => index > 0);
      const part = end.length > 0 ? rest.slice(0, Math.min(...end)) : rest;
      unknown.push(part.trim());
      rest = rest.slice(part.length);
      continue;
    }
    rest = rest.slice(found.text.length);
    let countries: string[] = [];
    if (found.item.countries) {
      const list = COUNTRY_LIST.exec(rest);
      if (!list) {
        // REL TO without its countries says nothing about release: kept as written, for the analyst to complete.
        unknown.push(found.text);
        continue;
      }
      countries = (list[1] as string).split(/, ?/);
      rest = rest.slice(list[0].length);
    }
    const previous = controls.get(found.item.id);
    controls.set(found.item.id, { id: found.item.id, countries: orderCountries(found.item, [...(previous?.countries ?? []), ...countries]) });
  }
  const ordered = scheme.controls.flatMap((control) => controls.get(control.id) ?? []);
  const notAllowed = scheme.controls.filter((control) => controls.has(control.id) && !allowedAt(control, level.item.id)).map((control) => control.id);
  return { level: level.item.id, controls: ordered, unknown, notAllowed };
}

export function allowedAt(control: MarkingControl, level: string): boolean {
  return control.levels.length === 0 || control.levels.includes(level);
}

/** `USA` first, the rest in alphabetical order, each once. */
export function orderCountries(control: MarkingControl, countries: readonly string[]): string[] {
  const first = control.countries?.first;
  const unique = [...new Set(countries)];
  return [...unique.filter((country) => country === first), ...unique.filter((country) => country !== first).sort()];
}

/**
 * A document marking (its level and controls, as stored) as a mark: the level may carry
 * controls of its own (`OFFICIAL-SENSITIVE`), each stored control is read as the level's.
 */
export function markOfMarking(marking: { level: string | null; controls: readonly string[] }, scheme: MarkingScheme): Mark | null {
  const level = marking.level?.trim() ?? '';
  if (level === '') return null;
  const controls = marking.controls.map((control) => control.trim()).filter(Boolean);
  return parseMark([level, ...controls].join(scheme.groupSeparator), scheme);
}

export type Spelled = 'portion' | 'banner';

/**
 * A mark as its scheme writes it, without parentheses: `S//NF` in a portion, `SECRET//NOFORN`
 * in a banner. Attached controls join their level directly in a portion (`OS`) and with a
 * hyphen in a banner (`OFFICIAL-SENSITIVE`). Unknown parts come last, as written.
 */
export function markText(mark: Mark, scheme: MarkingScheme, spelled: Spelled): string {
  const level = mark.level === null ? undefined : scheme.levels.find((candidate) => candidate.id === mark.level);
  if (!level) return mark.unknown.join(' ');
  let text = level[spelled];
  const groups = new Map<number, string[]>();
  for (const { id, countries } of mark.controls) {
    const control = scheme.controls.find((candidate) => candidate.id === id);
    if (!control) continue;
    const written = countries.length > 0 ? `${control[spelled]} ${countries.join(', ')}` : control[spelled];
    if (control.attached) text += spelled === 'banner' ? `-${written}` : written;
    else groups.set(control.group, [...(groups.get(control.group) ?? []), written]);
  }
  const parts = [...groups.entries()].sort(([a], [b]) => a - b).map(([, written]) => written.join(scheme.controlSeparator));
  if (mark.unknown.length > 0) parts.push(mark.unknown.join(scheme.controlSeparator));
  return [text, ...parts].join(scheme.groupSeparator);
}

/** A portion mark as it is printed in front of a portion: `(S//NF)`; `(TLP:GREEN)`. */
export function formatPortionMark(mark: Mark, scheme: MarkingScheme): string {
  return `(${markText(mark, scheme, 'portion')})`;
}

/** Where a level stands in its scheme, from 0 for the lowest; -1 for a level the scheme does not have. */
export function levelRank(scheme: MarkingScheme, level: string | null): number {
  return level === null ? -1 : scheme.levels.findIndex((candidate) => candidate.id === level);
}

/** Negative when `a` is below `b`, 0 when equal, positive when above; null when either is not a level of the scheme. */
export function compareLevels(scheme: MarkingScheme, a: string, b: string): number | null {
  const rankA = levelRank(scheme, a);
  const rankB = levelRank(scheme, b);
  return rankA < 0 || rankB < 0 ? null : rankA - rankB;
}

/** Whether a mark is entirely known to its scheme: a level, and no part it does not know. */
export function isKnownMark(mark: Mark): boolean {
  return mark.level !== null && mark.unknown.length === 0;
}
