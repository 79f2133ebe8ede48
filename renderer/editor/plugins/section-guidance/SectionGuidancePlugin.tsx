import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getRoot, $isParagraphNode, type LexicalEditor, type NodeKey } from 'lexical';
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
  useEffect(() => editor.registerUpdateListener(() => showGuidance(editor, emptySections(editor))), [editor]);
  return null;
}

/** For each section whose blocks are all empty paragraphs: its first paragraph and its guidance. */
function emptySections(editor: LexicalEditor): Map<NodeKey, string> {
  const found = new Map<NodeKey, string>();
  editor.getEditorState().read(() => {
    const blocks = $getRoot().getChildren();
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

function showGuidance(editor: LexicalEditor, targets: Map<NodeKey, string>): void {
  const root = editor.getRootElement();
  if (!root) return;
  const keep = new Set<HTMLElement>();
  for (const [key, guidance] of targets) {
    const element = editor.getElementByKey(key);
    if (!element) continue;
    keep.add(element);
    if (element.getAttribute(ATTRIBUTE) !== guidance) element.setAttribute(ATTRIBUTE, guidance);
  }
  for (const element of root.querySelectorAll<HTMLElement>(`[${ATTRIBUTE}]`)) {
    if (!keep.has(element)) element.removeAttribute(ATTRIBUTE);
  }
}
