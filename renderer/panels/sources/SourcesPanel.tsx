import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useMemo, useState, useSyncExternalStore } from 'react';
import type { TextQuoteSelector } from '../../../core/citations/schema';
import { gradeLabel, outletOf, RELIABILITY, CREDIBILITY, type DocumentSource } from '../../../core/sources/schema';
import { INSERT_CITATION_COMMAND } from '../../editor/plugins/citations/citation-commands';
import { $reanchorCitations } from '../../editor/plugins/citations/reanchor';
import { useCitationEnvironment } from '../../editor/plugins/citations/citations-context';
import { sha256Hex } from '../../../core/text/sha256';
import { FileButton } from '../../dialogs/FileButton';
import { SourceDetailsForm, sourceProblems } from './SourceDetailsForm';
import { SourceViewer } from './SourceViewer';
import { buildSourceIndex, filterSources, type SourceSort } from './source-search';
import './sources.css';

/** Which source the panel shows, and the passage to bring into view. */
export interface SourcesView {
  sourceId: string | null;
  focus: TextQuoteSelector | null;
}

export interface SourcesPanelProps {
  sources: readonly DocumentSource[];
  readOnly: boolean;
  view: SourcesView;
  onView: (view: SourcesView) => void;
  onChange: (sources: DocumentSource[]) => void;
  /** Opens the paste dialog. */
  onAdd: () => void;
  /** Captures dropped or chosen files. */
  onAddFiles: (files: File[]) => void;
  /** Adds the references in a CSL-JSON, BibTeX or RIS file. */
  onImportReferences: (file: File) => void;
  onCopyCslJson: () => void;
  onHide: () => void;
}

/** Accepted by "Open a file…" and by dropping on the panel. */
const SOURCE_FILE_TYPES = '.txt,.text,.html,.htm,.md,.markdown,.pdf,.docx';

/**
 * The document's sources: a searchable, sortable list with grades and citation counts,
 * and a viewer for one source's text, from which passages are cited at the caret.
 */
