import { $isListNode, INSERT_CHECK_LIST_COMMAND, INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND } from '@lexical/list';
import { INSERT_HORIZONTAL_RULE_COMMAND } from '@lexical/react/LexicalHorizontalRuleNode';
import { INSERT_TABLE_COMMAND } from '@lexical/table';
import { mergeRegister } from '@lexical/utils';
import {
  $createParagraphNode,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isParagraphNode,
  $isRangeSelection,
  $isRootNode,
  $isTextNode,
  COMMAND_PRIORITY_CRITICAL,
  COMMAND_PRIORITY_LOW,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  CUT_COMMAND,
  DELETE_CHARACTER_COMMAND,
  DELETE_LINE_COMMAND,
  DELETE_WORD_COMMAND,
  DROP_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  IS_APPLE,
  KEY_ARROW_LEFT_COMMAND,
  KEY_ARROW_RIGHT_COMMAND,
  KEY_DOWN_COMMAND,
  PASTE_COMMAND,
  REMOVE_TEXT_COMMAND,
  RootNode,
  type LexicalCommand,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { $createBlockGroupNode, $isBlockGroupNode, type BlockGroupNode } from './nodes/BlockGroupNode';
import { afterRenderedFrame } from './rendered-blocks';
import { INSERT_CITATION_COMMAND } from './plugins/citations/citation-commands';
import { INSERT_IMAGE_FILES_COMMAND } from './plugins/images/image-commands';

/*
 * The document's top-level blocks are held in groups of about fifty (BlockGroupNode). Chromium
 * pays for every top-level box of an editable element on each keystroke (its editing command,
 * then the frame's pre-paint, compositing and hover hit-test each walk them): at 2,000 blocks,
 * about 30 ms. With forty groups, each rendered only near the view (content-visibility, editor.css),
 * the same keystroke walks forty boxes. The groups are the editor's alone: the body is saved,
 * checked and exported without them (body-serializer.ts), and the loader makes them.
 *
 * Lexical treats a group as a wall (a shadow root, as a table cell is): an edit that would join
 * blocks across two groups would stop at it. So before any such edit the groups it spans become
 * one, and the root's transform splits and merges groups back to size after every update.
 */

/** Blocks in a group as made; a group is split above twice this, and merged below a quarter. */
export const GROUP_SIZE = 50;
const MAX_GROUP = 2 * GROUP_SIZE;
const MIN_GROUP = GROUP_SIZE / 4;
/** How far past its place a cut may move to fall before a paragraph or list. */
const CUT_SLACK = 10;

/** Whether a node is one of the document's top-level blocks. */
export function $isTopLevelBlock(node: LexicalNode | null | undefined): boolean {
  if (!node || $isBlockGroupNode(node)) return false;
  const parent = node.getParent();
  return $isBlockGroupNode(parent) || $isRootNode(parent);
}

/** The top-level block a node is in (itself, when it is one); null for the root, a group, or a detached node. */
export function $topLevelBlockOf(node: LexicalNode | null): LexicalNode | null {
  for (let current = node; current !== null; current = current.getParent()) {
    if ($isTopLevelBlock(current)) return current;
  }
  return null;
}

/** Every top-level block of the document, in order. */
export function $topLevelBlocks(): LexicalNode[] {
  const blocks: LexicalNode[] = [];
  for (const child of $getRoot().getChildren()) {
    if ($isBlockGroupNode(child)) blocks.push(...child.getChildren());
    else blocks.push(child);
  }
  return blocks;
}

/** The top-level block at `index` in document order, found group by group. */
export function $topLevelBlockAt(index: number): LexicalNode | null {
  let remaining = index;
  for (const child of $getRoot().getChildren()) {
    if (!$isBlockGroupNode(child)) {
      if (remaining === 0) return child;
      remaining -= 1;
      continue;
    }
    const size = child.getChildrenSize();
    if (remaining < size) return child.getChildAtIndex(remaining);
    remaining -= size;
  }
  return null;
}

/** The top-level block before `block`, across a group's edge. */
export function $previousBlock(block: LexicalNode): LexicalNode | null {
  const sibling = block.getPreviousSibling();
  if (sibling) return sibling;
  const group = block.getParent();
  const previousGroup = $isBlockGroupNode(group) ? group.getPreviousSibling() : null;
  return $isBlockGroupNode(previousGroup) ? previousGroup.getLastChild() : previousGroup;
}

/** The top-level block after `block`, across a group's edge. */
export function $nextBlock(block: LexicalNode): LexicalNode | null {
  const sibling = block.getNextSibling();
  if (sibling) return sibling;
  const group = block.getParent();
  const nextGroup = $isBlockGroupNode(group) ? group.getNextSibling() : null;
  return $isBlockGroupNode(nextGroup) ? nextGroup.getFirstChild() : nextGroup;
}

/** `blocks` in groups of about GROUP_SIZE, for the loader (a document opens already grouped) and for blocks found loose in the root. */
export function $groupBlocks(blocks: readonly LexicalNode[]): BlockGroupNode[] {
  const starts = [0, ...$cutPoints(blocks, -1, -1)];
  return starts.map((start, index) => $createBlockGroupNode().append(...blocks.slice(start, starts[index + 1] ?? blocks.length)));
}

/**
 * The root's transform: every top-level block in a group, and every group between a quarter
 * and twice GROUP_SIZE blocks (a group never split between the selection's ends). Moving a
 * block to another group keeps its DOM element (Lexical moves it), so this costs little.
 */
export function $normalizeGroups(root: RootNode): void {
  $liftSelectionOutOfGroups();
  $gatherLooseBlocks(root);
  for (let group = root.getFirstChild(); group !== null; ) {
    const next: LexicalNode | null = group.getNextSibling();
    if (!$isBlockGroupNode(group)) {
      group = next;
      continue;
    }
    const size = group.getChildrenSize();
    if (size === 0) {
      if (root.getChildrenSize() === 1) group.append($createParagraphNode());
      else group.remove();
    } else if (size > MAX_GROUP) {
      $splitGroup(group);
    } else if (size < MIN_GROUP && $isBlockGroupNode(next) && size + next.getChildrenSize() <= MAX_GROUP) {
      next.splice(0, 0, group.getChildren());
      group.remove();
    } else if (size < MIN_GROUP && next === null) {
      const previous = group.getPreviousSibling();
      if ($isBlockGroupNode(previous) && size + previous.getChildrenSize() <= MAX_GROUP) {
        previous.append(...group.getChildren());
        group.remove();
      }
    }
    group = next;
  }
}

/** Blocks put straight into the root (by a paste at the top level, or Lexical keeping the root from being empty) join a group. */
function $gatherLooseBlocks(root: RootNode): void {
  let loose: LexicalNode[] = [];
  const gather = (before: LexicalNode | null) => {
    if (loose.length === 0) return;
    const previous = loose[0]!.getPreviousSibling();
    if ($isBlockGroupNode(previous) && previous.getChildrenSize() + loose.length <= MAX_GROUP) {
      previous.append(...loose);
    } else {
      for (const group of $groupBlocks(loose)) {
        if (before) before.insertBefore(group);
        else root.append(group);
      }
    }
    loose = [];
  };
  for (const child of root.getChildren()) {
    if ($isBlockGroupNode(child)) gather(child);
    else loose.push(child);
  }
  gather(null);
}

/** Cuts an overgrown group into groups of about GROUP_SIZE. */
function $splitGroup(group: BlockGroupNode): void {
  const blocks = group.getChildren();
  const cuts = $cutPoints(blocks, ...$selectedSpan(blocks));
  let after: LexicalNode = group;
  cuts.forEach((cut, index) => {
    const piece = $createBlockGroupNode().append(...blocks.slice(cut, cuts[index + 1] ?? blocks.length));
    after.insertAfter(piece);
    after = piece;
  });
}

/** Where to cut `blocks` into groups of about GROUP_SIZE (the first starts at 0, not listed); none between `spanStart` and `spanEnd`. */
function $cutPoints(blocks: readonly LexicalNode[], spanStart: number, spanEnd: number): number[] {
  const cuts: number[] = [];
  for (let place = GROUP_SIZE; blocks.length - place > GROUP_SIZE / 2; place = cuts[cuts.length - 1]! + GROUP_SIZE) {
    const cut = $cutNear(blocks, place, spanStart, spanEnd);
    if (cut >= blocks.length) break;
    cuts.push(cut);
  }
  return cuts;
}

/**
 * Where to cut near `place`: the first block there or a little after that is a paragraph or
 * list (they have no top margin, so the gap between the groups is what it was between the
 * blocks), and never inside the selection.
 */
function $cutNear(blocks: readonly LexicalNode[], place: number, spanStart: number, spanEnd: number): number {
  const allowed = (index: number) => index <= spanStart || index > spanEnd;
  for (let index = place; index < Math.min(place + CUT_SLACK, blocks.length); index += 1) {
    const block = blocks[index]!;
    if (allowed(index) && ($isParagraphNode(block) || $isListNode(block))) return index;
  }
  return allowed(place) ? place : spanEnd + 1;
}

/** The indices among `blocks` of the selection's first and last top-level blocks; [-1, -1] when it is not among them. */
function $selectedSpan(blocks: readonly LexicalNode[]): [number, number] {
  const selection = $getSelection();
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return [-1, -1];
  const ends = [selection.anchor, selection.focus].map((point) => blocks.indexOf($topLevelBlockOf(point.getNode()) as LexicalNode));
  if (ends.includes(-1)) return [-1, -1];
  return [Math.min(...ends), Math.max(...ends)];
}

/** A selection point on a group itself (between two of its blocks) is moved onto the block there, so moving blocks cannot shift it. */
function $liftSelectionOutOfGroups(): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  for (const point of [selection.anchor, selection.focus]) liftPoint(point);
}

