import type { BriefDocument, DocumentMarking } from '../document/schema';
import { BriefError } from '../errors';
import { portionMarks, readDocumentMarks, schemeOf } from './document-marking';
import { levelRank, markOfMarking, markText } from './portion-mark';
import { rollUp, sameLevelAndControls } from './roll-up';
import type { Mark, MarkingScheme } from './scheme';

/**
 * Setting the document's own level and controls, as the marking menu does. Raising is
 * free. Lowering (a lower level, or a control taken away) needs the analyst's reason,
 * which is recorded in `marking.changes`. Nothing may set the marking below what the
 * portions roll up to: the banner never drops below the highest portion.
 */
export function changeDocumentMarking(
  document: Pick<BriefDocument, 'marking' | 'body' | 'sources'>,
  next: Pick<DocumentMarking, 'level' | 'controls'>,
  options: { reason?: string; now: Date },
): DocumentMarking {
  const { scheme, problem } = schemeOf(document.marking);
  if (!scheme) throw new BriefError('invalid-request', problem);
  const current = markOfMarking(document.marking, scheme);
  const wanted = markOfMarking(next, scheme);
  const portions = rollUp(scheme, null, portionMarks(readDocumentMarks(document, scheme)));
  // Below the portions: rolling them in would change the marking (a higher level, another control, fewer countries).
  if (portions && portions.level !== null && !sameLevelAndControls(rollUp(scheme, wanted, [portions]), rollUp(scheme, wanted, []))) {
    const needed = markText({ ...(rollUp(scheme, wanted, [portions]) as Mark), unknown: [] }, scheme, 'banner');
    throw new BriefError('invalid-request', `The document’s marking cannot be below its portions: they need ${needed}. Change the portions first.`);
  }
  const marking: DocumentMarking = { ...document.marking, level: next.level, controls: [...next.controls] };
  if (!lowers(scheme, current, wanted)) return marking;
  const reason = options.reason?.trim() ?? '';
  if (reason === '') throw new BriefError('invalid-request', 'Say why the marking is lowered; the reason is kept with the document.');
  const change = { from: written(current, scheme), to: written(wanted, scheme), reason, at: options.now.toISOString() };
  return { ...marking, changes: [...(document.marking.changes ?? []), change] };
}

/**
 * Whether going from one mark to another lowers it: a lower level, a control taken away
 * (NOFORN, ORCON, or one the scheme does not know), or release to more countries. Taking
 * a country off a release list, or the list away, releases less: that is not lowering.
 */
function lowers(scheme: MarkingScheme, from: Mark | null, to: Mark | null): boolean {
  if (!from) return false;
  if (!to || levelRank(scheme, to.level) < levelRank(scheme, from.level)) return true;
  if (from.unknown.some((part) => !to.unknown.includes(part))) return true;
  const releases = (id: string) => scheme.controls.find((control) => control.id === id)?.countries !== null;
  for (const control of from.controls) {
    const kept = to.controls.find((candidate) => candidate.id === control.id);
    if (!releases(control.id) && !kept) return true;
    if (releases(control.id) && kept && kept.countries.some((country) => !control.countries.includes(country))) return true;
  }
  return to.controls.some((control) => releases(control.id) && !from.controls.some((candidate) => candidate.id === control.id));
}

function written(mark: Mark | null, scheme: MarkingScheme): string {
  return mark ? markText(mark, scheme, 'portion') : '';
}
