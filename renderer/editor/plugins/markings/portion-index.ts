import type { NodeKey } from 'lexical';
import { VersionedStore } from '../../versioned-store';

/**
 * The portion marks of the live document, by node: each portion's and each citation's,
 * kept up to date from mutations so the banner rolls up without walking the text on every
 * keystroke. Kept outside React; the banner subscribes to it.
 */
export class PortionIndex extends VersionedStore {
  private readonly marks = new Map<NodeKey, string>();
  private cached: readonly string[] | null = null;

  /** Records a node's mark ('' when unmarked); returns whether anything changed. */
  set(key: NodeKey, mark: string): boolean {
    if (this.marks.get(key) === mark) return false;
    this.marks.set(key, mark);
    this.cached = null;
    return true;
  }

  delete(key: NodeKey): boolean {
    if (!this.marks.delete(key)) return false;
    this.cached = null;
    return true;
  }

  /** The marks set, in no particular order ('' left out). */
  all(): readonly string[] {
    this.cached ??= [...this.marks.values()].filter((mark) => mark !== '');
    return this.cached;
  }

  /** Tells subscribers once after a batch of changes. */
  changed(): void {
    this.notify();
  }
}