function liftPoint(point: PointType): void {
  const group = point.type === 'element' ? point.getNode() : null;
  if (!$isBlockGroupNode(group)) return;
  const following = group.getChildAtIndex(point.offset);
  const preceding = group.getChildAtIndex(point.offset - 1);
  if ($isElementNode(following)) point.set(following.getKey(), 0, 'element');
  else if ($isElementNode(preceding)) point.set(preceding.getKey(), preceding.getChildrenSize(), 'element');
}

/** Makes the groups a range selection spans one, so an edit across them joins blocks as it would without groups. */
export function $joinSelectedGroups(selection: RangeSelection): void {
  if (selection.isCollapsed()) return;
  const [first, last] = (selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus]).map((point) =>
    $topLevelBlockOf(point.getNode())?.getParent(),
  );
  if (!$isBlockGroupNode(first) || !$isBlockGroupNode(last) || first.is(last)) return;
  for (let group = first.getNextSibling(); group !== null; ) {
    const next: LexicalNode | null = group.getNextSibling();
    if ($isBlockGroupNode(group)) {
      first.append(...group.getChildren());
      group.remove();
    }
    if (group.is(last)) break;
    group = next;
  }
}

/**
 * Backspace at the start of a group's first block, or Delete at the end of its last, would
 * stop at the group's edge: the block first moves into the neighbouring group, beside the
 * block it is to join.
 */
