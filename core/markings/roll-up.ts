import { allowedAt, levelRank, orderCountries } from './portion-mark';
import type { Mark, MarkControl, MarkingScheme } from './scheme';

/**
 * The banner's mark from the portions' marks: the highest level, with the union of the
 * controls that are allowed at that level. The document's own mark (`floor`) takes part
 * like a portion, so the analyst can raise the banner but never lower it below the
 * highest portion. Country lists (REL TO) roll up to the countries every listing portion
 * shares, and only when every portion at a level that requires portion marks lists them
 * (an uncaveated classified portion has no release decision); when they share none but
 * the first (USA), the banner takes the control meant for that case (NOFORN). A control
 * that overrides another (NOFORN over REL TO) removes it. Unknown parts are carried into
 * the banner as written, never dropped. Null when nothing is marked.
 */
export function rollUp(scheme: MarkingScheme, floor: Mark | null, portions: readonly Mark[]): Mark | null {
  const marks = floor ? [floor, ...portions] : [...portions];
  if (marks.length === 0) return null;
  let top: Mark | null = null;
  for (const mark of marks) if (levelRank(scheme, mark.level) > levelRank(scheme, top?.level ?? null)) top = mark;
  const level = top?.level ?? null;
  const unknown = [...new Set(marks.flatMap((mark) => mark.unknown))];
  if (level === null) return { level: null, controls: [], unknown, notAllowed: [] };

  const present = new Map<string, MarkControl>();
  for (const control of scheme.controls) {
    if (!allowedAt(control, level)) continue;
    const carrying = marks.filter((mark) => mark.controls.some((carried) => carried.id === control.id));
    if (carrying.length === 0) continue;
    const countryList = control.countries;
    if (!countryList) {
      present.set(control.id, { id: control.id, countries: [] });
      continue;
    }
    const listsEverywhere = marks.every((mark) => !requiresMarks(scheme, mark.level) || carrying.includes(mark));
    if (!listsEverywhere) continue;
    const shared = carrying
      .map((mark) => mark.controls.find((carried) => carried.id === control.id)?.countries ?? [])
      .reduce((common, countries) => common.filter((country) => countries.includes(country)));
    if (shared.some((country) => country !== countryList.first)) {
      present.set(control.id, { id: control.id, countries: orderCountries(control, shared) });
    } else {
      present.set(countryList.whenNoneShared, { id: countryList.whenNoneShared, countries: [] });
    }
  }
  for (const control of scheme.controls) {
    if (present.has(control.id)) for (const overridden of control.overrides) present.delete(overridden);
  }
  const controls = scheme.controls.flatMap((control) => present.get(control.id) ?? []);
  return { level, controls, unknown, notAllowed: [] };
}

function requiresMarks(scheme: MarkingScheme, level: string | null): boolean {
  return scheme.levels.find((candidate) => candidate.id === level)?.requiresPortionMarks ?? false;
}

/** Whether two marks say the same: level, controls with their countries, and unknown parts. */
export function sameMark(a: Mark | null, b: Mark | null): boolean {
  if (a === null || b === null) return a === b;
  const controls = (mark: Mark) => JSON.stringify(mark.controls.map((control) => [control.id, [...control.countries]]));
  return a.level === b.level && controls(a) === controls(b) && JSON.stringify([...a.unknown].sort()) === JSON.stringify([...b.unknown].sort());
}

/** Whether two marks have the same level and known controls; their unknown parts are flagged on their own. */
export function sameLevelAndControls(a: Mark | null, b: Mark | null): boolean {
  return sameMark(a && { ...a, unknown: [] }, b && { ...b, unknown: [] });
}
