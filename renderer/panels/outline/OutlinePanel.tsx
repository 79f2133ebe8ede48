import { TableOfContentsPlugin, type TableOfContentsEntry } from '@lexical/react/LexicalTableOfContentsPlugin';
import { $getNodeByKey, $isElementNode, SKIP_SCROLL_INTO_VIEW_TAG, type LexicalEditor, type NodeKey } from 'lexical';
import './outline.css';

const OUTLINE_LEVELS = new Set(['h1', 'h2', 'h3']);

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

function OutlineList({ entries, editor }: { entries: TableOfContentsEntry[]; editor: LexicalEditor }) {
  const headings = entries.filter(([, , tag]) => OUTLINE_LEVELS.has(tag));
  if (headings.length === 0) return <p className="outline-empty">Headings you add appear here.</p>;
  return (
    <ol className="outline-list">
      {headings.map(([key, text, tag]) => (
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
      <TableOfContentsPlugin>{(entries, editor) => <OutlineList entries={entries} editor={editor} />}</TableOfContentsPlugin>
    </nav>
  );
}
