import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode, registerList } from '@lexical/list';
import { $createHeadingNode, HeadingNode, registerRichText } from '@lexical/rich-text';
import fc from 'fast-check';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createEditor,
  INSERT_PARAGRAPH_COMMAND,
  REMOVE_TEXT_COMMAND,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { $nextBlock, $previousBlock, $topLevelBlockAt, $topLevelBlocks, GROUP_SIZE, registerBlockGroups } from '../../../renderer/editor/block-groups';
import { BodySerializer } from '../../../renderer/editor/body-serializer';
import { $isBlockGroupNode, BlockGroupNode } from '../../../renderer/editor/nodes/BlockGroupNode';
import { $nodeAtPath } from '../../../renderer/panels/checks/body-location';
import { propertySeed } from '../property-seed';

/** A rich-text editor holding `count` blocks (blocks 1, 8, 15… are headings), grouped or not. */
function editorWith(count: number, grouped: boolean): { editor: LexicalEditor; serializer: BodySerializer } {
  const editor = createEditor({
    namespace: 'block-groups-test',
    nodes: [HeadingNode, ListNode, ListItemNode, ...(grouped ? [BlockGroupNode] : [])],
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerList(editor);
  if (grouped) registerBlockGroups(editor);
  const serializer = new BodySerializer(editor);
  serializer.register();
  editor.update(
    () => {
      for (let index = 0; index < count; index += 1) {
        const block = index % 7 === 1 ? $createHeadingNode('h2') : $createParagraphNode();
        $getRoot().append(block.append($createTextNode(`Block ${index} text`)));
      }
    },
    { discrete: true },
  );
  return { editor, serializer };
}

function groupSizes(editor: LexicalEditor): number[] {
  return editor.read(() => $getRoot().getChildren().map((child) => ($isBlockGroupNode(child) ? child.getChildrenSize() : -1)));
}

/** Selects from one text node's offset to another's (indices into the document's text nodes, the same with or without groups). */
function $selectText(anchor: number, anchorOffset: number, focus: number, focusOffset: number): void {
  const texts = $getRoot().getAllTextNodes();
  const at = (index: number) => texts[Math.min(index, texts.length - 1)]!;
  const selection = $createRangeSelection();
  selection.anchor.set(at(anchor).getKey(), Math.min(anchorOffset, at(anchor).getTextContentSize()), 'text');
  selection.focus.set(at(focus).getKey(), Math.min(focusOffset, at(focus).getTextContentSize()), 'text');
  $setSelection(selection);
}

type RangeEdit = 'type' | 'remove' | 'paragraph' | 'numbered' | 'bulleted';

function applyEdit(editor: LexicalEditor, edit: RangeEdit, ends: [number, number, number, number]): void {
  editor.update(
    () => {
      $selectText(...ends);
      if (edit === 'type') editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'typed');
      else if (edit === 'remove') editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
      else if (edit === 'paragraph') editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
      else if (edit === 'numbered') editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined);
      else editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined);
    },
    { discrete: true },
  );
}

describe('block groups', () => {
  it('hold a loaded document fifty blocks to a group, each cut before a paragraph rather than a heading', () => {
    const { editor } = editorWith(130, true);
    // Block 50 is a heading, so the first cut moves one block on; block 101 is a paragraph.
    expect(groupSizes(editor)).toEqual([51, 50, 29]);
    editor.read(() => {
      for (const group of $getRoot().getChildren().slice(1)) {
        const first = (group as BlockGroupNode).getFirstChild();
        expect(first?.getType()).toBe('paragraph');
      }
    });
  });

  it('read as one run of blocks: by index, and across a group’s edge', () => {
    const { editor } = editorWith(130, true);
    editor.read(() => {
      const blocks = $topLevelBlocks();
      expect(blocks).toHaveLength(130);
      expect(blocks.map((block) => block.getTextContent())).toEqual(Array.from({ length: 130 }, (_, index) => `Block ${index} text`));
      const lastOfFirst = ($getRoot().getFirstChild() as BlockGroupNode).getLastChild() as LexicalNode;
      const index = blocks.indexOf(lastOfFirst);
      expect($nextBlock(lastOfFirst)?.is(blocks[index + 1]!)).toBe(true);
      expect($previousBlock(blocks[index + 1]!)?.is(lastOfFirst)).toBe(true);
      expect($topLevelBlockAt(index + 1)?.is(blocks[index + 1]!)).toBe(true);
      expect($topLevelBlockAt(130)).toBeNull();
      // A checks finding's path counts blocks as saved, with no groups.
      expect($nodeAtPath([index + 1, 0])?.getTextContent()).toBe(`Block ${index + 1} text`);
    });
  });

  it('are left out of the body: the body lists the blocks themselves, as without groups', () => {
    const grouped = editorWith(130, true);
    const flat = editorWith(130, false);
    const body = grouped.serializer.body();
    expect(body.root.children).toHaveLength(130);
    expect(JSON.stringify(body)).not.toContain('block-group');
    expect(body).toEqual(flat.serializer.body());
  });

  it('do not change what an edit across them does: the same body as the editor without groups', () => {
    const textIndex = fc.nat(129);
    const offset = fc.nat(14);
    const edit = fc.record({
      kind: fc.constantFrom<RangeEdit>('type', 'remove', 'paragraph', 'numbered', 'bulleted'),
      ends: fc.tuple(textIndex, offset, textIndex, offset),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
        const grouped = editorWith(130, true);
        const flat = editorWith(130, false);
        for (const { kind, ends } of edits) {
          applyEdit(grouped.editor, kind, ends);
          applyEdit(flat.editor, kind, ends);
          expect(grouped.serializer.body()).toEqual(flat.serializer.body());
          const sizes = groupSizes(grouped.editor);
          expect(sizes.every((size) => size > 0 && size <= 2 * GROUP_SIZE)).toBe(true);
        }
      }),
      { seed: propertySeed(), numRuns: 60 },
    );
  });

  it('grow by a paste and are split back to size, never between the selection’s ends', () => {
    const { editor } = editorWith(60, true);
    editor.update(
      () => {
        const group = $getRoot().getFirstChild() as BlockGroupNode;
        const blocks = Array.from({ length: 140 }, (_, index) => $createParagraphNode().append($createTextNode(`Pasted ${index}`)));
        group.append(...blocks);
        // Selected from block 40 to block 70 of the overgrown group.
        const all = group.getChildren<ElementNode>();
        const selection = $createRangeSelection();
        selection.anchor.set(all[40]!.getFirstDescendant()!.getKey(), 0, 'text');
        selection.focus.set(all[70]!.getFirstDescendant()!.getKey(), 2, 'text');
        $setSelection(selection);
      },
      { discrete: true },
    );
    const sizes = groupSizes(editor);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(200);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(2 * GROUP_SIZE);
    // Blocks 40 to 70 stay in one group.
    editor.read(() => {
      const blocks = $topLevelBlocks();
      expect(blocks[40]!.getParent()?.is(blocks[70]!.getParent())).toBe(true);
    });
  });

  it('merge a group emptied to a few blocks into its neighbour, and keep one group when everything is removed', () => {
    const { editor } = editorWith(130, true);
    applyEdit(editor, 'remove', [0, 0, 120, 3]);
    expect(groupSizes(editor)).toEqual([10]);
    applyEdit(editor, 'remove', [0, 0, 9, 99]);
    expect(groupSizes(editor)).toEqual([1]);
    editor.read(() => expect($getRoot().getTextContent()).toBe(''));
  });
});
