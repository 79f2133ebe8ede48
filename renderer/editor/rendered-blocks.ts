import type { LexicalEditor } from 'lexical';

const trackers = new WeakMap<LexicalEditor, RenderedBlocks>();

/**
 * What of the document Chromium is rendering, and what is near the view. Off screen, a group
 * of blocks (block-groups.ts) skips style, layout and paint (content-visibility: auto,
 * editor.css), and Chromium says so with an event on the group each time that changes, the
 * first time included. Asking whether a group is rendered costs nothing, where reading a
 * position in a group that is not would lay it out (opening a 100-page briefing: half a second).
 *
 * Chromium tells only of changes, so the tracker must be listening before the first block is
 * drawn: LoadBodyPlugin makes it before it puts the body in.
 */
export class RenderedBlocks {
  /** Weak: a group Lexical has removed leaves the page without a last event. */
  private shown = new WeakSet<Element>();
  private root: HTMLElement | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly notify = () => {
    for (const listener of this.listeners) listener();
  };
  private readonly onStateChange = (event: Event) => {
    const group = event.target;
    if (!(group instanceof Element) || group.parentElement !== this.root) return;
    if ((event as ContentVisibilityAutoStateChangeEvent).skipped) this.shown.delete(group);
    else this.shown.add(group);
    this.notify();
  };

  private constructor(editor: LexicalEditor) {
    editor.registerRootListener((root, previous) => {
      // Neither event bubbles: both are listened for on the way down (the scroller is the root's ancestor, so the document).
      previous?.removeEventListener('contentvisibilityautostatechange', this.onStateChange, { capture: true });
      previous?.ownerDocument.removeEventListener('scroll', this.notify, { capture: true });
      this.shown = new WeakSet();
      this.root = root;
      root?.addEventListener('contentvisibilityautostatechange', this.onStateChange, { capture: true });
      root?.ownerDocument.addEventListener('scroll', this.notify, { capture: true, passive: true });
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
    let group: Element | null = element;
    while (group && group.parentElement !== this.root) group = group.parentElement;
    return group !== null && this.shown.has(group);
  }

  /**
   * Whether `element` is rendered and within a screen's height of the view. It reads the
   * element's position, which costs nothing once a frame has laid its group out (and is
   * never asked of a group that is not rendered).
   */
  isNearView(element: Element): boolean {
    if (!this.has(element)) return false;
    const { top, bottom } = element.getBoundingClientRect();
    const screen = element.ownerDocument.defaultView?.innerHeight ?? 0;
    return bottom > -screen && top < 2 * screen;
  }

  /** Calls `listener` whenever what is rendered or near the view may have changed (many times while scrolling). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Resolves after the next rendered frame, or after a moment where none comes (a hidden window renders none). */
export function afterRenderedFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 100);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(fallback);
        resolve();
      }, 0),
    );
  });
}
