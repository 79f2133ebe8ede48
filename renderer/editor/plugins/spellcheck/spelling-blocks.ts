import {
  $getRoot,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { TextBlock } from '../find-replace/text-blocks';

/**
 * A paragraph, heading, list item or quote as the spell-checker sees it: an element
 * holding inline content. Table cells and lists hold blocks, not text, so they are not one.
 */
export function $isSpellingBlock(node: LexicalNode | null): node is ElementNode {
  return (
    $isElementNode(node) &&
    !node.isInline() &&
    !$isRootOrShadowRoot(node) &&
    node.getChildren().some((child) => !$isElementNode(child) || child.isInline())
  );
}

/** The block a node's text belongs to, if it belongs to one. */
export function $spellingBlockOf(node: LexicalNode | null): ElementNode | null {
  for (let current = node; current !== null; current = current.getParent()) {
    if ($isElementNode(current) && !current.isInline()) return $isSpellingBlock(current) ? current : null;
  }
  return null;
}

function $appendInline(node: LexicalNode, block: TextBlock): void {
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    block.runs.push({ key: node.getKey(), start: block.text.length, length: text.length });
    // Code is not prose: blanked to spaces of the same length, so offsets stay true.
    block.text += node.hasFormat('code') ? ' '.repeat(text.length) : text;
  } else if ($isLineBreakNode(node)) {
    block.text += '\n';
  } else if ($isElementNode(node)) {
    if (node.isInline()) for (const child of node.getChildren()) $appendInline(child, block);
    // A block inside the block (a nested list) is a block of its own; only a break here.
    else block.text += '\n';
  } else if ($isDecoratorNode(node)) {
    // A citation or an image: no word runs across it, and it has no text to check.
    block.text += '\ufffc';
  }
}

/** A block's text and the text nodes it is made of, as find-and-replace maps them. */
export function $spellingText(element: ElementNode): TextBlock {
  const block: TextBlock = { text: '', runs: [] };
  for (const child of element.getChildren()) $appendInline(child, block);
  return block;
}

/** Every block of the document, in reading order. */
export function $allSpellingBlocks(): ElementNode[] {
  const blocks: ElementNode[] = [];
  const visit = (element: ElementNode) => {
    if ($isSpellingBlock(element)) blocks.push(element);
    for (const child of element.getChildren()) {
      if ($isElementNode(child) && !child.isInline()) visit(child);
    }
  };
  visit($getRoot());
  return blocks;
}

/** The offset in its block's text of a point in one of the block's text nodes. */
export function blockOffset(block: TextBlock, textKey: NodeKey, offset: number): number | null {
  const run = block.runs.find((candidate) => candidate.key === textKey);
  return run ? run.start + Math.min(offset, run.length) : null;
}
