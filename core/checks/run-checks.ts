import type { BodyText } from '../citations/collect';
import type { BriefDocument, DismissedFinding } from '../document/schema';
import { fingerprints } from './fingerprint';
import { FINDING_KINDS, type Finding, type FindingDraft, type FindingKind } from './finding';
import { languageFindings } from './language';
import { markingFindings } from './markings';
import { readForChecks, type DocumentReading } from './reading';
import { sourcingFindings } from './sourcing';
import { structureFindings } from './structure';

export interface CheckOptions {
  /** The families to run; all of them unless given. */
  kinds?: readonly FindingKind[];
  /** The body as readBodyText read it, when the caller already has it. */
  bodyText?: BodyText;
}

const FAMILIES: Readonly<Record<FindingKind, (reading: DocumentReading) => FindingDraft[]>> = {
  language: languageFindings,
  sourcing: sourcingFindings,
  markings: markingFindings,
  structure: structureFindings,
};

/**
 * Every tradecraft finding of a document, in reading order: the title block and the
 * document's marking first, then the body block by block, then the sources. Pure and
 * platform-free: the editor runs it on the document as saved (debounced, or in a worker),
 * the CLI and the export dialog on the same data. It reads the body once for all the
 * checks and is linear in its size. Dismissed findings are returned with their dismissal,
 * not dropped.
 */
export function runChecks(document: BriefDocument, options: CheckOptions = {}): Finding[] {
  const reading = readForChecks(document, options.bodyText);
  const kinds = options.kinds ?? FINDING_KINDS;
  const drafts = kinds.flatMap((kind) => FAMILIES[kind](reading));
  const sourceOrder = new Map(document.sources.map((source, index) => [source.id, index]));
  const ordered = drafts
    .map((draft, index) => ({ draft, index }))
    .sort((a, b) => compareReadingOrder(a.draft, b.draft, sourceOrder) || a.index - b.index)
    .map(({ draft }) => draft);
  const dismissals = new Map<string, DismissedFinding>((document.review?.dismissed ?? []).map((entry) => [entry.fingerprint, entry]));
  return fingerprints(ordered, reading).map((fingerprint, index) => ({ ...(ordered[index] as FindingDraft), fingerprint, dismissed: dismissals.get(fingerprint) ?? null }));
}

/** Where a finding comes in the document: 0 the title and marking, 1 the body, 2 the sources list. */
function zone(draft: FindingDraft): number {
  if (draft.location) return 1;
  return draft.subject.kind === 'source' ? 2 : 0;
}

function compareReadingOrder(a: FindingDraft, b: FindingDraft, sourceOrder: ReadonlyMap<string, number>): number {
  const byZone = zone(a) - zone(b);
  if (byZone !== 0) return byZone;
  if (a.location && b.location) {
    return a.location.block - b.location.block || a.location.range.start - b.location.range.start || a.location.range.end - b.location.range.end;
  }
  const sourceIndex = (draft: FindingDraft) => (draft.subject.kind === 'source' ? (sourceOrder.get(draft.subject.sourceId) ?? 0) : 0);
  return sourceIndex(a) - sourceIndex(b);
}
