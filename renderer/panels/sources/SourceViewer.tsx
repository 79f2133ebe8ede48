import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { anchorSelector, selectorFor } from '../../../core/citations/anchor';
import type { TextQuoteSelector } from '../../../core/citations/schema';
import { toErrorInfo } from '../../../core/errors';
import type { DocumentSource } from '../../../core/sources/schema';
import { revealRange } from '../../editor/plugins/find-replace/highlights';
import { onCiteSelectionRequest } from './cite-request';

// Cited passages are painted with the CSS Custom Highlight API over the one text node
// that holds the snapshot, so character offsets in the DOM are offsets in the snapshot.
const CITED = 'bw-cited-passage';
const FOCUSED = 'bw-focused-passage';

/** The offsets of the part of `selection` inside `container`'s single text node, or null. */
function selectedOffsets(container: HTMLElement): { start: number; end: number } | null {
  const selection = window.getSelection();
  const text = container.firstChild;
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed || !text) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
  const start = range.startContainer === text ? range.startOffset : 0;
  const end = range.endContainer === text ? range.endOffset : (text.textContent ?? '').length;
  return end > start ? { start, end } : null;
}

function textRange(container: HTMLElement, start: number, end: number): Range | null {
  const text = container.firstChild;
  if (!text || end > (text.textContent ?? '').length) return null;
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  return range;
}

export interface SourceViewerProps {
  source: DocumentSource;
  /** The passages this document cites from the source. */
  cited: readonly TextQuoteSelector[];
  /** The passage to bring into view and mark, e.g. the one a clicked citation points at. */
  focus: TextQuoteSelector | null;
  readOnly: boolean;
  onCite: (selector: TextQuoteSelector | null, pinpoint: string) => void;
}

/**
 * The source's text as captured, with the passages the document cites highlighted.
 * Select words and cite them (button or Ctrl+Shift+K), or cite the whole source with
 * an optional pinpoint.
 */
export function SourceViewer({ source, cited, focus, readOnly, onCite }: SourceViewerProps) {
  const textRef = useRef<HTMLDivElement>(null);
  const [hasSelection, setHasSelection] = useState(false);
  const [pinpoint, setPinpoint] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const text = source.snapshot?.text ?? '';

  useLayoutEffect(() => {
    const container = textRef.current;
    if (!container || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const ranges = cited
      .map((selector) => anchorSelector(text, selector))
      .filter((anchor) => anchor !== null)
      .map((anchor) => textRange(container, anchor.start, anchor.end))
      .filter((range) => range !== null);
    CSS.highlights.set(CITED, new Highlight(...ranges));
    const focusAnchor = focus ? anchorSelector(text, focus) : null;
    const focusRange = focusAnchor ? textRange(container, focusAnchor.start, focusAnchor.end) : null;
    if (focusRange) {
      const highlight = new Highlight(focusRange);
      highlight.priority = 1;
      CSS.highlights.set(FOCUSED, highlight);
      revealRange(focusRange, container.parentElement);
    } else CSS.highlights.delete(FOCUSED);
    return () => {
      CSS.highlights.delete(CITED);
      CSS.highlights.delete(FOCUSED);
    };
  }, [text, cited, focus]);

  useEffect(() => {
    const update = () => setHasSelection(textRef.current ? selectedOffsets(textRef.current) !== null : false);
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, []);

  const citeSelection = () => {
    const container = textRef.current;
    const offsets = container ? selectedOffsets(container) : null;
    if (!offsets) return setProblem('Select the words to cite in the source text first.');
    try {
      onCite(selectorFor(text, offsets.start, offsets.end), pinpoint.trim());
      setProblem(null);
      setPinpoint('');
    } catch (thrown) {
      setProblem(toErrorInfo(thrown).message);
    }
  };

  // The menu's Insert › Citation and Ctrl+Shift+K reach the viewer as a request.
  const citeRef = useRef(citeSelection);
  useLayoutEffect(() => {
    citeRef.current = citeSelection;
  });
  useEffect(() => (readOnly ? undefined : onCiteSelectionRequest(() => citeRef.current())), [readOnly]);

  return (
    <div className="source-viewer">
      {!readOnly && (
        <div className="source-cite-bar" role="group" aria-label="Cite this source">
          <button type="button" className="primary" disabled={!hasSelection} onMouseDown={(event) => event.preventDefault()} onClick={citeSelection} data-testid="cite-selection" title="Cite the selected passage at the caret (Ctrl+Shift+K)">
            Cite selection
          </button>
          <button type="button" onClick={() => onCite(null, pinpoint.trim())} data-testid="cite-whole-source" title="Cite the whole source at the caret">
            Cite whole source
          </button>
          <label className="pinpoint-field">
            Pinpoint
            <input value={pinpoint} onChange={(event) => setPinpoint(event.target.value)} placeholder="para. 4" maxLength={100} data-testid="pinpoint" />
          </label>
        </div>
      )}
      {problem && (
        <p className="field-problem" role="alert">
          {problem}
        </p>
      )}
      <div className="source-text-scroll">
        {text ? (
          <div
            ref={textRef}
            className="source-text"
            dir="auto"
            lang={source.language || undefined}
            tabIndex={0}
            aria-label={`Text of “${source.title}” as captured`}
            data-testid="source-text"
          >
            {text}
          </div>
        ) : (
          <p className="hint">This source has no captured text. Cite it as a whole, with a pinpoint if it helps the reader.</p>
        )}
      </div>
    </div>
  );
}
