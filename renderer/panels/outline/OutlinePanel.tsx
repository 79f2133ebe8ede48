import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode, HeadingNode } from '@lexical/rich-text';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, $getRoot, $isElementNode, SKIP_SCROLL_INTO_VIEW_TAG, TextNode, type LexicalEditor, type LexicalNode, type NodeKey } from 'lexical';
import { useEffect, useState } from 'react';
import { SectionHeadingNode } from '../../editor/nodes/SectionHeadingNode';
import './outline.css';

const OUTLINE_LEVELS = new Set(['h1', 'h2', 'h3']);

interface OutlineEntry {
  key: NodeKey;
  text: string;
  tag: string;
}

/** Every h1–h3 of the document, in order (headings sit at the top level, or in a table's cells). */
function $outline(): OutlineEntry[] {
  const entries: OutlineEntry[] = [];
  const visit = (node: LexicalNode) => {
    if ($isHeadingNode(node)) {
      if (OUTLINE_LEVELS.has(node.getTag())) entries.push({ key: node.getKey(), text: node.getTextContent(), tag: node.getTag() });
    } else if ($isElementNode(node)) {
      for (const child of node.getChildren()) visit(child);
    }
  };
  visit($getRoot());
  return entries;
}

function sameOutline(a: readonly OutlineEntry[], b: readonly OutlineEntry[]): boolean {
  return a.length === b.length && a.every((entry, index) => entry.key === b[index]?.key && entry.text === b[index]?.text && entry.tag === b[index]?.tag);
}

/**
 * The outline, read again only when a heading is added, removed or changed, or text inside one
 * is. Both heading classes are followed: a mutation listener hears only the class it names, and
 * a template's section headings are SectionHeadingNodes (Lexical's table-of-contents plugin
 * follows HeadingNode alone, so it missed every section heading of a document opened).
 */
function useOutline(editor: LexicalEditor): OutlineEntry[] {
  const [outline, setOutline] = useState<OutlineEntry[]>(() => editor.read($outline));
  useEffect(() => {
    const refresh = () => {
      const next = editor.read($outline);
      setOutline((current) => (sameOutline(current, next) ? current : next));
    };
    refresh();
    return mergeRegister(
      editor.registerMutationListener(HeadingNode, refresh, { skipInitialization: true }),
      editor.registerMutationListener(SectionHeadingNode, refresh, { skipInitialization: true }),
      editor.registerMutationListener(
        TextNode,
        (mutations) => {
          const inHeading = editor.read(() => [...mutations.keys()].some((key) => $isHeadingNode($getNodeByKey(key)?.getParent() ?? null)));
          if (inHeading) refresh();
        },
        { skipInitialization: true },
      ),
    );
  }, [editor]);
  return outline;
}

/** Puts the caret at the start of the heading and scrolls it to the top of the page view. */
function goToHeading(editor: LexicalEditor, key: NodeKey): void {
  editor.update(
    () => {
      const heading = $getNodeByKey(key);
      if ($isElementNode(heading)) heading.selectStart();
    },
    {
      tag: SKIP_SCROLL_INTO_VIEW_TAG,
      onUpdate: () => editor.getElementByKey(key)?.scrollIntoView({ block: 'start' }),
    },
  );
  editor.focus();
}

function OutlineList() {
  const [editor] = useLexicalComposerContext();
  const headings = useOutline(editor);
  if (headings.length === 0) return <p className="outline-empty">Headings you add appear here.</p>;
  return (
    <ol className="outline-list">
      {headings.map(({ key, text, tag }) => (
        <li key={key} className={`outline-item outline-${tag}`}>
          <button type="button" onClick={() => goToHeading(editor, key)} title={text} data-testid="outline-item">
            {text.trim() || <span className="outline-untitled">Untitled heading</span>}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The document's headings, live; choosing one moves the caret there. Must sit inside the editor. */
export function OutlinePanel({ onHide }: { onHide: () => void }) {
  return (
    <nav className="outline-panel" aria-label="Outline" data-testid="outline">
      <div className="outline-header">
        <h2 className="outline-title">Outline</h2>
        <button type="button" className="outline-hide" aria-label="Hide outline" title="Hide outline" onClick={onHide} data-testid="outline-hide">
          ×
        </button>
      </div>
      <OutlineList />
    </nav>
  );
}
