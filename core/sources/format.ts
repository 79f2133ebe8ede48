import type { CitationFields } from '../citations/schema';
import { CREDIBILITY, RELIABILITY, SOURCE_KINDS, displayName, gradeLabel, outletOf, type CslType, type DocumentSource, type SourceName } from './schema';

/**
 * References in two fixed styles, written as rich-text runs so the DOCX and PDF writers and
 * the editor's hover can set titles in italics and URLs as links:
 *
 * - notes (Chicago notes-bibliography): a full note the first time a source is cited, a
 *   short note after that, "Ibid." when the note before cites the same source alone;
 * - the source list (ICS 206-01): author, title, publisher, dates, URL, source type,
 *   descriptor, Admiralty grade and the source's own portion mark.
 *
 * No CSL processor: two styles do not need one, and a table per bibliographic kind keeps
 * the rules readable and testable.
 */

/** A stretch of reference text with one formatting. `url` is set only for web and mail links. */
export interface RefRun {
  text: string;
  italic?: boolean;
  url?: string;
}

/** What a note needs of a citation: the source it cites and where in it. */
export type NoteCitation = Pick<CitationFields, 'sourceId'> & { pinpoint?: string };

/** One footnote or endnote: a single citation, or several cited at one point of the text. */
export type Note = NoteCitation | readonly NoteCitation[];

export type SourceListOrder = 'order-of-first-citation' | 'author' | 'date';

// ── Dates ────────────────────────────────────────────────────────────────────────────

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * "2022", "January 2022" or "January 30, 2022" from YYYY / YYYY-MM / YYYY-MM-DD, read as
 * text (never through `Date`), so the host's locale and time zone cannot shift it. Anything
 * else is shown as written: a reference must not hide what the analyst typed.
 */
export function formatPartialDate(date: string): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const monthName = month === undefined ? undefined : MONTHS[Number(month) - 1];
  if (month !== undefined && monthName === undefined) return date;
  if (monthName === undefined) return year ?? date;
  return day === undefined ? `${monthName} ${year}` : `${monthName} ${Number(day)}, ${year}`;
}

// ── Runs ─────────────────────────────────────────────────────────────────────────────

/** The reference as plain text, for the clipboard, the CLI and accessibility labels. */
export function refRunsToPlainText(runs: readonly RefRun[]): string {
  return runs.map((run) => run.text).join('');
}

