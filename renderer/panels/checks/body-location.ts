import { $createRangeSelection, $getRoot, $isElementNode, $isLineBreakNode, $isTextNode, $setSelection, type LexicalNode, type RangeSelection } from 'lexical';
import { $topLevelBlockAt } from '../../editor/block-groups';
import type { BodyPath } from '../../../core/citations/collect';
import type { TextRange } from '../../../core/citations/findings';

/** The node at a path of the body as saved (child indices from the root), in the live editor. */
export function $nodeAtPath(path: BodyPath): LexicalNode | null {
  const [first, ...rest] = path;
  if (first === undefined) return $getRoot();
  // The body as saved has no block groups: its first index counts top-level blocks.
  let node: LexicalNode | null = $topLevelBlockAt(first);
  for (const index of rest) {
    if (!$isElementNode(node)) return null;
    node = node.getChildAtIndex(index);
  }
  return node;
}

interface TextPoint {
  key: string;
  offset: number;
}

/**
 * A range of a block's text as the checks count it (core/citations/collect readBodyText):
 * text and tabs as written, a line break as one character, citations and images as none.
 * Null when the block is gone or shorter than the range.
 */
export function $blockRangeSelection(blockPath: BodyPath, range: TextRange): RangeSelection | null {
  const block = $nodeAtPath(blockPath);
  if (!$isElementNode(block)) return null;
  let position = 0;
  let start: TextPoint | null = null;
  let end: TextPoint | null = null;
  let lastText: TextPoint | null = null;
  const visit = (node: LexicalNode): void => {
    if (end) return;
    if ($isTextNode(node)) {
      const length = node.getTextContentSize();
      if (!start && range.start <= position + length) start = { key: node.getKey(), offset: range.start - position };
      if (start && range.end <= position + length) end = { key: node.getKey(), offset: range.end - position };
      position += length;
      lastText = { key: node.getKey(), offset: length };
    } else if ($isLineBreakNode(node)) {
      position += 1;
    } else if ($isElementNode(node) && node.isInline()) {
      for (const child of node.getChildren()) visit(child);
    }
  };
  for (const child of block.getChildren()) visit(child);
  // A point at the very end of a block whose last text came before a citation.
  if (!start && range.start === position && lastText) start = lastText;
  if (start && !end && range.end === position && lastText) end = lastText;
  if (!start || !end) return null;
  const selection = $createRangeSelection();
  selection.anchor.set((start as TextPoint).key, (start as TextPoint).offset, 'text');
  selection.focus.set((end as TextPoint).key, (end as TextPoint).offset, 'text');
  return selection;
}

/** Selects a range of a block's text; returns false when the text is no longer there. */
export function $selectBlockRange(blockPath: BodyPath, range: TextRange): boolean {
  const selection = $blockRangeSelection(blockPath, range);
  if (!selection) return false;
  $setSelection(selection);
  return true;
}
