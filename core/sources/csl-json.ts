import { z } from 'zod';
import { BriefError } from '../errors';
import {
  CREDIBILITY,
  CSL_TYPES,
  RELIABILITY,
  SOURCE_KINDS,
  SourceSchema,
  type CslType,
  type DocumentSource,
  type PartialDate,
  type SourceKind,
  type SourceName,
} from './schema';

/**
 * Sources to and from CSL-JSON, the exchange format of Zotero, Mendeley, pandoc and
 * citation-js. Bibliographic fields map one to one. The analyst's own fields (originator,
 * source type, grade, descriptor, portion mark) have no CSL variable, so they travel in
 * CSL `note` — Zotero's "Extra" field — as `briefwright-…: value` lines at its top, the
 * "Label: value" convention Zotero and citeproc-js use for fields they lack. Zotero keeps
 * lines it does not know, so a source survives a trip through Zotero and back.
 */

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
}

export interface CslDate {
  'date-parts': number[][];
}

/** A CSL-JSON item as Briefwright writes it. */
export interface CslItem {
  id: string;
  type: CslType;
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
  note?: string;
}

/** Sources read from a file, and what was skipped or left out, one sentence each for the analyst. */
export interface SourceImport {
  sources: DocumentSource[];
  problems: string[];
}

// ── Analyst fields in `note` ─────────────────────────────────────────────────────────

const NOTE_KEYS = {
  originator: 'briefwright-originator',
  kind: 'briefwright-kind',
  reliability: 'briefwright-reliability',
  credibility: 'briefwright-credibility',
  descriptor: 'briefwright-descriptor',
  portionMark: 'briefwright-portion-mark',
} as const;
type AnalystField = keyof typeof NOTE_KEYS;
const FIELD_BY_KEY = new Map<string, AnalystField>(Object.entries(NOTE_KEYS).map(([field, key]) => [key, field as AnalystField]));

// One line per field: backslashes and line breaks are escaped so any value comes back exactly.
const escapeValue = (value: string): string => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const unescapeValue = (value: string): string => value.replace(/\\([\\nr])/g, (_, char: string) => (char === 'n' ? '\n' : char === 'r' ? '\r' : '\\'));

function writeNote(source: DocumentSource): string {
  const lines = [`${NOTE_KEYS.kind}: ${source.kind}`];
  if (source.originator) lines.unshift(`${NOTE_KEYS.originator}: ${escapeValue(source.originator)}`);
  if (source.reliability) lines.push(`${NOTE_KEYS.reliability}: ${source.reliability}`);
  if (source.credibility) lines.push(`${NOTE_KEYS.credibility}: ${source.credibility}`);
  if (source.descriptor) lines.push(`${NOTE_KEYS.descriptor}: ${escapeValue(source.descriptor)}`);
  if (source.portionMark) lines.push(`${NOTE_KEYS.portionMark}: ${escapeValue(source.portionMark)}`);
  if (source.notes) lines.push(source.notes);
  return lines.join('\n');
}

// `s`: a value may hold U+2028 or U+2029, which `.` would otherwise stop at.
const OUR_LINE = /^(briefwright-[a-z-]+): ?(.*?)\r?$/s;
// citeproc-js reads "key: value" lines only at the top of `note`, up to the first other line.
const FIELD_LINE = /^[^\s:][^:\n]*: /;

/** Our fields from the top of `note`; everything else in it, other tools' fields included, is the analyst's notes. */
function readNote(note: string): { fields: Partial<Record<AnalystField, string>>; notes: string } {
  const lines = note.split('\n');
  const fields: Partial<Record<AnalystField, string>> = {};
  const kept: string[] = [];
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (!FIELD_LINE.test(line)) break;
    const [, key = '', value = ''] = OUR_LINE.exec(line) ?? [];
    const field = FIELD_BY_KEY.get(key);
    if (field) fields[field] = unescapeValue(value);
    else kept.push(line);
  }
  return { fields, notes: [...kept, ...lines.slice(index)].join('\n') };
}

// ── Writing ──────────────────────────────────────────────────────────────────────────

function toCslDate(date: PartialDate): CslDate | undefined {
  return date ? { 'date-parts': [date.split('-').map(Number)] } : undefined;
}