/** Joins neighbours with the same formatting so writers emit as few runs as possible. */
function mergeRuns(runs: readonly RefRun[]): RefRun[] {
  const merged: RefRun[] = [];
  for (const run of runs) {
    if (run.text === '') continue;
    const last = merged[merged.length - 1];
    if (last && Boolean(last.italic) === Boolean(run.italic) && last.url === run.url) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

// Only web and mail addresses become links: a `javascript:` or `file:` URL typed into a
// source must never turn into something a reader of the DOCX or PDF can click.
function linkRun(url: string): RefRun {
  return /^(https?:\/\/|mailto:)/i.test(url) ? { text: url, url } : { text: url };
}

/** One part of a reference; punctuation between parts is added when they are joined. */
interface Part {
  runs: RefRun[];
  /** A title in quotation marks: a following comma or period goes inside the closing mark. */
  quoted?: boolean;
  /** Publication facts in parentheses follow the part before with a space, not a comma. */
  parenthetical?: boolean;
}

const plain = (text: string): Part => ({ runs: [{ text }] });
const italic = (text: string): Part => ({ runs: [{ text, italic: true }] });

/**
 * Joins parts with `between` (", " in notes, ". " in the source list) and ends with `end`.
 * American style: commas and periods inside closing quotation marks, semicolons outside;
 * no comma or period after a title that ends in "?" or "!", no doubled period.
 */
function punctuate(parts: readonly Part[], between: ',' | '.', end: '.' | ';'): RefRun[] {
  const runs: RefRun[] = [];
  parts.forEach((part, index) => {
    const next = parts[index + 1];
    const wanted = next ? (next.parenthetical ? '' : between) : end;
    const last = refRunsToPlainText(part.runs);
    const swallowed = (wanted === ',' && /[?!]$/.test(last)) || (wanted === '.' && /[.?!]$/.test(last));
    const mark = swallowed ? '' : wanted;
    if (part.quoted) {
      const inside = mark === ';' ? '' : mark;
      runs.push({ text: '“' }, ...part.runs, { text: `${inside}”${mark === ';' ? ';' : ''}` });
    } else {
      runs.push(...part.runs, { text: mark });
    }
    if (next) runs.push({ text: ' ' });
  });
  return mergeRuns(runs);
}

// ── How each bibliographic kind is set ───────────────────────────────────────────────

/**
 * - `inline`: Author, “Title,” genre, *Outlet*, place, date (articles, web pages, posts);
 * - `publication`: Author, *Title*, Series (Place: Publisher, date) (books, reports, chapters);
 * - `occasion`: Author, “Title” (speech, Event, place, date) (speeches).
 */
type Layout = 'inline' | 'publication' | 'occasion';

interface KindStyle {
  /** Quoted for a part of something larger, italic for a work that stands alone. */
  title: 'quoted' | 'italic' | 'roman';
  /** Newspapers, magazines, journals, blogs and programmes are italic; websites and platforms are not. */
  container: 'italic' | 'roman' | 'in-italic';
  layout: Layout;
  /** The word Chicago adds for spoken or unpublished sources. */
  genre?: (source: DocumentSource) => string;
  /** The place is part of the reference (books, speeches); for news it is only a dateline. */
  showsPlace: boolean;
}

const ARTICLE: KindStyle = { title: 'quoted', container: 'italic', layout: 'inline', showsPlace: false };
const STANDALONE: KindStyle = { title: 'italic', container: 'roman', layout: 'publication', showsPlace: true };

const KIND_STYLES: Record<CslType, KindStyle> = {
  'article-newspaper': ARTICLE,
  'article-magazine': ARTICLE,
  'article-journal': ARTICLE,
  broadcast: ARTICLE,
  'post-weblog': ARTICLE,
  webpage: { title: 'quoted', container: 'roman', layout: 'inline', showsPlace: false },
  post: { title: 'quoted', container: 'roman', layout: 'inline', showsPlace: false },
  document: { title: 'quoted', container: 'roman', layout: 'inline', showsPlace: false },
  legislation: { title: 'roman', container: 'roman', layout: 'inline', showsPlace: false },
  report: STANDALONE,
  book: STANDALONE,
  chapter: { title: 'quoted', container: 'in-italic', layout: 'publication', showsPlace: true },
  speech: { title: 'quoted', container: 'roman', layout: 'occasion', genre: () => 'speech', showsPlace: true },
  interview: { title: 'quoted', container: 'italic', layout: 'inline', genre: () => 'interview', showsPlace: true },
  personal_communication: {
    title: 'quoted',
    container: 'roman',
    layout: 'inline',
    genre: (source) => (source.kind === 'meeting-notes' ? 'meeting notes' : 'personal communication'),
    showsPlace: true,
  },
};

function titlePart(title: string, style: KindStyle['title']): Part {
  if (style === 'quoted') return { runs: [{ text: title }], quoted: true };
  return style === 'italic' ? italic(title) : plain(title);
}

function containerPart(container: string, style: KindStyle['container']): Part {
  if (style === 'in-italic') return { runs: [{ text: 'in ' }, { text: container, italic: true }] };
  return style === 'italic' ? italic(container) : plain(container);
}

function parenthetical(pieces: readonly string[]): Part[] {
  const inside = pieces.filter(Boolean).join(', ');
  return inside ? [{ runs: [{ text: `(${inside})` }], parenthetical: true }] : [];
}

/** Outlet, genre, place and date, set the way this kind of source is set. */
function publicationParts(source: DocumentSource, style: KindStyle): Part[] {
  const genre = style.genre?.(source) ?? '';
  const place = style.showsPlace ? source.place : '';
  const date = formatPartialDate(source.issued);
  if (style.layout === 'occasion') return parenthetical([genre, source.containerTitle, place, date]);
  if (style.layout === 'publication') {
    const imprint = source.place && source.publisher ? `${source.place}: ${source.publisher}` : source.place || source.publisher;
    return [...(source.containerTitle ? [containerPart(source.containerTitle, style.container)] : []), ...parenthetical([imprint, date])];
  }
  // An outlet named only by its publisher is not a periodical title: not italic.
  const outlet = source.containerTitle ? containerPart(source.containerTitle, style.container) : source.publisher ? plain(source.publisher) : null;
  return [genre ? plain(genre) : null, outlet, place ? plain(place) : null, date ? plain(date) : null].filter((part) => part !== null);
}

// ── Names ────────────────────────────────────────────────────────────────────────────

/** "A", "A and B", "A, B, and C"; four or more: "A et al." (Chicago notes). */
function listNames(names: readonly string[]): string {
  const [first, second, third] = names;
  if (first === undefined) return '';
  if (names.length >= 4) return `${first} et al.`;
  if (second === undefined) return first;
  if (third === undefined) return `${first} and ${second}`;
  return `${first}, ${second}, and ${third}`;
}

const surname = (name: SourceName): string => ('literal' in name ? name.literal : name.family);

/** "Bechocha, Julian": the first name of a list entry is inverted so the list sorts by it. */
const invertedName = (name: SourceName): string => ('literal' in name ? name.literal : [name.family, name.given].filter(Boolean).join(', '));

/** True when the originator is someone the reference does not already name. */
function originatorIsDistinct(source: DocumentSource): boolean {
  const originator = source.originator.trim().toLowerCase();
  if (!originator) return false;
  const named = [source.publisher, source.containerTitle, ...source.authors.map(displayName)].map((name) => name.trim().toLowerCase());
  return !named.includes(originator);
}

// ── Notes ────────────────────────────────────────────────────────────────────────────

const UNTITLED = '[Untitled source]';
const STOP_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'with', 'by', 'at', 'from']);
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/;

