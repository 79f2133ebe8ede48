import { $createLinkNode, $toggleLink } from '@lexical/link';
import { $createTextNode, $getSelection, $isRangeSelection } from 'lexical';
import { $selectedLink } from '../../formatting';

/**
 * Links the selection to `url`. A caret inside a link changes that link; a caret elsewhere
 * inserts `text` (or the address itself) as a new link.
 */
export function $applyLink(url: string, text: string): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  const existing = $selectedLink();
  if (existing && selection.isCollapsed()) {
    existing.setURL(url);
    return;
  }
  if (selection.isCollapsed()) {
    const link = $createLinkNode(url);
    link.append($createTextNode(text || url).setFormat(selection.format));
    selection.insertNodes([link]);
    link.selectNext(0, 0);
    return;
  }
  $toggleLink(url);
}

/** Removes the link the caret is in, or the links in the selection, keeping their text. */
export function $removeLink(): void {
  $toggleLink(null);
}
