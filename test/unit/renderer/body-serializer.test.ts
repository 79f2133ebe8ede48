import { HeadingNode, $createHeadingNode } from '@lexical/rich-text';
import { ListItemNode, ListNode, $createListItemNode, $createListNode } from '@lexical/list';
import fc from 'fast-check';
import { $createParagraphNode, $createTextNode, $getRoot, $isElementNode, $isTextNode, createEditor, type EditorState, type LexicalEditor, type SerializedElementNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $topLevelBlocks, registerBlockGroups } from '../../../renderer/editor/block-groups';
import { BodySerializer } from '../../../renderer/editor/body-serializer';
import { BlockGroupNode } from '../../../renderer/editor/nodes/BlockGroupNode';
import { $createCitationNode, CitationNode } from '../../../renderer/editor/nodes/CitationNode';
import { propertySeed } from '../property-seed';

/** An editor with `paragraphs` paragraphs; with `grouped`, its blocks held in groups as in the app. */
function newEditor(paragraphs = 1, grouped = false): { editor: LexicalEditor; serializer: BodySerializer } {
  const editor = createEditor({
    namespace: 'body-serializer-test',
    nodes: [HeadingNode, ListNode, ListItemNode, CitationNode, ...(grouped ? [BlockGroupNode] : [])],
    onError: (error) => {
      throw error;
    },
  });
  if (grouped) registerBlockGroups(editor);
  const serializer = new BodySerializer(editor);
  serializer.register();
  editor.update(() => {
    for (let index = 0; index < paragraphs; index += 1) $getRoot().append($createParagraphNode().append($createTextNode(index === 0 ? 'First paragraph.' : `Paragraph ${index}.`)));
  }, { discrete: true });
  return { editor, serializer };
}

/** Lexical's own JSON of the editor, with the block groups (never saved) taken out. */
function toJSONWithoutGroups(editor: LexicalEditor): unknown {
  const json = editor.getEditorState().toJSON();
  const blocks = json.root.children.flatMap((child) => (child.type === 'block-group' ? (child as SerializedElementNode).children : [child]));
  return { root: { ...json.root, children: blocks } };
}

/** One edit an analyst might make, as the serializer has to follow it. */
type Edit =
  | { kind: 'type'; block: number; text: string }
  | { kind: 'paragraph'; at: number; text: string }
  | { kind: 'heading'; at: number; text: string }
  | { kind: 'list'; at: number; items: string[] }
  | { kind: 'cite'; block: number }
  | { kind: 'bold'; block: number }
  | { kind: 'remove'; block: number }
  | { kind: 'move'; block: number; to: number }
  | { kind: 'undo' };

/** Edits to blocks 0 to `last`. */
const editUpTo = (last: number): fc.Arbitrary<Edit> =>
  fc.oneof(
    fc.record({ kind: fc.constant('type' as const), block: fc.nat(last), text: fc.string({ maxLength: 5 }) }),
    fc.record({ kind: fc.constant('paragraph' as const), at: fc.nat(last), text: fc.string({ maxLength: 8 }) }),
    fc.record({ kind: fc.constant('heading' as const), at: fc.nat(last), text: fc.string({ minLength: 1, maxLength: 8 }) }),
    fc.record({ kind: fc.constant('list' as const), at: fc.nat(last), items: fc.array(fc.string({ maxLength: 5 }), { minLength: 1, maxLength: 3 }) }),
    fc.record({ kind: fc.constant('cite' as const), block: fc.nat(last) }),
    fc.record({ kind: fc.constant('bold' as const), block: fc.nat(last) }),
    fc.record({ kind: fc.constant('remove' as const), block: fc.nat(last) }),
    fc.record({ kind: fc.constant('move' as const), block: fc.nat(last), to: fc.nat(last) }),
    fc.record({ kind: fc.constant('undo' as const) }),
  );