function toCslName(name: SourceName): CslName {
  if ('literal' in name) return { literal: name.literal };
  return name.given ? { family: name.family, given: name.given } : { family: name.family };
}

/** CSL-JSON for Zotero and other reference managers; the snapshot stays in the .brief file. */
export function toCslJson(sources: readonly DocumentSource[]): CslItem[] {
  return sources.map((source) => {
    const item: CslItem = { id: source.id, type: source.cslType };
    if (source.title) item.title = source.title;
    if (source.authors.length > 0) item.author = source.authors.map(toCslName);
    if (source.containerTitle) item['container-title'] = source.containerTitle;
    if (source.publisher) item.publisher = source.publisher;
    if (source.place) item['publisher-place'] = source.place;
    const issued = toCslDate(source.issued);
    if (issued) item.issued = issued;
    const accessed = toCslDate(source.accessed);
    if (accessed) item.accessed = accessed;
    if (source.url) item.URL = source.url;
    if (source.language) item.language = source.language;
    item.note = writeNote(source);
    return item;
  });
}

// ── Reading ──────────────────────────────────────────────────────────────────────────

// Exporters write numbers where CSL expects text (ids, years) and `null` for "none".
const CslText = z.union([z.string(), z.number()]).transform(String).nullish();
const CslNameInput = z.object({
  family: CslText,
  given: CslText,
  literal: CslText,
  'non-dropping-particle': CslText,
  'dropping-particle': CslText,
  suffix: CslText,
});
const CslDateInput = z.union([
  z.object({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).nullish(), raw: CslText, literal: CslText }),
  z.string(),
]);
const CslItemInput = z.object({
  id: CslText,
  type: z.string().nullish(),
  title: CslText,
  author: z.array(CslNameInput).nullish(),
  'container-title': CslText,
  'collection-title': CslText,
  publisher: CslText,
  'publisher-place': CslText,
  'event-place': CslText,
  issued: CslDateInput.nullish(),
  accessed: CslDateInput.nullish(),
  URL: CslText,
  DOI: CslText,
  language: CslText,
  note: CslText,
});

/** CSL types outside our subset, read as the nearest kind we format. */
const NEAREST_TYPE: Readonly<Record<string, CslType>> = {
  thesis: 'report',
  pamphlet: 'report',
  standard: 'report',
  manuscript: 'document',
  'paper-conference': 'chapter',
  entry: 'chapter',
  'entry-dictionary': 'chapter',
  'entry-encyclopedia': 'chapter',
  collection: 'book',
  classic: 'book',
  bill: 'legislation',
  regulation: 'legislation',
  treaty: 'legislation',
  motion_picture: 'broadcast',
  review: 'article-journal',
  'review-book': 'article-journal',
};

/** The source type an analyst would most likely give a reference that arrives without one. */
const KIND_BY_TYPE: Partial<Record<CslType, SourceKind>> = {
  report: 'report',
  personal_communication: 'meeting-notes',
  post: 'social-media',
  'post-weblog': 'social-media',
  'article-journal': 'academic',
  book: 'academic',
  chapter: 'academic',
  speech: 'official-statement',
  legislation: 'official-statement',
  interview: 'transcript',
  broadcast: 'transcript',
  webpage: 'other',
  document: 'other',
};

/** Kinds whose container is the series they appear in (CSL `collection-title`, Zotero "Series"). */
const SERIES_TYPES: ReadonlySet<CslType> = new Set(['report', 'book']);

function cslTypeOf(type: string | null | undefined): CslType {
  if (!type) return 'document';
  return (CSL_TYPES as readonly string[]).includes(type) ? (type as CslType) : (NEAREST_TYPE[type] ?? 'document');
}

// The rich-text tags CSL allows in fields; citation-js also writes them for LaTeX \emph etc.
const CSL_MARKUP = /<\/?(?:i|b|sup|sub|sc)>|<span\s+(?:class="nocase"|style="font-variant:\s*small-caps;?")>|<\/span>/g;

/** A title without CSL's formatting tags, which Briefwright sets itself. */
export function stripCslMarkup(text: string): string {
  return text.replace(CSL_MARKUP, '');
}