function $bringNeighbourIn(selection: RangeSelection, isBackward: boolean): void {
  if (!selection.isCollapsed()) return;
  const block = $topLevelBlockOf(selection.anchor.getNode());
  const group = block?.getParent();
  if (!block || !$isBlockGroupNode(group)) return;
  if (isBackward) {
    const previousGroup = group.getPreviousSibling();
    if (block.is(group.getFirstChild()) && $isBlockGroupNode(previousGroup) && atEdge(selection.anchor, block, 'start')) previousGroup.append(block);
  } else {
    const nextGroup = group.getNextSibling();
    const following = $isBlockGroupNode(nextGroup) ? nextGroup.getFirstChild() : null;
    if (following && block.is(group.getLastChild()) && atEdge(selection.anchor, block, 'end')) group.append(following);
  }
}

/** Whether `point` is at the very start (or end) of `block`: no content between them. */
function atEdge(point: PointType, block: LexicalNode, edge: 'start' | 'end'): boolean {
  const node = point.getNode();
  const size = $isTextNode(node) ? node.getTextContentSize() : $isElementNode(node) ? node.getChildrenSize() : 0;
  if (point.offset !== (edge === 'start' ? 0 : size)) return false;
  for (let current: LexicalNode | null = node; current !== null && !current.is(block); current = current.getParent()) {
    if ((edge === 'start' ? current.getPreviousSibling() : current.getNextSibling()) !== null) return false;
  }
  return true;
}

/** Ctrl+Home or Ctrl+End (Cmd+↑ or Cmd+↓ on a Mac), with or without Shift: which end of the document it goes to. */
function documentEdgeOf(event: KeyboardEvent): 'start' | 'end' | null {
  if (event.altKey || (IS_APPLE ? !event.metaKey || event.ctrlKey : !event.ctrlKey || event.metaKey)) return null;
  if (event.key === (IS_APPLE ? 'ArrowUp' : 'Home')) return 'start';
  if (event.key === (IS_APPLE ? 'ArrowDown' : 'End')) return 'end';
  return null;
}

/**
 * Moves the caret to the start or end of the document, or extends the selection there, and
 * returns the block it is in. Chromium's own move looks for the end among the groups it
 * renders, and stops at the last one on screen; a selection the editor sets in a group not
 * rendered makes Chromium render it.
 */
