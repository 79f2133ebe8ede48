// Matches are painted with the CSS Custom Highlight API, styled by ::highlight(bw-find) in
// find-replace.css: the document's DOM is never touched, so Lexical never sees the paint.

const ALL_MATCHES = 'bw-find';
const CURRENT_MATCH = 'bw-find-current';

export function paintMatches(ranges: readonly Range[], current: Range | null): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.set(ALL_MATCHES, new Highlight(...ranges));
  if (current) {
    const highlight = new Highlight(current);
    highlight.priority = 1;
    CSS.highlights.set(CURRENT_MATCH, highlight);
  } else CSS.highlights.delete(CURRENT_MATCH);
}

export function clearMatches(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL_MATCHES);
  CSS.highlights.delete(CURRENT_MATCH);
}

/** Scrolls the document so the match is in view, a third of the way down, like Word. */
export function revealRange(range: Range, scroller: Element | null): void {
  if (!scroller) return;
  const match = range.getBoundingClientRect();
  const view = scroller.getBoundingClientRect();
  if (match.top >= view.top + 24 && match.bottom <= view.bottom - 24) return;
  scroller.scrollTop += match.top - view.top - view.height / 3;
}
