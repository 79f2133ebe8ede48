import type { NodeKey } from 'lexical';
import { VersionedStore } from '../../versioned-store';

/**
 * The portion marks of the live document, by node: each portion's and each citation's,
 * kept up to date from mutations so the banner rolls up without walking the text on every
 * keystroke. Kept outside React; the banner subscribes to it.
 */
export class PortionIndex extends VersionedStore {
  private readonly marks = new Map<NodeKey, string>();
  /** How many nodes carry each mark ('' left out). */
  private readonly counts = new Map<string, number>();
  private cachedDistinct: readonly string[] | null = null;

  /** Records a node's mark ('' when unmarked); returns whether anything changed. */
  set(key: NodeKey, mark: string): boolean {
    const before = this.marks.get(key);
    if (before === mark) return false;
    this.marks.set(key, mark);
    if (before !== undefined) this.count(before, -1);
    this.count(mark, 1);
    return true;
  }

  delete(key: NodeKey): boolean {
    const before = this.marks.get(key);
    if (before === undefined) return false;
    this.marks.delete(key);
    this.count(before, -1);
    return true;
  }

  /**
   * The different marks set, sorted ('' left out): the same array until a mark appears or goes,
   * so the banner, which rolls up only which marks there are, renders again only then and not
   * for every citation or paragraph marked like others.
   */
  distinct(): readonly string[] {
    this.cachedDistinct ??= [...this.counts.keys()].sort();
    return this.cachedDistinct;
  }

  /** Tells subscribers once after a batch of changes. */
  changed(): void {
    this.notify();
  }

  private count(mark: string, change: 1 | -1): void {
    if (mark === '') return;
    const count = (this.counts.get(mark) ?? 0) + change;
    if (count > 0) this.counts.set(mark, count);
    else this.counts.delete(mark);
    // Only a mark appearing or going changes the list.
    if (count === 0 || (count === 1 && change === 1)) this.cachedDistinct = null;
  }
}