function $moveToDocumentEdge(edge: 'start' | 'end', extend: boolean): LexicalNode | null {
  const previous = $getSelection();
  // Copied: moving the caret may change the selection object itself.
  const anchor = extend && $isRangeSelection(previous) ? { ...previous.anchor } : null;
  const root = $getRoot();
  const moved = edge === 'end' ? root.selectEnd() : root.selectStart();
  if (anchor) moved.anchor.set(anchor.key, anchor.offset, anchor.type);
  return $topLevelBlockOf(moved.focus.getNode());
}

/**
 * Scrolls a block into view once the frame after the move has rendered its group: scrolled
 * at once, it would be placed by the estimated heights of the groups not yet rendered.
 */
function scrollIntoViewWhenRendered(editor: LexicalEditor, block: LexicalNode | null): void {
  if (!block) return;
  const key = block.getKey();
  void afterRenderedFrame().then(() => editor.getElementByKey(key)?.scrollIntoView({ block: 'nearest' }));
}

/**
 * ArrowLeft or ArrowRight on a selection collapses it to the end on that side. Chromium puts
 * the caret at the nearest rendered position, so a selection that starts in a group not
 * rendered (Ctrl+Shift+End from the top, then ←) would collapse into the middle of the document.
 */
function $collapseSelection(selection: RangeSelection, key: 'ArrowLeft' | 'ArrowRight'): LexicalNode | null {
  const [start, end] = selection.isBackward() ? [selection.focus, selection.anchor] : [selection.anchor, selection.focus];
  const block = $topLevelBlockOf(start.getNode());
  const rightToLeft = $isElementNode(block) && block.getDirection() === 'rtl';
  const point = (key === 'ArrowLeft') !== rightToLeft ? start : end;
  const { key: nodeKey, offset, type } = point;
  selection.anchor.set(nodeKey, offset, type);
  selection.focus.set(nodeKey, offset, type);
  return $topLevelBlockOf(point.getNode());
}

/** Edits that change the selected range: each runs over one group. */
const RANGE_EDITS: ReadonlyArray<LexicalCommand<never>> = [
  CONTROLLED_TEXT_INSERTION_COMMAND,
  REMOVE_TEXT_COMMAND,
  INSERT_PARAGRAPH_COMMAND,
  INSERT_LINE_BREAK_COMMAND,
  PASTE_COMMAND,
  CUT_COMMAND,
  DROP_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  INSERT_CHECK_LIST_COMMAND,
  INSERT_TABLE_COMMAND,
  INSERT_HORIZONTAL_RULE_COMMAND,
  INSERT_CITATION_COMMAND,
  INSERT_IMAGE_FILES_COMMAND,
  // Their payloads differ, and the join ignores them; a command's type is invariant in its payload.
] as unknown as ReadonlyArray<LexicalCommand<never>>;

const DELETIONS = [DELETE_CHARACTER_COMMAND, DELETE_WORD_COMMAND, DELETE_LINE_COMMAND];

/** Keeps the editor's blocks grouped; returns the function that stops it. Register before the body is loaded. */
export function registerBlockGroups(editor: LexicalEditor): () => void {
  const joinFirst = () => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $joinSelectedGroups(selection);
    // Not handled: the edit itself runs next, in the same update.
    return false;
  };
  return mergeRegister(
    editor.registerNodeTransform(RootNode, $normalizeGroups),
    editor.registerCommand(
      KEY_DOWN_COMMAND,
      (event) => {
        const edge = documentEdgeOf(event);
        if (!edge) return false;
        event.preventDefault();
        scrollIntoViewWhenRendered(editor, $moveToDocumentEdge(edge, event.shiftKey));
        return true;
      },
      COMMAND_PRIORITY_LOW,
    ),
    ...([KEY_ARROW_LEFT_COMMAND, KEY_ARROW_RIGHT_COMMAND] as const).map((command) =>
      editor.registerCommand(
        command,
        (event) => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed() || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return false;
          event.preventDefault();
          scrollIntoViewWhenRendered(editor, $collapseSelection(selection, event.key === 'ArrowLeft' ? 'ArrowLeft' : 'ArrowRight'));
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    ),
    ...RANGE_EDITS.map((command) => editor.registerCommand(command, joinFirst, COMMAND_PRIORITY_CRITICAL)),
    ...DELETIONS.map((command) =>
      editor.registerCommand(
        command,
        (isBackward: boolean) => {
          const selection = $getSelection();
          if ($isRangeSelection(selection)) {
            $joinSelectedGroups(selection);
            $bringNeighbourIn(selection, isBackward);
          }
          return false;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    ),
  );
}
