import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { HeadingNode, registerRichText } from '@lexical/rich-text';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import {
  $createParagraphNode,
  $createRangeSelection,
  $createTextNode,
  $getNodeByKey,
  $getRoot,
  $getSelection,
  $isRangeSelection,
  $setSelection,
  CONTROLLED_TEXT_INSERTION_COMMAND,
  createEditor,
  INSERT_PARAGRAPH_COMMAND,
  REDO_COMMAND,
  REMOVE_TEXT_COMMAND,
  UNDO_COMMAND,
  type LexicalEditor,
} from 'lexical';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerBlockGroups } from '../../../renderer/editor/block-groups';
import { $createCitationNode, $isCitationNode, CitationNode } from '../../../renderer/editor/nodes/CitationNode';
import { BlockGroupNode } from '../../../renderer/editor/nodes/BlockGroupNode';
import { CitationIndex } from '../../../renderer/editor/plugins/citations/citation-index';
import { $citationsInOrder, registerCitationNumbering } from '../../../renderer/editor/plugins/citations/citation-order';
import { propertySeed } from '../property-seed';

let cited = 0;
const $newCitation = () => $createCitationNode({ sourceId: `source-${(cited += 1)}`, selector: null, pinpoint: '' });

/** A grouped editor of `count` paragraphs, every third ending in a citation, numbered as the app numbers them. */
function numberedEditor(count: number): { editor: LexicalEditor; index: CitationIndex } {
  const editor = createEditor({
    namespace: 'citation-order-test',
    nodes: [HeadingNode, BlockGroupNode, CitationNode],
    onError: (error) => {
      throw error;
    },
  });
  registerRichText(editor);
  registerBlockGroups(editor);
  // Lexical reports mutations from its DOM reconciler, so the editor needs a root element.
  editor.setRootElement(document.createElement('div'));
  registerHistory(editor, createEmptyHistoryState(), 0);
  editor.update(
    () => {
      for (let block = 0; block < count; block += 1) {
        const paragraph = $createParagraphNode().append($createTextNode(`Claim ${block} stands`));
        if (block % 3 === 0) paragraph.append($newCitation(), $createTextNode(' after'));
        $getRoot().append(paragraph);
      }
    },
    { discrete: true },
  );
  const index = new CitationIndex();
  registerCitationNumbering(editor, index);
  return { editor, index };
}

/** What the index says, against what a walk of the document finds. */
function numbering(editor: LexicalEditor, index: CitationIndex) {
  const expected = editor.read(() => $citationsInOrder().map(({ key, fields, followsCitation }) => ({ key, sourceId: fields.sourceId, followsCitation })));
  const actual = index.all().map(({ key, fields, followsCitation }) => ({ key, sourceId: fields.sourceId, followsCitation }));
  return { actual, expected };
}

function $caretAt(text: number, offset: number, focusText = text, focusOffset = offset): void {
  const texts = $getRoot().getAllTextNodes();
  const at = (position: number) => texts[position % texts.length]!;
  const selection = $createRangeSelection();
  selection.anchor.set(at(text).getKey(), Math.min(offset, at(text).getTextContentSize()), 'text');
  selection.focus.set(at(focusText).getKey(), Math.min(focusOffset, at(focusText).getTextContentSize()), 'text');
  $setSelection(selection);
}

type Edit =
  | { kind: 'cite' | 'cite-twice' | 'type' | 'paragraph'; text: number; offset: number }
  | { kind: 'remove'; text: number; offset: number; focusText: number; focusOffset: number }
  | { kind: 'uncite'; nth: number }
  | { kind: 'undo' }
  | { kind: 'redo' };

function apply(editor: LexicalEditor, edit: Edit): void {
  if (edit.kind === 'undo' || edit.kind === 'redo') editor.dispatchCommand(edit.kind === 'undo' ? UNDO_COMMAND : REDO_COMMAND, undefined);
  else if (edit.kind === 'uncite') editor.update(() => collectCitations()[edit.nth % 60]?.remove(), { discrete: true });
  else editor.update(() => $editAt(editor, edit), { discrete: true });
}

function $editAt(editor: LexicalEditor, edit: Extract<Edit, { text: number }>): void {
  if (edit.kind === 'remove') $caretAt(edit.text, edit.offset, edit.focusText, edit.focusOffset);
  else $caretAt(edit.text, edit.offset);
  const selection = $getSelection();
  if (edit.kind === 'cite' && $isRangeSelection(selection)) selection.insertNodes([$newCitation()]);
  else if (edit.kind === 'cite-twice' && $isRangeSelection(selection)) selection.insertNodes([$newCitation(), $newCitation()]);
  else if (edit.kind === 'type') editor.dispatchCommand(CONTROLLED_TEXT_INSERTION_COMMAND, 'new words');
  else if (edit.kind === 'paragraph') editor.dispatchCommand(INSERT_PARAGRAPH_COMMAND, undefined);
  else if (edit.kind === 'remove') editor.dispatchCommand(REMOVE_TEXT_COMMAND, null);
}