/**
 * Chicago's short title: the main title without its subtitle or a leading article, at most
 * four words, not ending on a small word. A right-to-left title is kept whole: cutting
 * Arabic or Sorani by spaces and English stop words would mangle it.
 */
export function shortTitle(title: string): string {
  if (RIGHT_TO_LEFT.test(title)) return title;
  const main = title.split(/:\s/)[0] ?? title;
  // "Readout: Iraqi NSA al-Araji…" would shrink to one word: keep the subtitle's start then.
  const words = (/\s/.test(main.trim()) ? main : title).trim().split(/\s+/).filter(Boolean);
  if (words.length > 1 && /^(a|an|the)$/i.test(words[0] ?? '')) words.shift();
  const kept = words.slice(0, 4);
  while (kept.length > 1 && STOP_WORDS.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.pop();
  return kept.join(' ').replace(/[,;:.]+$/, '');
}

function fullNoteParts(source: DocumentSource, pinpoint: string): Part[] {
  const style = KIND_STYLES[source.cslType];
  const parts: Part[] = [];
  if (source.authors.length > 0) parts.push(plain(listNames(source.authors.map(displayName))));
  if (source.title) parts.push(titlePart(source.title, style.title));
  parts.push(...publicationParts(source, style));
  if (pinpoint) parts.push(plain(pinpoint));
  if (originatorIsDistinct(source)) parts.push(plain(`citing ${source.originator.trim()}`));
  if (source.url) parts.push({ runs: [linkRun(source.url)] });
  if (source.accessed) parts.push(plain(`accessed ${formatPartialDate(source.accessed)}`));
  return parts.length > 0 ? parts : [plain(UNTITLED)];
}

function shortNoteParts(source: DocumentSource, pinpoint: string): Part[] {
  const style = KIND_STYLES[source.cslType];
  const parts: Part[] = [];
  if (source.authors.length > 0) parts.push(plain(listNames(source.authors.map(surname))));
  if (source.title) parts.push(titlePart(shortTitle(source.title), style.title));
  else if (parts.length === 0) parts.push(outletOf(source) ? plain(outletOf(source)) : plain(UNTITLED));
  if (pinpoint) parts.push(plain(pinpoint));
  return parts;
}

const isGroup = (note: Note): note is readonly NoteCitation[] => Array.isArray(note);

const ibidParts = (pinpoint: string): Part[] => [plain('Ibid.'), ...(pinpoint ? [plain(pinpoint)] : [])];
const missingParts = (sourceId: string): Part[] => [plain(`[Source missing: ${sourceId}]`)];

/** The first note for a source: the whole reference, e.g. for the editor's hover. */
export function formatFullNote(source: DocumentSource, pinpoint = ''): RefRun[] {
  return punctuate(fullNoteParts(source, pinpoint.trim()), ',', '.');
}

/** A later note for a source already cited in full: "Bechocha, “Iraq Urges States,” para. 4." */
export function formatShortNote(source: DocumentSource, pinpoint = ''): RefRun[] {
  return punctuate(shortNoteParts(source, pinpoint.trim()), ',', '.');
}

/** "Ibid." or "Ibid., para. 4." */
export function formatIbid(pinpoint = ''): RefRun[] {
  return punctuate(ibidParts(pinpoint.trim()), ',', '.');
}

/**
 * The notes of a document, in document order: a full note the first time a source is
 * cited, a short note afterwards, and "Ibid." when the note just before cited the same
 * source alone. "Ibid." is not used after or inside a note citing several sources (it would
 * be ambiguous), nor when the note before gave a pinpoint and this one cites the whole
 * source (it would claim the same pinpoint). Several citations at one point share a note,
 * joined with "; ". A citation whose source is gone says so rather than vanishing.
 */
export function formatNotes(notes: readonly Note[], sources: readonly DocumentSource[]): RefRun[][] {
  const byId = new Map(sources.map((source) => [source.id, source]));
  const citedBefore = new Set<string>();
  let previous: { sourceId: string; pinpoint: string } | null = null;

  const citationParts = (citation: NoteCitation, ibidAllowed: boolean): Part[] => {
    const pinpoint = citation.pinpoint?.trim() ?? '';
    const source = byId.get(citation.sourceId);
    if (!source) return missingParts(citation.sourceId);
    const sameAsPrevious = ibidAllowed && previous?.sourceId === source.id && (pinpoint !== '' || previous.pinpoint === '');
    const firstTime = !citedBefore.has(source.id);
    citedBefore.add(source.id);
    if (sameAsPrevious) return ibidParts(pinpoint === previous?.pinpoint ? '' : pinpoint);
    return firstTime ? fullNoteParts(source, pinpoint) : shortNoteParts(source, pinpoint);
  };

  return notes.map((note) => {
    const citations = isGroup(note) ? note : [note];
    const single = citations.length === 1 ? citations[0] : undefined;
    const runs = citations.flatMap((citation, index) => {
      const end = index === citations.length - 1 ? '.' : ';';
      const separator: RefRun[] = index > 0 ? [{ text: ' ' }] : [];
      return [...separator, ...punctuate(citationParts(citation, single !== undefined), ',', end)];
    });
    previous = single && byId.has(single.sourceId) ? { sourceId: single.sourceId, pinpoint: single.pinpoint?.trim() ?? '' } : null;
    return mergeRuns(runs);
  });
}

// ── Source list ──────────────────────────────────────────────────────────────────────

const lowerFirst = (label: string): string => label.charAt(0).toLowerCase() + label.slice(1);

/** "B2 (usually reliable; probably true)"; one half alone: "B- (usually reliable; credibility not graded)"; "" when ungraded. */
export function describeGrade(source: Pick<DocumentSource, 'reliability' | 'credibility'>): string {
  const grade = gradeLabel(source);
  if (!grade) return '';
  const reliability = source.reliability ? lowerFirst(RELIABILITY[source.reliability]) : 'reliability not graded';
  const credibility = source.credibility ? lowerFirst(CREDIBILITY[source.credibility]) : 'credibility not graded';
  return `${grade} (${reliability}; ${credibility})`;
}

/** "Bechocha, Julian", "Bechocha, Julian, and Jane Doe", "A, B, and C": every author, the first inverted. */
function listEntryNames(names: readonly SourceName[]): string {
  const written = names.map((name, index) => (index === 0 ? invertedName(name) : displayName(name)));
  if (written.length <= 1) return written[0] ?? '';
  return `${written.slice(0, -1).join(', ')}, and ${written[written.length - 1]}`;
}

/**
 * One entry of the analyst's source list, in the order ICS 206-01 gives: author, title,
 * outlet and publisher, publication date, URL, access date, source type, originator,
 * descriptor, Admiralty grade; the source's portion mark leads, as on any portion.
 */
export function formatSourceListEntry(source: DocumentSource): RefRun[] {
  const style = KIND_STYLES[source.cslType];
  const parts: Part[] = [];
  if (source.authors.length > 0) parts.push(plain(listEntryNames(source.authors)));
  parts.push(source.title ? titlePart(source.title, style.title) : plain(UNTITLED));
  const publisher = source.publisher && source.publisher !== source.containerTitle ? source.publisher : '';
  const outlet: RefRun[] = [
    ...(source.containerTitle ? containerPart(source.containerTitle, style.container).runs : []),
    ...(source.containerTitle && publisher ? [{ text: ', ' }] : []),
    ...(style.showsPlace && source.place && publisher ? [{ text: `${source.place}: ` }] : []),
    ...(publisher ? [{ text: publisher }] : []),
  ];
  if (outlet.length > 0) parts.push({ runs: outlet });
  if (source.issued) parts.push(plain(formatPartialDate(source.issued)));
  if (source.url) parts.push({ runs: [linkRun(source.url)] });
  if (source.accessed) parts.push(plain(`Accessed ${formatPartialDate(source.accessed)}`));
  parts.push(plain(SOURCE_KINDS[source.kind]));
  if (originatorIsDistinct(source)) parts.push(plain(`Originator: ${source.originator.trim()}`));
  if (source.descriptor.trim()) parts.push(plain(source.descriptor.trim()));
  parts.push(plain(describeGrade(source) || 'Not graded'));
  const entry = punctuate(parts, '.', '.');
  return source.portionMark ? mergeRuns([{ text: `(${source.portionMark}) ` }, ...entry]) : entry;
}

// Fixed English collation: the list's order must not change with the analyst's locale.
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** What the list is alphabetised by: the first author, else the title without a leading article (Chicago). */
function authorKey(source: DocumentSource): string {
  const first = source.authors[0];
  return first ? surname(first) : source.title.replace(/^(the|a|an)\s+/i, '');
}

/**
 * The source list's order: by first citation (sources never cited follow, as they were),
 * by author (or title), or by publication date, oldest first, undated last, the same date
 * by author. Remaining ties keep the order the analyst gave.
 */
export function sortSourcesForList(
  sources: readonly DocumentSource[],
  by: SourceListOrder,
  citedSourceIds: readonly string[] = [],
): DocumentSource[] {
  const byAuthor = (a: DocumentSource, b: DocumentSource): number => collator.compare(authorKey(a), authorKey(b)) || collator.compare(a.title, b.title);
  if (by === 'author') return [...sources].sort(byAuthor);
  if (by === 'date') {
    return [...sources].sort((a, b) => {
      if (a.issued === b.issued) return byAuthor(a, b);
      if (!a.issued || !b.issued) return a.issued ? -1 : 1;
      return a.issued < b.issued ? -1 : 1;
    });
  }
  const firstCited = new Map<string, number>();
  citedSourceIds.forEach((id, index) => {
    if (!firstCited.has(id)) firstCited.set(id, index);
  });
  const rank = (source: DocumentSource): number => firstCited.get(source.id) ?? Number.POSITIVE_INFINITY;
  return [...sources].sort((a, b) => (rank(a) === rank(b) ? 0 : rank(a) < rank(b) ? -1 : 1));
}