function apply(editor: LexicalEditor, history: EditorState[], change: Edit): void {
  if (change.kind === 'undo') {
    const previous = history.pop();
    if (previous) editor.setEditorState(previous);
    return;
  }
  history.push(editor.getEditorState());
  editor.update(
    () => {
      const blocks = $topLevelBlocks();
      const pick = (index: number) => blocks[index % Math.max(1, blocks.length)];
      const firstText = (index: number) => {
        const block = pick(index);
        return block && $isElementNode(block) ? block.getAllTextNodes()[0] : undefined;
      };
      const insertAt = (index: number, node: ReturnType<typeof $createParagraphNode> | ReturnType<typeof $createHeadingNode> | ReturnType<typeof $createListNode>) => {
        const before = blocks[index];
        if (before) before.insertBefore(node);
        else $getRoot().append(node);
      };
      switch (change.kind) {
        case 'type': {
          const text = firstText(change.block);
          if (text) text.setTextContent(text.getTextContent() + change.text);
          break;
        }
        case 'paragraph':
          insertAt(change.at, $createParagraphNode().append($createTextNode(change.text)));
          break;
        case 'heading':
          insertAt(change.at, $createHeadingNode('h2').append($createTextNode(change.text)));
          break;
        case 'list':
          insertAt(change.at, $createListNode('bullet').append(...change.items.map((item) => $createListItemNode().append($createTextNode(item)))));
          break;
        case 'cite': {
          const block = pick(change.block);
          const target = block && $isElementNode(block) ? (block.getLastDescendant() ?? block) : null;
          const citation = $createCitationNode({ sourceId: 'src-1', selector: null, pinpoint: 'p. 2' });
          if (target && $isTextNode(target)) target.insertAfter(citation);
          else if (block && $isElementNode(block) && block.getType() === 'paragraph') block.append(citation);
          break;
        }
        case 'bold':
          firstText(change.block)?.toggleFormat('bold');
          break;
        case 'remove':
          if (blocks.length > 1) pick(change.block)?.remove();
          break;
        case 'move': {
          const block = pick(change.block);
          const to = pick(change.to);
          if (block && to && block !== to) to.insertAfter(block);
          break;
        }
      }
    },
    { discrete: true },
  );
}

describe('the incremental body serializer', () => {
  it('gives exactly what Lexical’s own toJSON gives, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.array(editUpTo(20), { minLength: 1, maxLength: 30 }), (edits) => {
        const { editor, serializer } = newEditor();
        const history: EditorState[] = [];
        for (const change of edits) {
          apply(editor, history, change);
          expect(serializer.body()).toEqual(editor.getEditorState().toJSON());
        }
      }),
      { seed: propertySeed(), numRuns: 150 },
    );
  });

  it('gives the blocks without their groups, after any sequence of edits in and across groups', () => {
    fc.assert(
      fc.property(fc.array(editUpTo(140), { minLength: 1, maxLength: 30 }), (edits) => {
        const { editor, serializer } = newEditor(130, true);
        const history: EditorState[] = [];
        for (const change of edits) {
          apply(editor, history, change);
          expect(serializer.body()).toEqual(toJSONWithoutGroups(editor));
        }
      }),
      { seed: propertySeed(), numRuns: 60 },
    );
  });

  it('keeps the same object for a block the edit did not touch, and a new one for the block it did', () => {
    const { editor, serializer } = newEditor();
    editor.update(() => $getRoot().append($createParagraphNode().append($createTextNode('Second.'))), { discrete: true });
    const before = serializer.body().root.children;
    editor.update(
      () => {
        const last = $getRoot().getLastDescendant();
        if ($isTextNode(last)) last.setTextContent('Second, edited.');
      },
      { discrete: true },
    );
    const after = serializer.body().root.children;
    expect(after[0]).toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(JSON.stringify(after[1])).toContain('Second, edited.');
  });

  it('hands out blocks that cannot be changed by a reader', () => {
    const { serializer } = newEditor();
    const text = serializer.body().root.children[0]?.children?.[0] as unknown as { text: string };
    expect(() => {
      text.text = 'tampered';
    }).toThrow(TypeError);
  });
});
