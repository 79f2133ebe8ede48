import { walkBody } from '../document/body';
import type { BriefDocument, DocumentSource } from '../document/schema';
import { anchorSelector, type Anchor } from './anchor';
import { readBodyText, type BodyCitation, type BodyText } from './collect';
import { excerpt, type CitationFinding, type FindingLocation, type UnusedSource } from './findings';
import { quoteMismatches, type CitedSource } from './quote-check';
import { CITATION_NODE_TYPE, type TextQuoteSelector } from './schema';

/** What the citation checks read of a document. */
export type CitedDocument = Pick<BriefDocument, 'body' | 'sources'>;

/**
 * Everything wrong with the document's citations, in document order, then its unused
 * sources: citations whose source is gone, whose passage is gone or changed, or that
 * cite a passage of a source without a snapshot; quotations that differ from what they
 * cite. `bodyText` may be passed when the caller has already read the body.
 */
export function citationProblems(document: CitedDocument, bodyText: BodyText = readBodyText(document.body)): CitationFinding[] {
  const sources = new Map(document.sources.map((source) => [source.id, source]));
  const cited = new Map<number, CitedSource>();
  const findings: Array<Exclude<CitationFinding, UnusedSource>> = [];
  for (const citation of bodyText.citations) {
    const at = {
      sourceId: citation.sourceId,
      location: locationOf(bodyText, citation),
      citation: citation.index,
      citationPath: citation.path,
    };
    const note = `Note ${citation.number}`;
    const source = sources.get(citation.sourceId);
    if (!source) {
      findings.push({ ...at, rule: 'citation.dangling', severity: 'error', message: `${note} cites a source that is not in this document. Choose its source again, or remove the note.` });
      continue;
    }
    const title = titleOf(source);
    if (!source.snapshot) {
      if (citation.selector) {
        findings.push({ ...at, rule: 'citation.no-snapshot', severity: 'warning', message: `${note} cites a passage of “${title}”, but the source has no text to find the passage in. Add the source's text so the citation can be checked.` });
      }
      continue;
    }
    const text = source.snapshot.text;
    const anchor = citation.selector ? anchorInSnapshot(text, citation.selector) : null;
    if (citation.selector && !anchor) {
      findings.push({ ...at, rule: 'citation.unanchored', severity: 'error', message: `The passage ${note.toLowerCase()} cites is no longer in “${title}”: “${excerpt(citation.selector.exact)}”. Cite the passage again, or cite the whole source.` });
    } else if (anchor?.quality === 'fuzzy') {
      const passage = text.slice(anchor.start, anchor.end);
      findings.push({
        ...at,
        rule: 'citation.passage-changed',
        severity: 'warning',
        message: `The passage ${note.toLowerCase()} cites has changed in “${title}”. It now reads: “${excerpt(passage)}”. Check it still supports the text, then cite it again.`,
        passage,
        passageRange: { start: anchor.start, end: anchor.end },
      });
    }
    cited.set(citation.index, { sourceId: source.id, title, text, passage: anchor ? { start: anchor.start, end: anchor.end } : null });
  }
  findings.push(...quoteMismatches(bodyText, (citation) => cited.get(citation.index) ?? null));
  // Quotation findings come block by block: put them among the citation findings, in reading order (the sort is stable).
  findings.sort((a, b) => a.location.block - b.location.block || a.location.range.start - b.location.range.start);
  const counts = countCitations(bodyText.citations.map((citation) => citation.sourceId), document.sources);
  return [...findings, ...document.sources.filter((source) => counts.get(source.id) === 0).map(unusedFinding)];
}

/** The sources nothing in the body cites, in the order of the sources list. */
export function unusedSources(document: CitedDocument): DocumentSource[] {
  const counts = citationCounts(document);
  return document.sources.filter((source) => counts.get(source.id) === 0);
}

/**
 * How many citations each source has, for the sources panel: every source of the
 * document (0 when uncited), and any id a citation names that has no source.
 */
export function citationCounts(document: CitedDocument): Map<string, number> {
  const ids: string[] = [];
  walkBody(document.body, (node) => {
    if (node.type === CITATION_NODE_TYPE) ids.push(typeof node.sourceId === 'string' ? node.sourceId : '');
  });
  return countCitations(ids, document.sources);
}

function countCitations(sourceIds: readonly string[], sources: readonly DocumentSource[]): Map<string, number> {
  const counts = new Map(sources.map((source) => [source.id, 0]));
  for (const id of sourceIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return counts;
}

function unusedFinding(source: DocumentSource): UnusedSource {
  return { rule: 'source.unused', severity: 'warning', sourceId: source.id, location: null, message: `“${titleOf(source)}” is not cited anywhere in the document. Cite it, or remove it from the sources.` };
}

function locationOf(bodyText: BodyText, citation: BodyCitation): FindingLocation {
  const block = bodyText.blocks[citation.block];
  return { block: citation.block, blockPath: block ? block.path : [], range: { start: citation.offset, end: citation.offset } };
}

function titleOf(source: DocumentSource): string {
  return source.title.trim() || `Source ${source.id}`;
}

// Checks run on every edit, and finding a passage whose snapshot changed costs a search of
// the whole snapshot: the answers are kept per snapshot text until it changes again.
const MAX_CACHED_SNAPSHOTS = 64;
const MAX_CACHED_ANCHORS = 5_000;
const anchorCache = new Map<string, Map<string, Anchor | null>>();

function anchorInSnapshot(text: string, selector: TextQuoteSelector): Anchor | null {
  let anchors = anchorCache.get(text);
  if (!anchors) {
    if (anchorCache.size >= MAX_CACHED_SNAPSHOTS) anchorCache.delete(anchorCache.keys().next().value as string);
    anchors = new Map();
    anchorCache.set(text, anchors);
  }
  const key = JSON.stringify([selector.prefix, selector.exact, selector.suffix, selector.start ?? null, selector.end ?? null]);
  if (anchors.has(key)) return anchors.get(key) ?? null;
  if (anchors.size >= MAX_CACHED_ANCHORS) anchors.clear();
  const anchor = anchorSelector(text, selector);
  anchors.set(key, anchor);
  return anchor;
}