function collectCitations(): CitationNode[] {
  const found: CitationNode[] = [];
  for (const text of $getRoot().getAllTextNodes()) {
    const next = text.getNextSibling();
    if ($isCitationNode(next) && !found.some((citation) => citation.is(next))) found.push(next);
  }
  return found;
}

describe('citation numbering', () => {
  // A DOM for the reconciler: linkedom, with no layout (numbering needs none) and a MutationObserver
  // that sees nothing (Lexical watches for changes made outside it; these tests make none).
  const globals = globalThis as Record<string, unknown>;
  const installed = ['document', 'window', 'MutationObserver', 'Node', 'Element', 'HTMLElement', 'Text', 'DocumentFragment'];
  beforeAll(() => {
    const { document, window, Node, Element, HTMLElement, Text, DocumentFragment } = parseHTML('<!doctype html><html><body></body></html>');
    const MutationObserver = class {
      observe(): void {}
      disconnect(): void {}
      takeRecords(): [] {
        return [];
      }
    };
    Object.assign(globals, { document, window, MutationObserver, Node, Element, HTMLElement, Text, DocumentFragment });
  });
  afterAll(() => {
    for (const name of installed) delete globals[name];
  });

  it('numbers an opened document in order of appearance', () => {
    const { editor, index } = numberedEditor(120);
    expect(index.all()).toHaveLength(40);
    expect(index.all().map((citation) => citation.number)).toEqual(Array.from({ length: 40 }, (_, at) => at + 1));
    const { actual, expected } = numbering(editor, index);
    expect(actual).toEqual(expected);
  });

  it('places a new citation among the others and numbers those after it one higher', () => {
    const { editor, index } = numberedEditor(120);
    const before = index.all().map((citation) => citation.key);
    // Text node 50 is in block 33 or so: the new citation lands between existing ones.
    apply(editor, { kind: 'cite', text: 50, offset: 3 });
    const after = index.all();
    expect(after).toHaveLength(41);
    const added = after.findIndex((citation) => !before.includes(citation.key));
    expect(added).toBeGreaterThan(0);
    expect(added).toBeLessThan(40);
    expect(after.filter((citation) => citation !== after[added]).map((citation) => citation.key)).toEqual(before);
    expect(index.label(after[added + 1]!.key)).toBe(String(added + 2));
    expect(numbering(editor, index).actual).toEqual(numbering(editor, index).expected);
  });

  it('marks a citation placed right after another as following it, and not once the one before it is removed', () => {
    const { editor, index } = numberedEditor(12);
    apply(editor, { kind: 'cite-twice', text: 4, offset: 2 });
    const following = index.all().filter((citation) => citation.followsCitation);
    expect(following).toHaveLength(1);
    const second = following[0]!;
    const first = index.all()[second.number - 2]!;
    expect(index.label(second.key)).toBe(`,${second.number}`);
    editor.update(() => $getNodeByKey(first.key)?.remove(), { discrete: true });
    expect(index.get(second.key)).toMatchObject({ followsCitation: false, number: second.number - 1 });
    expect(index.label(second.key)).toBe(String(second.number - 1));
    expect(numbering(editor, index).actual).toEqual(numbering(editor, index).expected);
  });

  it('stays in document order through any run of edits, undos and redos', () => {
    const position = { text: fc.nat(200), offset: fc.nat(20) };
    const edit: fc.Arbitrary<Edit> = fc.oneof(
      fc.record({ kind: fc.constantFrom('cite' as const, 'cite-twice' as const, 'type' as const, 'paragraph' as const), ...position }),
      fc.record({ kind: fc.constant('remove' as const), ...position, focusText: fc.nat(200), focusOffset: fc.nat(20) }),
      fc.record({ kind: fc.constant('uncite' as const), nth: fc.nat(60) }),
      fc.constantFrom<Edit>({ kind: 'undo' }, { kind: 'redo' }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 12 }), (edits) => {
        const { editor, index } = numberedEditor(150);
        for (const step of edits) {
          apply(editor, step);
          const { actual, expected } = numbering(editor, index);
          expect(actual).toEqual(expected);
        }
      }),
      { seed: propertySeed(), numRuns: 60 },
    );
  });
});
