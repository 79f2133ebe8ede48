import { useState, type ReactNode } from 'react';
import { formatAuthors, parseAuthors } from '../../../core/sources/names';
import {
  CREDIBILITY,
  CSL_TYPES,
  PartialDateSchema,
  RELIABILITY,
  SOURCE_KINDS,
  type Credibility,
  type CslType,
  type DocumentSource,
  type Reliability,
  type SourceKind,
} from '../../../core/sources/schema';

/** Labels for the bibliographic kinds, in the analyst's words. */
const CSL_TYPE_LABELS: Record<CslType, string> = {
  'article-newspaper': 'News article',
  'article-magazine': 'Magazine article',
  'article-journal': 'Journal article',
  webpage: 'Web page',
  post: 'Social media post',
  'post-weblog': 'Blog post',
  report: 'Report',
  speech: 'Speech or statement',
  interview: 'Interview',
  personal_communication: 'Personal communication',
  broadcast: 'Broadcast',
  book: 'Book',
  chapter: 'Book chapter',
  legislation: 'Legislation',
  document: 'Other document',
};

type TextField = 'title' | 'containerTitle' | 'publisher' | 'originator' | 'issued' | 'place' | 'url' | 'accessed' | 'language' | 'descriptor' | 'portionMark' | 'notes';

/** The problems that stop a source being kept, by field. */
export function sourceProblems(source: DocumentSource): Map<string, string> {
  const problems = new Map<string, string>();
  if (!source.title.trim()) problems.set('title', 'Give the source a title: references are built from it.');
  for (const field of ['issued', 'accessed'] as const) {
    if (!PartialDateSchema.safeParse(source[field]).success) problems.set(field, 'Write the date as 2022-01-30, 2022-01 or 2022.');
  }
  return problems;
}

/**
 * A source's details, each editable: what capture detected is shown with where it came
 * from, so the analyst confirms rather than retypes.
 */
export function SourceDetailsForm({
  source,
  onChange,
  problems,
  evidence = new Map(),
}: {
  source: DocumentSource;
  onChange: (next: DocumentSource) => void;
  problems: ReadonlyMap<string, string>;
  /** Where a detected value came from ("byline", "meta og:site_name"), by field. */
  evidence?: ReadonlyMap<string, string>;
}) {
  // Authors are edited as text and parsed on every change; the text is kept so typing "Doe," is not rewritten mid-word.
  const [authorsText, setAuthorsText] = useState(() => formatAuthors(source.authors));
  const set = <K extends keyof DocumentSource>(field: K, value: DocumentSource[K]) => onChange({ ...source, [field]: value });

  const row = (field: string, label: string, control: ReactNode) => {
    const problem = problems.get(field);
    const hint = evidence.get(field);
    return (
      <div className="metadata-field" key={field}>
        <label htmlFor={`source-${field}`}>{label}</label>
        {control}
        {hint && (
          <span className="detected-hint" id={`source-${field}-hint`}>
            Detected from {hint}
          </span>
        )}
        {problem && (
          <p className="field-problem" id={`source-${field}-problem`} role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  };
  const describedBy = (field: string) => [problems.has(field) ? `source-${field}-problem` : '', evidence.has(field) ? `source-${field}-hint` : ''].filter(Boolean).join(' ') || undefined;
  const text = (field: TextField, label: string, options: { placeholder?: string; multiline?: boolean; dir?: 'auto' } = {}) => {
    const common = {
      id: `source-${field}`,
      value: source[field],
      placeholder: options.placeholder,
      dir: options.dir,
      'data-source-field': field,
      'aria-invalid': problems.has(field),
      'aria-describedby': describedBy(field),
    };
    return row(
      field,
      label,
      options.multiline ? (
        <textarea {...common} rows={2} onChange={(event) => set(field, event.target.value)} />
      ) : (
        <input {...common} onChange={(event) => set(field, event.target.value)} />
      ),
    );
  };

  return (
    <div className="metadata-form source-form">
      {text('title', 'Title', { dir: 'auto' })}
      {row(
        'authors',
        'Authors',
        <input
          id="source-authors"
          value={authorsText}
          placeholder="Julian Bechocha; Doe, Jane; {Agency staff}"
          data-source-field="authors"
          aria-describedby={describedBy('authors')}
          onChange={(event) => {
            setAuthorsText(event.target.value);
            set('authors', parseAuthors(event.target.value));
          }}
        />,
      )}
      <div className="form-pair">
        {text('containerTitle', 'Outlet', { placeholder: 'Newspaper, website, journal' })}
        {text('publisher', 'Publisher')}
      </div>
      {text('originator', 'Originator, if not the publisher', { placeholder: 'Who first reported it, e.g. SOHR' })}
      <div className="form-pair">
        {text('issued', 'Published', { placeholder: '2022-01-30' })}
        {text('place', 'Place (dateline)')}
      </div>
      {text('url', 'URL')}
      <div className="form-pair">
        {text('accessed', 'Accessed', { placeholder: '2026-11-29' })}
        {text('language', 'Language', { placeholder: 'en, ar, ckb' })}
      </div>
      <div className="form-pair">
        {row(
          'cslType',
          'Kind of document',
          <select id="source-cslType" value={source.cslType} data-source-field="cslType" onChange={(event) => set('cslType', event.target.value as CslType)}>
            {CSL_TYPES.map((type) => (
              <option key={type} value={type}>
                {CSL_TYPE_LABELS[type]}
              </option>
            ))}
          </select>,
        )}
        {row(
          'kind',
          'Source type',
          <select id="source-kind" value={source.kind} data-source-field="kind" onChange={(event) => set('kind', event.target.value as SourceKind)}>
            {Object.entries(SOURCE_KINDS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </select>,
        )}
      </div>
      <fieldset className="grade-fieldset">
        <legend>Admiralty grade</legend>
        <div className="form-pair">
          {row(
            'reliability',
            'Source reliability',
            <select
              id="source-reliability"
              value={source.reliability ?? ''}
              data-source-field="reliability"
              onChange={(event) => set('reliability', (event.target.value || null) as Reliability | null)}
            >
              <option value="">Not graded</option>
              {Object.entries(RELIABILITY).map(([grade, label]) => (
                <option key={grade} value={grade}>
                  {grade} — {label}
                </option>
              ))}
            </select>,
          )}
          {row(
            'credibility',
            'Information credibility',
            <select
              id="source-credibility"
              value={source.credibility ?? ''}
              data-source-field="credibility"
              onChange={(event) => set('credibility', (event.target.value || null) as Credibility | null)}
            >
              <option value="">Not graded</option>
              {Object.entries(CREDIBILITY).map(([grade, label]) => (
                <option key={grade} value={grade}>
                  {grade} — {label}
                </option>
              ))}
            </select>,
          )}
        </div>
      </fieldset>
      {text('descriptor', 'Descriptor', { placeholder: 'Kurdish regional outlet; reporter in Erbil', multiline: true })}
      {text('portionMark', 'Portion mark', { placeholder: 'U' })}
      {text('notes', 'Notes', { multiline: true })}
    </div>
  );
}
