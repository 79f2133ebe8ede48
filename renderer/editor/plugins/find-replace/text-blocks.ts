import {
  $createRangeSelection,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isDecoratorNode,
  $isElementNode,
  $isLineBreakNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  getDOMTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
} from 'lexical';
import type { TextMatch, TextPosition } from '../../../../core/text/find';

/** One text node's share of a block's text. */
interface TextRun {
  key: NodeKey;
  start: number;
  length: number;
}

/**
 * The text of one paragraph, heading, list item or cell, with the text nodes it is made of, so
 * a match found in the plain text maps back onto formatted runs ("al-**Araji**" is one match).
 */
export interface TextBlock {
  text: string;
  runs: TextRun[];
}

function $appendInline(node: LexicalNode, block: TextBlock): void {
  if ($isTextNode(node)) {
    const text = node.getTextContent();
    block.runs.push({ key: node.getKey(), start: block.text.length, length: text.length });
    block.text += text;
  } else if ($isLineBreakNode(node)) {
    block.text += '\n';
  } else if ($isElementNode(node)) {
    for (const child of node.getChildren()) $appendInline(child, block);
  } else if ($isDecoratorNode(node)) {
    // An image is a character no query can match, so no match runs across it.
    block.text += '\ufffc';
  }
}

function $appendBlocks(element: ElementNode, blocks: TextBlock[]): void {
  let current: TextBlock | null = null;
  for (const child of element.getChildren()) {
    if ($isElementNode(child) && !child.isInline()) {
      current = null;
      $appendBlocks(child, blocks);
      continue;
    }
    if (!current) {
      current = { text: '', runs: [] };
      blocks.push(current);
    }
    $appendInline(child, current);
  }
}

/** Every block of text in the document, in reading order. */
export function $collectTextBlocks(): TextBlock[] {
  const blocks: TextBlock[] = [];
  $appendBlocks($getRoot(), blocks);
  return blocks;
}

/** Where the caret is, in block coordinates; the start of the document when it is not in text. */
export function $caretPosition(blocks: readonly TextBlock[]): TextPosition {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return { block: 0, offset: 0 };
  const point = selection.isBackward() ? selection.focus : selection.anchor;
  for (let block = 0; block < blocks.length; block += 1) {
    const run = blocks[block]!.runs.find((candidate) => candidate.key === point.key);
    if (run) return { block, offset: run.start + point.offset };
  }
  return { block: 0, offset: 0 };
}

/** The pieces of each text run a match covers, first to last. */
function coveredRuns(block: TextBlock, match: TextMatch): { run: TextRun; from: number; to: number }[] {
  return block.runs
    .filter((run) => run.start < match.end && run.start + run.length > match.start)
    .map((run) => ({ run, from: Math.max(match.start - run.start, 0), to: Math.min(match.end - run.start, run.length) }));
}

/** A DOM range over a match, for painting it with the Custom Highlight API. */
export function matchRange(editor: LexicalEditor, blocks: readonly TextBlock[], match: TextMatch): Range | null {
  const block = blocks[match.block];
  if (!block) return null;
  const pieces = coveredRuns(block, match);
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return null;
  const startText = getDOMTextNode(editor.getElementByKey(first.run.key));
  const endText = getDOMTextNode(editor.getElementByKey(last.run.key));
  if (!startText || !endText) return null;
  const range = document.createRange();
  range.setStart(startText, Math.min(first.from, startText.length));
  range.setEnd(endText, Math.min(last.to, endText.length));
  return range;
}

/** Selects a match in the editor, so closing the bar leaves the caret on it. */
export function $selectMatch(blocks: readonly TextBlock[], match: TextMatch): void {
  const block = blocks[match.block];
  const pieces = block ? coveredRuns(block, match) : [];
  const first = pieces[0];
  const last = pieces[pieces.length - 1];
  if (!first || !last) return;
  const selection = $createRangeSelection();
  selection.anchor.set(first.run.key, first.from, 'text');
  selection.focus.set(last.run.key, last.to, 'text');
  $setSelection(selection);
}

/**
 * Replaces matches with `replacement`, which takes the formatting of the match's first run.
 * Matches are handled last to first, so offsets found before the edit stay true.
 */
export function $replaceMatches(blocks: readonly TextBlock[], matches: readonly TextMatch[], replacement: string): void {
  let caret: { key: NodeKey; offset: number } | null = null;
  for (const match of [...matches].reverse()) {
    const block = blocks[match.block];
    if (!block) continue;
    for (const [index, { run, from, to }] of coveredRuns(block, match).entries()) {
      const node = $getNodeByKey(run.key);
      if (!$isTextNode(node)) continue;
      const text = index === 0 ? replacement : '';
      node.spliceText(from, to - from, text);
      if (index === 0) caret = { key: run.key, offset: from + text.length };
      else if (node.getTextContentSize() === 0) node.remove();
    }
  }
  const caretNode = caret ? $getNodeByKey(caret.key) : null;
  if (caret && $isTextNode(caretNode)) caretNode.select(caret.offset, caret.offset);
}
