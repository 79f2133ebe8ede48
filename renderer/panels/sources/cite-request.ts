/**
 * "Cite the selected passage" comes from the menu or a shortcut anywhere in the window,
 * while the passage is selected in the source viewer; the viewer that shows it answers.
 */
const CITE_SELECTION_EVENT = 'briefwright:cite-selection';

export function requestCiteSelection(): void {
  window.dispatchEvent(new Event(CITE_SELECTION_EVENT));
}

export function onCiteSelectionRequest(handler: () => void): () => void {
  window.addEventListener(CITE_SELECTION_EVENT, handler);
  return () => window.removeEventListener(CITE_SELECTION_EVENT, handler);
}