export function SourcesPanel({ sources, readOnly, view, onView, onChange, onAdd, onAddFiles, onImportReferences, onCopyCslJson, onHide }: SourcesPanelProps) {
  const [editor] = useLexicalComposerContext();
  const { index } = useCitationEnvironment();
  useSyncExternalStore(index.subscribe, index.getVersion);
  const counts = index.countsBySource();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<SourceSort>('added');
  const searchIndex = useMemo(() => buildSourceIndex(sources), [sources]);
  const shown = filterSources(sources, searchIndex, query, sort);
  const selected = view.sourceId ? sources.find((source) => source.id === view.sourceId) : undefined;
  const [dropping, setDropping] = useState(false);

  const cite = (source: DocumentSource, selector: TextQuoteSelector | null, pinpoint: string) => {
    editor.dispatchCommand(INSERT_CITATION_COMMAND, { sourceId: source.id, selector, pinpoint });
    editor.focus();
  };

  return (
    <aside
      className={`sources-panel${dropping ? ' is-dropping' : ''}`}
      aria-label="Sources"
      data-testid="sources-panel"
      onDragOver={(event) => {
        if (readOnly || !event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDropping(true);
      }}
      onDragLeave={() => setDropping(false)}
      onDrop={(event) => {
        setDropping(false);
        if (readOnly || event.dataTransfer.files.length === 0) return;
        event.preventDefault();
        onAddFiles(Array.from(event.dataTransfer.files));
      }}
    >
      <div className="panel-head">
        <h2>Sources</h2>
        <button type="button" className="panel-close" onClick={onHide} aria-label="Hide sources" title="Hide sources">
          ×
        </button>
      </div>
      {selected ? (
        <SourceDetail
          key={selected.id}
          source={selected}
          citedCount={counts.get(selected.id) ?? 0}
          cited={index
            .all()
            .filter((citation) => citation.fields.sourceId === selected.id && citation.fields.selector)
            .map((citation) => citation.fields.selector as TextQuoteSelector)}
          focus={view.focus}
          readOnly={readOnly}
          onBack={() => onView({ sourceId: null, focus: null })}
          onCite={(selector, pinpoint) => cite(selected, selector, pinpoint)}
          onSave={(next) => {
            if (next.snapshot && next.snapshot.text !== selected.snapshot?.text) {
              const text = next.snapshot.text;
              editor.update(() => $reanchorCitations(next.id, text));
            }
            onChange(sources.map((source) => (source.id === next.id ? next : source)));
          }}
          onDelete={() => {
            onChange(sources.filter((source) => source.id !== selected.id));
            onView({ sourceId: null, focus: null });
          }}
        />
      ) : (
        <>
          {!readOnly && (
            <div className="panel-actions">
              <button type="button" onClick={onAdd} data-testid="add-source-paste">
                Paste a source…
              </button>
              <FileButton label="Open a file…" accept={SOURCE_FILE_TYPES} multiple testId="add-source-file" onFiles={onAddFiles} />
              <FileButton
                label="Import references…"
                accept=".json,.bib,.bibtex,.ris"
                testId="import-references"
                title="Add references exported from Zotero or another reference manager"
                onFiles={([file]) => file && onImportReferences(file)}
              />
              <button type="button" onClick={onCopyCslJson} disabled={sources.length === 0} title="Copy the sources as CSL-JSON, for Zotero">
                Copy as CSL-JSON
              </button>
            </div>
          )}
          <div className="source-filters">
            <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder="Search titles and text" aria-label="Search sources" data-testid="source-search" />
            <select value={sort} onChange={(event) => setSort(event.target.value as SourceSort)} aria-label="Sort sources">
              <option value="added">Order added</option>
              <option value="date">Newest first</option>
              <option value="outlet">Outlet</option>
              <option value="grade">Grade</option>
            </select>
          </div>
          {sources.length === 0 ? (
            <p className="hint panel-empty">No sources yet. Paste an article, or open or drop a text, HTML, Markdown, PDF or Word file here. Its text is kept in the document, so citations work offline.</p>
          ) : shown.length === 0 ? (
            <p className="hint panel-empty">No source matches “{query}”.</p>
          ) : (
            <ul className="source-list" aria-label="Sources in this document">
              {shown.map((source) => {
                const count = counts.get(source.id) ?? 0;
                const grade = gradeLabel(source);
                return (
                  <li key={source.id}>
                    <button type="button" className="source-row" data-source-id={source.id} onClick={() => onView({ sourceId: source.id, focus: null })}>
                      <span className="source-row-title" dir="auto">
                        {source.title || 'Untitled source'}
                      </span>
                      <span className="source-row-meta">
                        {[outletOf(source), source.issued].filter(Boolean).join(' · ') || 'No outlet or date'}
                      </span>
                      <span className="source-row-badges">
                        {grade ? (
                          <span className="grade-badge" title={gradeTitle(source)}>
                            {grade}
                          </span>
                        ) : (
                          <span className="ungraded-badge">Not graded</span>
                        )}
                        <span className="cite-count" data-testid="cite-count">
                          {count === 0 ? 'Not cited' : count === 1 ? 'Cited once' : `Cited ${count} times`}
                        </span>
                      </span>
                    </button>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </aside>
  );
}

function gradeTitle(source: DocumentSource): string {
  const parts = [source.reliability ? RELIABILITY[source.reliability] : 'reliability not graded', source.credibility ? CREDIBILITY[source.credibility] : 'credibility not graded'];
  return parts.join('; ');
}

/** One source: its text with the cited passages, its details (editable), and deleting it. */
function SourceDetail({
  source,
  citedCount,
  cited,
  focus,
  readOnly,
  onBack,
  onCite,
  onSave,
  onDelete,
}: {
  source: DocumentSource;
  citedCount: number;
  cited: TextQuoteSelector[];
  focus: TextQuoteSelector | null;
  readOnly: boolean;
  onBack: () => void;
  onCite: (selector: TextQuoteSelector | null, pinpoint: string) => void;
  onSave: (source: DocumentSource) => void;
  onDelete: () => void;
}) {
  const [draft, setDraft] = useState<DocumentSource | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const grade = gradeLabel(source);

  if (draft) {
    const problems = sourceProblems(draft);
    return (
      <form
        className="source-detail"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (problems.size > 0) return;
          onSave(draft);
          setDraft(null);
        }}
      >
        <SourceDetailsForm source={draft} onChange={setDraft} problems={problems} />
        <div className="dialog-actions">
          <button type="button" onClick={() => setDraft(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="save-source-details" disabled={problems.size > 0}>
            Save details
          </button>
        </div>
      </form>
    );
  }

  if (correcting !== null && source.snapshot) {
    const snapshot = source.snapshot;
    return (
      <form
        className="source-detail"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          // The fingerprint follows the text, so a reader can see the snapshot was corrected after capture.
          onSave({ ...source, snapshot: { ...snapshot, text: correcting, sha256: sha256Hex(correcting) } });
          setCorrecting(null);
        }}
      >
        <label htmlFor="correct-snapshot" className="field-label">
          Correct the captured text (a typo, a line the capture missed). Citations find their passages again by their words and context.
        </label>
        <textarea id="correct-snapshot" className="correct-snapshot" dir="auto" value={correcting} onChange={(event) => setCorrecting(event.target.value)} data-testid="correct-snapshot" />
        <div className="dialog-actions">
          <button type="button" onClick={() => setCorrecting(null)}>
            Cancel
          </button>
          <button type="submit" className="primary" data-testid="save-snapshot" disabled={!correcting.trim()}>
            Save text
          </button>
        </div>
      </form>
    );
  }

  return (
    <div className="source-detail" data-testid="source-detail">
      <button type="button" className="link-button back-button" onClick={onBack}>
        ← All sources
      </button>
      <h3 className="source-detail-title" dir="auto">
        {source.title || 'Untitled source'} {grade && <span className="grade-badge">{grade}</span>}
      </h3>
      <p className="source-row-meta">
        {[outletOf(source), source.originator && `originator: ${source.originator}`, source.issued, source.place].filter(Boolean).join(' · ')}
      </p>
      {!readOnly && (
        <div className="panel-actions">
          <button type="button" onClick={() => setDraft(source)} data-testid="edit-source">
            Edit details…
          </button>
          {source.snapshot && (
            <button type="button" onClick={() => setCorrecting(source.snapshot?.text ?? '')} data-testid="correct-text">
              Correct the text…
            </button>
          )}
          <button type="button" onClick={() => (citedCount > 0 ? setConfirmingDelete(true) : onDelete())} data-testid="delete-source">
            Delete
          </button>
        </div>
      )}
      {confirmingDelete && (
        <div className="confirm-strip" role="alertdialog" aria-label="Delete a cited source?" data-testid="confirm-delete-source">
          <p>
            This source is cited {citedCount === 1 ? 'once' : `${citedCount} times`}. Deleting it leaves {citedCount === 1 ? 'that citation' : 'those citations'} pointing at nothing; they will be flagged.
          </p>
          <button type="button" onClick={() => setConfirmingDelete(false)}>
            Keep it
          </button>
          <button type="button" className="danger" onClick={onDelete} data-testid="confirm-delete">
            Delete anyway
          </button>
        </div>
      )}
      <SourceViewer source={source} cited={cited} focus={focus} readOnly={readOnly} onCite={onCite} />
    </div>
  );
}
