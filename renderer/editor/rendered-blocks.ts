import type { LexicalEditor } from 'lexical';

const trackers = new WeakMap<LexicalEditor, RenderedBlocks>();

/**
 * The blocks Chromium is rendering. Off screen, a group of blocks (block-groups.ts) skips
 * style, layout and paint (content-visibility: auto, editor.css), and Chromium says so with an
 * event on the group each time that changes, the first time included. Asking whether a block is near the
 * view here costs nothing, where reading its position would lay out every block edited since
 * the last frame (after a citation renumbers five hundred notes: a tenth of a second).
 *
 * Chromium tells only of changes, so the tracker must be listening before the first block is
 * drawn: LoadBodyPlugin makes it before it puts the body in.
 */
export class RenderedBlocks {
  /** Weak: a block Lexical has replaced leaves the page without a last event. */
  private shown = new WeakSet<Element>();
  private root: HTMLElement | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly onStateChange = (event: Event) => {
    const block = event.target;
    if (!(block instanceof Element) || block.parentElement !== this.root) return;
    if ((event as ContentVisibilityAutoStateChangeEvent).skipped) this.shown.delete(block);
    else this.shown.add(block);
    for (const listener of this.listeners) listener();
  };

  private constructor(editor: LexicalEditor) {
    editor.registerRootListener((root, previous) => {
      // The event does not bubble: listened for on the way down.
      previous?.removeEventListener('contentvisibilityautostatechange', this.onStateChange, { capture: true });
      this.shown = new WeakSet();
      this.root = root;
      root?.addEventListener('contentvisibilityautostatechange', this.onStateChange, { capture: true });
    });
  }

  /** The tracker of `editor`'s blocks, made on first use and kept while the editor lives. */
  static of(editor: LexicalEditor): RenderedBlocks {
    let tracker = trackers.get(editor);
    if (!tracker) {
      tracker = new RenderedBlocks(editor);
      trackers.set(editor, tracker);
    }
    return tracker;
  }

  /** Whether `element` (a group, or anything inside one) is being rendered. */
  has(element: Element): boolean {
    let block: Element | null = element;
    while (block && block.parentElement !== this.root) block = block.parentElement;
    return block !== null && this.shown.has(block);
  }

  /** Calls `listener` whenever a group starts or stops being rendered (many times while scrolling). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
