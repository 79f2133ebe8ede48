// The one place export depends on reference formatting (full, short and Ibid. notes; source-list entries).
import { formatNotes, formatSourceListEntry, sortSourcesForList, type RefRun } from '../sources/format';
import type { DocumentSource } from '../sources/schema';
import type { Inline, SourceListEntry } from './types';

/** A citation as the notes need it: which source, and where in it. */
export interface CitedPassage {
  sourceId: string;
  pinpoint: string;
  /** The citation's own portion mark as written; '' when it has none (it then takes its source's). */
  mark?: string;
}

/**
 * The text of each citation's note, in order: a full reference the first time a source is
 * cited, a short one after, "Ibid." for the same source again; a citation whose source is
 * gone says so.
 */
export function noteTexts(citations: readonly CitedPassage[], sources: readonly DocumentSource[]): Inline[][] {
  return formatNotes(citations, sources).map(inlinesOf);
}

/**
 * The source list: every source, those cited in the order first cited, then the rest as
 * listed. The entries' text leaves the source's portion mark out: the export model prints
 * it in front, written by the document's scheme, as on every portion (see portion-marks.ts).
 */
export function sourceListEntries(sources: readonly DocumentSource[], citations: readonly CitedPassage[]): SourceListEntry[] {
  const cited = citations.map((citation) => citation.sourceId);
  return sortSourcesForList(sources, 'order-of-first-citation', cited).map((source) => ({ sourceId: source.id, runs: inlinesOf(formatSourceListEntry({ ...source, portionMark: '' })) }));
}

/** Reference runs as export inlines: italics kept, a run with an address becomes a link. */
function inlinesOf(runs: readonly RefRun[]): Inline[] {
  return runs
    .filter((run) => run.text !== '')
    .map((run): Inline => {
      const text: Inline = { kind: 'text', text: run.text, style: run.italic ? { italic: true } : {} };
      return run.url ? { kind: 'link', url: run.url, children: [text] } : text;
    });
}
