import MiniSearch from 'minisearch';
import { displayName, outletOf, type DocumentSource } from '../../../core/sources/schema';

export type SourceSort = 'added' | 'date' | 'outlet' | 'grade';

/** The search index over titles, outlets, authors and full text, rebuilt when the sources change. */
export function buildSourceIndex(sources: readonly DocumentSource[]): MiniSearch<{ id: string }> {
  const index = new MiniSearch<{ id: string }>({
    fields: ['title', 'outlet', 'authors', 'originator', 'text'],
    searchOptions: { boost: { title: 3, outlet: 2, authors: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });
  index.addAll(
    sources.map((source) => ({
      id: source.id,
      title: source.title,
      outlet: outletOf(source),
      authors: source.authors.map(displayName).join(' '),
      originator: source.originator,
      text: source.snapshot?.text ?? '',
    })),
  );
  return index;
}

/** Sorts by publication date (newest first, undated last), outlet, or grade (graded first, A1 before B2). */
export function sortSources(sources: readonly DocumentSource[], sort: SourceSort): DocumentSource[] {
  const list = [...sources];
  if (sort === 'date') return list.sort((a, b) => (b.issued || '0').localeCompare(a.issued || '0'));
  if (sort === 'outlet') return list.sort((a, b) => (outletOf(a) || '\uffff').localeCompare(outletOf(b) || '\uffff'));
  if (sort === 'grade') return list.sort((a, b) => gradeKey(a).localeCompare(gradeKey(b)));
  return list;
}

// Ungraded halves sort after every grade.
function gradeKey(source: DocumentSource): string {
  return `${source.reliability ?? 'Z'}${source.credibility ?? '9'}`;
}

/** The sources matching a search, in the chosen order; all of them when the query is empty. */
export function filterSources(sources: readonly DocumentSource[], index: MiniSearch<{ id: string }>, query: string, sort: SourceSort): DocumentSource[] {
  const sorted = sortSources(sources, sort);
  if (!query.trim()) return sorted;
  const hits = new Set(index.search(query).map((hit) => String(hit.id)));
  return sorted.filter((source) => hits.has(source.id));
}
