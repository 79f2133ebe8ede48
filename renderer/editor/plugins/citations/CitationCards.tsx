import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $getNodeByKey, $getState, type LexicalEditor, type NodeKey } from 'lexical';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { gradeLabel } from '../../../../core/sources/schema';
import { $isCitationNode } from '../../nodes/CitationNode';
import { portionState } from '../markings/portion-state';
import type { IndexedCitation } from './citation-index';
import { CitationMarkers } from './citation-markers';
import { useCitationEnvironment } from './citations-context';

const MARKER_HOST = '.bw-citation';

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
          if (!citationAt(event.relatedTarget)) setHovered(null);
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
  return (
    <>
      {shown.map((key) => {
        const host = editor.getElementByKey(key);
        const citation = index.get(key);
        return host && citation ? createPortal(<CitationCard editor={editor} citation={citation} />, host, key) : null;
      })}
    </>
  );
}

/** The card of one citation: its full reference, grade, portion mark, the passage, and what the checks found. */
function CitationCard({ editor, citation }: { editor: LexicalEditor; citation: IndexedCitation }) {
  const environment = useCitationEnvironment();
  // Numbers and the checks' findings change while the card is open.
  useSyncExternalStore(environment.index.subscribe, environment.index.getVersion);
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
    <span className="bw-cite-card" role="tooltip" data-testid="citation-card" contentEditable={false}>
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
