import type { NodeKey } from 'lexical';
import { useState, useSyncExternalStore } from 'react';
import type { CitationFields } from '../../../../core/citations/schema';
import { refRunsToPlainText } from '../../../../core/sources/format';
import { gradeLabel } from '../../../../core/sources/schema';
import { useCitationEnvironment } from './citations-context';

/**
 * A citation as the analyst sees it: its note number. Hover or keyboard focus shows the
 * reference and the quoted passage; a click opens the source at the passage.
 */
export function CitationView({ nodeKey, fields, portion }: { nodeKey: NodeKey; fields: CitationFields; portion: string }) {
  const environment = useCitationEnvironment();
  const label = useSyncExternalStore(environment.index.subscribe, () => environment.index.label(nodeKey));
  const isSelected = useSyncExternalStore(environment.index.subscribe, () => environment.index.isSelected(nodeKey));
  const [cardOpen, setCardOpen] = useState(false);
  const source = environment.sources.get(fields.sourceId);
  const issue = useSyncExternalStore(environment.index.subscribe, () => environment.index.issue(nodeKey));
  const problem = issue?.message ?? (source ? null : 'The source of this citation is not in the document.');
  const reference = source ? environment.reference(source) : [{ text: `Source missing (${fields.sourceId})` }];
  const grade = source ? gradeLabel(source) : '';
  const number = label.replace(',', '');
  const className = ['bw-cite', problem ? 'has-problem' : '', isSelected ? 'is-selected' : ''].filter(Boolean).join(' ');

  return (
    <span className="bw-cite-anchor" onMouseEnter={() => setCardOpen(true)} onMouseLeave={() => setCardOpen(false)}>
      <sup
        className={className}
        role="link"
        tabIndex={-1}
        data-testid="citation"
        data-source-id={fields.sourceId}
        aria-label={`Note ${number}: ${refRunsToPlainText(reference)}${problem ? `. Problem: ${problem}` : ''}`}
        onClick={(event) => {
          event.preventDefault();
          if (source) environment.open(fields);
        }}
      >
        {label || '·'}
      </sup>
      {(cardOpen || isSelected) && (
        <span className="bw-cite-card" role="tooltip" data-testid="citation-card" contentEditable={false}>
          <span className="bw-cite-card-reference">
            <strong>{number}.</strong>{' '}
            {reference.map((run, index) => (run.italic ? <i key={index}>{run.text}</i> : <span key={index}>{run.text}</span>))}
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
      )}
    </span>
  );
}
