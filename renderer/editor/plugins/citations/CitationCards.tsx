import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $getState, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type MouseEvent as ReactMouseEvent } from 'react';
import { createPortal } from 'react-dom';
import { gradeLabel } from '../../../../core/sources/schema';
import { $isCitationNode } from '../../nodes/CitationNode';
import { portionState } from '../markings/portion-state';
import type { IndexedCitation } from './citation-index';
import { CitationMarkers } from './citation-markers';
import { useCitationEnvironment } from './citations-context';

const MARKER_HOST = '.bw-citation';
const CARD = '.bw-cite-card';

/**
 * The citations as the analyst uses them: the markers are painted by CitationMarkers; hover
 * or selection shows a card with the reference and the quoted passage (one card per
 * hovered or selected citation, not one component per citation); a click on a marker opens
 * the source at the passage.
 */
export function CitationCards() {
  const [editor] = useLexicalComposerContext();
  const environment = useCitationEnvironment();
  const { index } = environment;
  const [hovered, setHovered] = useState<NodeKey | null>(null);

  useEffect(() => {
    const painter = CitationMarkers.attach(editor, environment);
    painter.paintAll();
    return index.subscribe(() => painter.paintAll());
  }, [editor, environment, index]);

  useEffect(
    () =>
      editor.registerRootListener((root) => {
        if (!root) return undefined;
        const citationAt = (target: EventTarget | null): IndexedCitation | null => {
          const host = target instanceof Element ? target.closest(MARKER_HOST) : null;
          if (!host || !root.contains(host)) return null;
          const key = editor.read(() => {
            const node = $getNearestNodeFromDOMNode(host);
            return $isCitationNode(node) ? node.getKey() : null;
          });
          return key === null ? null : index.get(key);
        };
        const over = (event: MouseEvent) => setHovered(citationAt(event.target)?.key ?? null);
        const out = (event: MouseEvent) => {
          if (!citationAt(event.relatedTarget) && !isInCard(event.relatedTarget)) setHovered(null);
        };
        const click = (event: MouseEvent) => {
          if (!(event.target instanceof Element) || !event.target.closest('.bw-cite')) return;
          const citation = citationAt(event.target);
          event.preventDefault();
          if (citation && environment.sources.has(citation.fields.sourceId)) environment.open(citation.fields);
        };
        root.addEventListener('mouseover', over);
        root.addEventListener('mouseout', out);
        root.addEventListener('click', click);
        return () => {
          root.removeEventListener('mouseover', over);
          root.removeEventListener('mouseout', out);
          root.removeEventListener('click', click);
        };
      }),
    [editor, environment, index],
  );

  const selected = useSyncExternalStore(index.subscribe, () => index.selectedKeys());
  const shown = hovered && !selected.has(hovered) ? [...selected, hovered] : [...selected];
  // Cards go beside the editor, not inside the block: each block contains its own painting
  // (content-visibility in editor.css), which would clip a card and paint the next block over it.
  const layer = editor.getRootElement()?.parentElement;
  if (!layer) return null;
  return (
    <>
      {shown.map((key) => {
        const marker = editor.getElementByKey(key);
        const citation = index.get(key);
        const leave = (event: ReactMouseEvent) => {
          if (event.relatedTarget instanceof Node && marker?.contains(event.relatedTarget)) return;
          setHovered((current) => (current === key ? null : current));
        };
        return marker && citation ? createPortal(<CitationCard editor={editor} citation={citation} marker={marker} layer={layer} onMouseLeave={leave} />, layer, key) : null;
      })}
    </>
  );
}

function isInCard(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(CARD) !== null;
}

/** Places `card` under `marker`, in the coordinates of `layer` (the card's positioned container). */
function placeUnder(card: HTMLElement, marker: HTMLElement, layer: HTMLElement): void {
  const at = marker.getBoundingClientRect();
  const origin = layer.getBoundingClientRect();
  const left = Math.max(0, Math.min(at.left - origin.left - 8, origin.width - card.offsetWidth));
  card.style.left = `${left}px`;
  card.style.top = `${at.bottom - origin.top + 4}px`;
}

/** The card of one citation: its full reference, grade, portion mark, the passage, and what the checks found. */
function CitationCard({
  editor,
  citation,
  marker,
  layer,
  onMouseLeave,
}: {
  editor: LexicalEditor;
  citation: IndexedCitation;
  marker: HTMLElement;
  layer: HTMLElement;
  onMouseLeave: (event: ReactMouseEvent) => void;
}) {
  const environment = useCitationEnvironment();
  // Numbers and the checks' findings change while the card is open.
  const version = useSyncExternalStore(environment.index.subscribe, environment.index.getVersion);
  const card = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    if (card.current) placeUnder(card.current, marker, layer);
  }, [marker, layer, version]);
  const { key, fields } = citation;
  const portion = useSyncExternalStore(
    (notify) => editor.registerUpdateListener(notify),
    () => editor.getEditorState().read(() => {
      const node = $getNodeByKey(key);
      return node ? $getState(node, portionState) : '';
    }),
  );
  const source = environment.sources.get(fields.sourceId);
  const issue = environment.index.issue(key);
  const problem = issue?.message ?? (source ? null : 'The source of this citation is not in the document.');
  const reference = source ? environment.reference(source) : [{ text: `Source missing (${fields.sourceId})` }];
  const grade = source ? gradeLabel(source) : '';
  const number = environment.index.label(key).replace(',', '');

  return (
    <span ref={card} className="bw-cite-card" role="tooltip" data-testid="citation-card" onMouseLeave={onMouseLeave}>
      <span className="bw-cite-card-reference">
        <strong>{number}.</strong>{' '}
        {reference.map((run, position) => (run.italic ? <i key={position}>{run.text}</i> : <span key={position}>{run.text}</span>))}
        {grade && <span className="grade-badge">{grade}</span>}
        {portion && (
          <span className="bw-cite-card-portion" data-testid="citation-portion">
            ({portion})
          </span>
        )}
      </span>
      {fields.selector && <span className="bw-cite-card-passage" dir="auto">{fields.selector.exact}</span>}
      {fields.selector && fields.pinpoint && <span className="bw-cite-card-whole">{fields.pinpoint}</span>}
      {!fields.selector && <span className="bw-cite-card-whole">Cites the whole source{fields.pinpoint ? `, ${fields.pinpoint}` : ''}.</span>}
      {problem && (
        <span className="bw-cite-card-problem" data-testid="citation-problem">
          {problem}
        </span>
      )}
      {issue?.quoted !== undefined && (
        <span className="bw-cite-card-compare">
          <span>
            <strong>Draft:</strong> {issue.quoted}
          </span>
          <span>
            <strong>Source:</strong> {issue.sourceText || 'nothing close in the source'}
          </span>
        </span>
      )}
    </span>
  );
}
