import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
import { $isTopLevelBlock, $topLevelBlocks } from '../../block-groups';
import { useEffect } from 'react';
import { $isSectionHeadingNode } from '../../nodes/SectionHeadingNode';
import './section-guidance.css';

const ATTRIBUTE = 'data-guidance';

/**
 * Shows a template section's guidance in its first paragraph while the section is
 * empty. The text is an attribute drawn by CSS, not content: it disappears as the
 * analyst types, comes back when the section is emptied, and is never saved or exported.
 */
export function SectionGuidancePlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    /** The paragraphs showing guidance now, so clearing them never searches the whole page. */
    const shown = new Set<HTMLElement>();
    /** The empty paragraphs at the top level, as of the last look. */
    let empty = new Set<NodeKey>();
    showGuidance(editor, emptySections(editor), shown);
    empty = emptyTopLevelParagraphs(editor);
    return editor.registerUpdateListener(({ dirtyElements }) => {
      // Typing in a paragraph that stays non-empty cannot change which sections are empty: a keystroke costs no walk of the document.
      if (!dirtyElements.has('root') && !emptinessChanged(editor, dirtyElements, empty)) return;
      showGuidance(editor, emptySections(editor), shown);
      empty = emptyTopLevelParagraphs(editor);
    });
  }, [editor]);
  return null;
}

/** Whether a top-level paragraph among those changed became empty, or stopped being. */
function emptinessChanged(editor: LexicalEditor, dirtyElements: ReadonlyMap<NodeKey, unknown>, empty: ReadonlySet<NodeKey>): boolean {
  return editor.getEditorState().read(() => {
    for (const key of dirtyElements.keys()) {
      const node = $getNodeByKey(key);
      if ($isParagraphNode(node) && $isTopLevelBlock(node) && node.isEmpty() !== empty.has(key)) return true;
    }
    return false;
  });
}

function emptyTopLevelParagraphs(editor: LexicalEditor): Set<NodeKey> {
  return editor.getEditorState().read(() => new Set($topLevelBlocks().filter((block) => $isParagraphNode(block) && block.isEmpty()).map((block) => block.getKey())));
}

/** For each section whose blocks are all empty paragraphs: its first paragraph and its guidance. */
function emptySections(editor: LexicalEditor): Map<NodeKey, string> {
  const found = new Map<NodeKey, string>();
  editor.getEditorState().read(() => {
    const blocks = $topLevelBlocks();
    blocks.forEach((block, index) => {
      if (!$isSectionHeadingNode(block) || block.section.guidance === '') return;
      const first = blocks[index + 1];
      if (!$isParagraphNode(first)) return;
      for (let next = index + 1; next < blocks.length && !$isSectionHeadingNode(blocks[next]); next += 1) {
        const content = blocks[next];
        if (!$isParagraphNode(content) || !content.isEmpty()) return;
      }
      found.set(first.getKey(), block.section.guidance);
    });
  });
  return found;
}

function showGuidance(editor: LexicalEditor, targets: Map<NodeKey, string>, shown: Set<HTMLElement>): void {
  const keep = new Set<HTMLElement>();
  for (const [key, guidance] of targets) {
    const element = editor.getElementByKey(key);
    if (!element) continue;
    keep.add(element);
    if (element.getAttribute(ATTRIBUTE) !== guidance) element.setAttribute(ATTRIBUTE, guidance);
  }
  for (const element of shown) {
    if (!keep.has(element)) element.removeAttribute(ATTRIBUTE);
  }
  shown.clear();
  for (const element of keep) shown.add(element);
}
