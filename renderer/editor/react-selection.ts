/**
 * Keeps React from measuring the selection inside the editor around each of its commits.
 *
 * When the focused element is contenteditable, React records the selection before every
 * commit and restores it after (react-dom's getSelectionInformation), walking the element's
 * whole DOM to turn the selection into character offsets: about 10 ms per commit in a
 * 100-page briefing, on every render of any component while the caret is in the text, for a
 * selection Lexical keeps itself. React has no opt-out (react#1350), and it decides by
 * reading the element's `contentEditable` property; the editor's root answers "inherit" to
 * that read, while its `contenteditable` attribute, by which the browser edits and which
 * assistive technology reads, stays "true". Setting the property still reaches the element.
 */
export function hideEditorFromReactSelection(root: HTMLElement | null): void {
  if (!root || Object.hasOwn(root, 'contentEditable')) return;
  const native = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  Object.defineProperty(root, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    set: (value: string) => native?.set?.call(root, value),
  });
}
