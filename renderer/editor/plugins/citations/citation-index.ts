import type { NodeKey } from 'lexical';
import type { CitationFields } from '../../../../core/citations/schema';
import { VersionedStore } from '../../versioned-store';

/** One citation of the live document, in order of appearance. */
export interface IndexedCitation {
  key: NodeKey;
  fields: CitationFields;
  /** 1-based, in order of appearance. */
  number: number;
  /** Directly after another citation with no text between: shown as "1,2". */
  followsCitation: boolean;
}

/** What is wrong with one citation, as its marker and hover card show it. */
export interface CitationIssue {
  message: string;
  severity: 'error' | 'warning';
  /** For a quotation that differs from its source: the words as quoted, and what the source says. */
  quoted?: string;
  sourceText?: string;
}

/**
 * The citations of the open document, numbered, kept outside React so that a
 * renumbering repaints only the markers whose number changed (citation-markers.ts) and
 * the sources panel can count citations per source without walking the text.
 */
export class CitationIndex extends VersionedStore {
  private byKey = new Map<NodeKey, IndexedCitation>();
  private issues = new Map<NodeKey, CitationIssue>();
  private ordered: readonly IndexedCitation[] = [];
  private counts: Map<string, number> | null = null;
  /** The citations selected as nodes (clicked), which show their card. */
  private selected: ReadonlySet<NodeKey> = new Set();

  /** "3", or ",3" after another citation; "" for a citation not (yet) numbered. */
  label(key: NodeKey): string {
    const citation = this.byKey.get(key);
    if (!citation) return '';
    return `${citation.followsCitation ? ',' : ''}${citation.number}`;
  }

  isSelected(key: NodeKey): boolean {
    return this.selected.has(key);
  }

  /** The same set until the selection changes, so it can be a useSyncExternalStore snapshot. */
  selectedKeys(): ReadonlySet<NodeKey> {
    return this.selected;
  }

  get(key: NodeKey): IndexedCitation | null {
    return this.byKey.get(key) ?? null;
  }

  /**
   * The citations the selection holds, set once per update by CitationsPlugin: one listener
   * for all the markers rather than one per marker (a thousand of them ran on every keystroke).
   */
  setSelected(keys: ReadonlySet<NodeKey>): void {
    if (keys.size === this.selected.size && [...keys].every((key) => this.selected.has(key))) return;
    this.selected = keys;
    this.notify();
  }

  issue(key: NodeKey): CitationIssue | null {
    return this.issues.get(key) ?? null;
  }

  /** Issues by citation, in document order as the checks number them (index 0 = first citation). */
  setIssues(byCitation: ReadonlyMap<number, CitationIssue>): void {
    const next = new Map<NodeKey, CitationIssue>();
    for (const [position, issue] of byCitation) {
      const citation = this.ordered[position];
      if (citation) next.set(citation.key, issue);
    }
    if (sameIssues(this.issues, next)) return;
    this.issues = next;
    this.notify();
  }

  all(): readonly IndexedCitation[] {
    return this.ordered;
  }

  /** How many times each source is cited; counted again only after a renumbering. */
  countsBySource(): ReadonlyMap<string, number> {
    if (!this.counts) {
      this.counts = new Map();
      for (const citation of this.ordered) this.counts.set(citation.fields.sourceId, (this.counts.get(citation.fields.sourceId) ?? 0) + 1);
    }
    return this.counts;
  }

  replace(citations: ReadonlyArray<Omit<IndexedCitation, 'number'>>): void {
    const ordered = citations.map((citation, index) => ({ ...citation, number: index + 1 }));
    const changed =
      ordered.length !== this.ordered.length ||
      ordered.some((citation, index) => {
        const before = this.ordered[index] as IndexedCitation;
        return before.key !== citation.key || before.followsCitation !== citation.followsCitation || before.fields !== citation.fields;
      });
    if (!changed) return;
    this.ordered = ordered;
    this.counts = null;
    this.byKey = new Map(ordered.map((citation) => [citation.key, citation]));
    this.notify();
  }
}

function sameIssues(a: ReadonlyMap<NodeKey, CitationIssue>, b: ReadonlyMap<NodeKey, CitationIssue>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, issue] of a) {
    const other = b.get(key);
    if (!other || other.message !== issue.message || other.quoted !== issue.quoted || other.sourceText !== issue.sourceText) return false;
  }
  return true;
}
