import { $isLinkNode, type LinkNode } from '@lexical/link';
import { $isListNode, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListNode, REMOVE_LIST_COMMAND } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $isTableSelection } from '@lexical/table';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import {
  $createParagraphNode,
  $createRangeSelectionFromDom,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $setSelection,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';

/** The block styles the block-type menu and the Ctrl+Alt+digit shortcuts set. */
export type BlockStyle = 'paragraph' | 'h1' | 'h2' | 'h3' | 'quote';

/** What the caret is in, as the toolbar reports it. */
export type BlockType = BlockStyle | 'bullet' | 'number' | 'other';

export type ListStyle = 'bullet' | 'number';

export const BLOCK_STYLE_NAMES: Record<BlockStyle, string> = {
  paragraph: 'Paragraph',
  h1: 'Heading 1',
  h2: 'Heading 2',
  h3: 'Heading 3',
  quote: 'Quote',
};

/** Turns the blocks in the selection into paragraphs, headings or quotes, keeping their text. */
export function $setBlockStyle(style: BlockStyle): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) && !$isTableSelection(selection)) return;
  $setBlocksType(selection, () => {
    if (style === 'paragraph') return $createParagraphNode();
    if (style === 'quote') return $createQuoteNode();
    return $createHeadingNode(style);
  });
}

/** The type of the block that holds `node`: the list type for a list item. */
export function $blockTypeOf(node: LexicalNode): BlockType {
  const list = $getNearestNodeOfType(node, ListNode);
  if ($isListNode(list)) return list.getListType() === 'number' ? 'number' : 'bullet';
  const block = $isElementNode(node) && !node.isInline() ? node : $findMatchingParent(node, (parent) => $isElementNode(parent) && !parent.isInline());
  if ($isHeadingNode(block)) {
    const tag = block.getTag();
    return tag === 'h1' || tag === 'h2' || tag === 'h3' ? tag : 'other';
  }
  if ($isQuoteNode(block)) return 'quote';
  if ($isParagraphNode(block)) return 'paragraph';
  return 'other';
}

/** The block type at the selection's anchor, or 'other' when nothing is selected. */
export function $selectionBlockType(): BlockType {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return 'other';
  const anchor = selection.anchor.getNode();
  return anchor.getKey() === 'root' ? 'other' : $blockTypeOf(anchor);
}

/** The link the selection is in (both ends in the same link), if any. */
export function $selectedLink(): LinkNode | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const anchorLink = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  const focusLink = $findMatchingParent(selection.focus.getNode(), $isLinkNode);
  return anchorLink && focusLink && anchorLink.is(focusLink) ? anchorLink : null;
}

/** Puts the selected blocks in a list of that style, or takes them out if they already are. */
export function toggleList(editor: LexicalEditor, style: ListStyle): void {
  const current = editor.getEditorState().read($selectionBlockType);
  if (current === style) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
  else editor.dispatchCommand(style === 'bullet' ? INSERT_UNORDERED_LIST_COMMAND : INSERT_ORDERED_LIST_COMMAND, undefined);
}

/** Quote toggles: a quote becomes a paragraph again. */
export function toggleQuote(editor: LexicalEditor): void {
  editor.update(() => $setBlockStyle($selectionBlockType() === 'quote' ? 'paragraph' : 'quote'));
}

/**
 * Brings the editor's selection up to date with the browser's. Lexical learns of a caret move
 * from the asynchronous selectionchange event, so a shortcut pressed right after Shift+arrows
 * can otherwise act on the selection as it was a few keys earlier.
 */
export function $syncSelectionFromDom(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  const domSelection = window.getSelection();
  if (!root || !domSelection?.anchorNode || !root.contains(domSelection.anchorNode)) return;
  const selection = $createRangeSelectionFromDom(domSelection, editor);
  if (selection) $setSelection(selection);
}