function readName(name: z.infer<typeof CslNameInput>): SourceName | null {
  if (name.literal) return { literal: name.literal };
  const family = [name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
  const given = [name.given, name['dropping-particle']].filter(Boolean).join(' ');
  if (family) return { family, given };
  return given ? { literal: given } : null;
}

const pad = (part: number): string => String(part).padStart(2, '0');

function partialDate(year: number, month?: number, day?: number): PartialDate | null {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return null;
  const yyyy = String(year).padStart(4, '0');
  if (month === undefined) return yyyy;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (day === undefined) return `${yyyy}-${pad(month)}`;
  if (!Number.isInteger(day) || day < 1 || day > 31) return null;
  return `${yyyy}-${pad(month)}-${pad(day)}`;
}

/** A CSL date as YYYY[-MM[-DD]]; `null` when it cannot be read without guessing (seasons, prose). */
function readDate(value: z.infer<typeof CslDateInput>): { date: PartialDate | null; written: string } {
  if (typeof value !== 'string' && value['date-parts']?.[0]?.length) {
    const parts = (value['date-parts'][0] ?? []).map((part) => (typeof part === 'number' ? part : /^\d+$/.test(part.trim()) ? Number(part) : NaN));
    const [year = NaN, month, day] = parts;
    return { date: partialDate(year, month, day), written: value['date-parts'][0].join('-') };
  }
  const written = typeof value === 'string' ? value : (value.raw ?? value.literal ?? '');
  // ISO dates, with a time or not, and RIS's "2022/01/30/" or "2023/05//".
  const match = /^\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?[-/.]*(?:T[\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?\s*$/.exec(written);
  if (!match) return { date: written.trim() ? null : '', written };
  const [, year, month, day] = match;
  return { date: partialDate(Number(year), month === undefined ? undefined : Number(month), day === undefined ? undefined : Number(day)), written };
}

const VALID_ID = /^[A-Za-z0-9_-]{1,100}$/;
const ID_CHARACTERS = /[^A-Za-z0-9_-]+/g;

/**
 * An id our schema accepts, unique in this import. A valid id is kept as it is (so our own
 * export comes back unchanged); Zotero's item URI is cut to its key ("…/items/ABCD1234").
 */
function sourceIdFor(rawId: string | null | undefined, position: number, takenIds: Set<string>): string {
  const raw = rawId ?? '';
  const lastSegment = raw.split('/').filter(Boolean).pop() ?? '';
  const base = VALID_ID.test(raw) ? raw : lastSegment.replace(ID_CHARACTERS, '-').replace(/^-+|-+$/g, '').slice(0, 100) || `source-${position}`;
  let id = base;
  for (let suffix = 2; takenIds.has(id); suffix += 1) id = `${base.slice(0, 99 - String(suffix).length)}-${suffix}`;
  takenIds.add(id);
  return id;
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length > 0 ? `its “${issue.path.join('.')}”` : 'it';
  if (issue.code === 'too_big') return `${where} is longer than Briefwright keeps`;
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union') return `${where} has the wrong kind of value`;
  return `${where} is not valid (${issue.message})`;
}

function labelOf(value: unknown, label: string): string {
  const title = typeof value === 'object' && value !== null && 'title' in value && typeof value.title === 'string' ? value.title.trim() : '';
  return title ? `${label} (“${title.length > 60 ? `${title.slice(0, 59)}…` : title}”)` : label;
}

/** Originator, source type, grade, descriptor and portion mark from `note`; a value we cannot use is reported and dropped. */
function analystFields(note: string, type: CslType, label: string, problems: string[]) {
  const { fields, notes } = readNote(note);
  const kind = fields.kind ?? KIND_BY_TYPE[type] ?? 'news-report';
  const reliability = fields.reliability ?? '';
  const credibility = fields.credibility ?? '';
  const known = <T extends string>(value: string, labels: Readonly<Record<T, string>>): value is T => Object.hasOwn(labels, value);
  if (!known(kind, SOURCE_KINDS)) problems.push(`${label}: the source type “${kind}” is not one Briefwright knows; it was set to “Other”.`);
  if (reliability && !known(reliability, RELIABILITY)) problems.push(`${label}: the reliability grade “${reliability}” is not A–F; it was left ungraded.`);
  if (credibility && !known(credibility, CREDIBILITY)) problems.push(`${label}: the credibility grade “${credibility}” is not 1–6; it was left ungraded.`);
  return {
    originator: fields.originator ?? '',
    kind: known(kind, SOURCE_KINDS) ? kind : ('other' as const),
    reliability: known(reliability, RELIABILITY) ? reliability : null,
    credibility: known(credibility, CREDIBILITY) ? credibility : null,
    descriptor: fields.descriptor ?? '',
    portionMark: fields.portionMark ?? '',
    notes,
  };
}

/**
 * One CSL-JSON item as a source, or `null` when it cannot be one; each problem is a
 * sentence naming the item by `label` ("Reference 3", "BibTeX entry “smith2023”").
 * `takenIds` keeps ids unique across the items of one import.
 */
export function sourceFromCslItem(value: unknown, label: string, position: number, takenIds: Set<string>): { source: DocumentSource | null; problems: string[] } {
  const named = labelOf(value, label);
  const parsed = CslItemInput.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const reason = typeof value !== 'object' || value === null || Array.isArray(value) ? 'it is not a reference' : issue ? describeIssue(issue) : 'it could not be read';
    return { source: null, problems: [`${named} was skipped: ${reason}.`] };
  }
  const item = parsed.data;
  const problems: string[] = [];
  const type = cslTypeOf(item.type);
  const names = (item.author ?? []).map(readName);
  if (names.includes(null)) problems.push(`${named}: an author with no name was left out.`);
  const authors = names.filter((name) => name !== null);
  const dateOf = (field: 'issued' | 'accessed', what: string): PartialDate => {
    const raw = item[field];
    if (!raw) return '';
    const { date, written } = readDate(raw);
    if (date === null) problems.push(`${named}: the ${what} “${written}” could not be read as a date; it was left empty for you to fill in.`);
    return date ?? '';
  };
  const candidate = {
    id: sourceIdFor(item.id, position, takenIds),
    cslType: type,
    title: stripCslMarkup(item.title ?? ''),
    authors,
    containerTitle: stripCslMarkup(item['container-title'] ?? (SERIES_TYPES.has(type) ? (item['collection-title'] ?? '') : '')),
    publisher: item.publisher ?? '',
    issued: dateOf('issued', 'publication date'),
    url: item.URL || (item.DOI ? `https://doi.org/${item.DOI}` : ''),
    accessed: dateOf('accessed', 'access date'),
    language: item.language ?? '',
    place: item['publisher-place'] ?? item['event-place'] ?? '',
    ...analystFields(item.note ?? '', type, named, problems),
  };
  if (!candidate.title && authors.length === 0 && !candidate.containerTitle && !candidate.publisher && !candidate.url) {
    return { source: null, problems: [`${named} was skipped: it has no title, author, outlet or URL to cite it by.`] };
  }
  const source = SourceSchema.safeParse(candidate);
  if (!source.success) {
    const issue = source.error.issues[0];
    return { source: null, problems: [`${named} was skipped: ${issue ? describeIssue(issue) : 'it could not be read'}.`] };
  }
  return { source: source.data, problems };
}

/**
 * Sources from CSL-JSON: the text of a file or an already parsed value. A file that is not
 * a JSON list of references is refused; an item that cannot be read is skipped and named in
 * `problems` (counting from 1), and the others are kept.
 */
export function fromCslJson(input: unknown): SourceImport {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new BriefError('invalid-request', 'This is not a CSL-JSON file: its text is not valid JSON.', error instanceof Error ? error.message : String(error));
    }
  }
  if (!Array.isArray(value)) {
    throw new BriefError('invalid-request', 'This is not a CSL-JSON file: it should hold a list of references.', `Expected a JSON array, found ${value === null ? 'null' : typeof value}.`);
  }
  if (value.length === 0) return { sources: [], problems: ['The file holds no references.'] };
  const takenIds = new Set<string>();
  const sources: DocumentSource[] = [];
  const problems: string[] = [];
  value.forEach((item: unknown, index) => {
    const read = sourceFromCslItem(item, `Reference ${index + 1}`, index + 1, takenIds);
    if (read.source) sources.push(read.source);
    problems.push(...read.problems);
  });
  return { sources, problems };
}
