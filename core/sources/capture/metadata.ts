import type { CaptureFormat, CslType, PartialDate, SourceKind, SourceName } from '../schema';
import { displayName } from '../schema';
import { dateLineDates, readMetadataDate, spokenDate, type DateReading } from './dates';
import { readDateline } from './dateline';
import { paragraphsOf, textOf, type DetectableField, type MetadataHint, type TextLine } from './extracted-text';
import { isLanguageTag, languageOfText } from './language';
import { outletAtHost, outletNamed } from './known-outlets';
import { bylineCredits, namesIn } from './names';

/**
 * Reads a source's bibliographic fields from its text (headline, date line, outlet line,
 * byline, dateline, a web address line) and from what the page says about itself (meta tags,
 * JSON-LD, lang), and names the evidence for each so the analyst can confirm it. Dates that
 * could be read two ways are left empty, never guessed.
 */

/** A field the capture filled in, its value, and the evidence for it, shown to the analyst to confirm. */
export interface DetectedField {
  field: DetectableField;
  value: string;
  /** Where the value came from: "byline 'By Julian Bechocha'", "meta og:site_name", "JSON-LD datePublished". */
  evidence: string;
}

/** The fields as the source takes them. */
export interface DetectedValues {
  title: string;
  containerTitle: string;
  publisher: string;
  authors: SourceName[];
  issued: PartialDate;
  url: string;
  language: string;
  place: string;
  originator: string;
  cslType: CslType;
  kind: SourceKind;
}

export interface MetadataDetection {
  values: DetectedValues;
  detected: DetectedField[];
  /** Lines that are metadata, not article (headline, date line, outlet line, byline), taken out of the body. */
  metadataLines: TextLine[];
  warnings: string[];
}

export interface MetadataContext {
  format: CaptureFormat;
  /** The file's name, the title of last resort. */
  fileName: string;
}

/** Header lines looked at above the article, and trailer lines below it. */
const MAX_HEADER_LINES = 15;
const MAX_TRAILER_LINES = 12;
/** A paragraph this long is article text even without a full stop. */
const PROSE_LENGTH = 200;
/** Words a sentence-ending paragraph needs to count as article text rather than a heading or a credit. */
const PROSE_WORDS = 8;

const WEB_ADDRESS_LINE = /^(?:(?:source|url|link|original|web address)\s*:\s*)?<?(https?:\/\/[^\s<>"]+)>?$/i;
const WEB_ADDRESS = /^https?:\/\/[^\s<>"]+$/i;

/** A quoted value for evidence, kept short. */
function quoted(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return `'${clean.length > 80 ? `${clean.slice(0, 79)}…` : clean}'`;
}

/** Whether a paragraph is article text: long, or a sentence of some length. */
function isProse(lines: readonly TextLine[]): boolean {
  const text = lines.map((line) => line.text.trim()).join(' ');
  // A block of short lines ("30-01-2022 / Rudaw / A+ A-") is a header, whatever its length.
  if (lines.length > 1 && text.length / lines.length < 30) return false;
  if (text.length >= PROSE_LENGTH) return true;
  return /[.!?…:;"”’»)\u061f\u06d4]$/u.test(text) && text.split(/\s+/).length >= PROSE_WORDS;
}

/** A value the text or the page offers for a field, and where it was found. */
interface Candidate<T> {
  value: T;
  evidence: string;
}

/** What the lines above and below the article say. */
interface LineFindings {
  headline?: Candidate<string>;
  dates: { reading: DateReading; evidence: string }[];
  bylines: Candidate<SourceName[]>[];
  outlets: Candidate<string>[];
  urls: Candidate<string>[];
  metadataLines: TextLine[];
}

/**
 * Where a line stands: above the article, where the headline may be, or below it. When the
 * page names its title (og:title, <h1>), only a line repeating that title is the headline:
 * another short line above the article is its standfirst, and stays.
 */
interface LinePlace {
  above: boolean;
  pageTitles: readonly string[];
}

function comparable(text: string): string {
  return cleanText(text).toLowerCase();
}

function readMetadataLine(line: TextLine, findings: LineFindings, place: LinePlace): void {
  const text = line.text.trim();
  const address = WEB_ADDRESS_LINE.exec(text);
  if (address) {
    findings.urls.push({ value: address[1] as string, evidence: `web address line ${quoted(text)}` });
    findings.metadataLines.push(line);
    return;
  }
  // A date line with two dates ("Published 30-01-2022 | Updated 31-01-2022") is dated by the first.
  const [date] = dateLineDates(text);
  if (date) {
    findings.dates.push({ reading: date.reading, evidence: `date line ${quoted(text)}` });
    findings.metadataLines.push(line);
    return;
  }
  const credits = bylineCredits(text);
  if (credits) {
    if (credits.authors.length > 0) findings.bylines.push({ value: credits.authors, evidence: `byline ${quoted(text)}` });
    for (const outlet of credits.outlets) findings.outlets.push({ value: outlet, evidence: `byline ${quoted(text)}` });
    findings.metadataLines.push(line);
    return;
  }
  const outlet = outletNamed(text);
  if (outlet) {
    findings.outlets.push({ value: outlet.name, evidence: `line ${quoted(text)} near the ${place.above ? 'top' : 'end'}` });
    findings.metadataLines.push(line);
    return;
  }
  const repeatsTitle = place.pageTitles.length === 0 || place.pageTitles.some((title) => comparable(title) === comparable(text));
  if (place.above && !findings.headline && repeatsTitle && text.split(/\s+/).length >= 2 && text.length <= 300) {
    findings.headline = { value: text, evidence: line.order === 0 ? `first line ${quoted(text)}` : `headline line ${quoted(text)} above the article` };
    findings.metadataLines.push(line);
  }
}

/** The lines above the first paragraph of article text and below the last. */
function headerAndTrailer(lines: readonly TextLine[]): { header: TextLine[]; trailer: TextLine[]; lead: TextLine | undefined } {
  const paragraphs = paragraphsOf(lines);
  const first = paragraphs.findIndex(isProse);
  if (first === -1) return { header: [], trailer: [], lead: undefined };
  let last = paragraphs.length - 1;
  while (last > first && !isProse(paragraphs[last] as TextLine[])) last -= 1;
  return {
    header: paragraphs.slice(0, first).flat().slice(0, MAX_HEADER_LINES),
    trailer: paragraphs.slice(last + 1).flat().slice(-MAX_TRAILER_LINES),
    lead: (paragraphs[first] as TextLine[])[0],
  };
}

function hintsFor(hints: readonly MetadataHint[], field: DetectableField): MetadataHint[] {
  return hints.filter((hint) => hint.field === field);
}

function cleanText(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** The fields to fill, the evidence for each, and the warnings, as the metadata step builds them. */
class Detection {
  readonly detected: DetectedField[] = [];
  readonly warnings: string[] = [];

  note(field: DetectableField, value: string, evidence: string): void {
    if (value !== '') this.detected.push({ field, value, evidence });
  }

  /** The first candidate, noted as detected; '' when there is none. */
  first(field: DetectableField, candidates: readonly Candidate<string>[]): string {
    const chosen = candidates.find((candidate) => candidate.value !== '');
    if (!chosen) return '';
    this.note(field, chosen.value, chosen.evidence);
    return chosen.value;
  }
}

/** The publication date: the first candidate that reads as one date; an ambiguous or impossible one is named in a warning. */
function publicationDate(detection: Detection, candidates: readonly { reading: DateReading; evidence: string }[]): PartialDate {
  const problems: string[] = [];
  for (const { reading, evidence } of candidates) {
    if (reading.kind === 'date') {
      const how = reading.shape === 'day first' || reading.shape === 'month first' ? `, read ${reading.shape}` : '';
      detection.note('issued', reading.date, `${evidence}${how}`);
      return reading.date;
    }
    if (reading.kind === 'ambiguous') {
      const [dayFirst, monthFirst] = reading.readings;
      problems.push(`The date “${reading.written}” could be ${spokenDate(dayFirst)} or ${spokenDate(monthFirst)}, so the publication date was left empty; enter it by hand.`);
    } else {
      problems.push(`“${reading.written}” is not a date that exists, so the publication date was left empty; enter it by hand.`);
    }
  }
  detection.warnings.push(...(problems.length > 0 ? problems : ['No publication date was found; enter it by hand if the source gives one.']));
  return '';
}

function authorsFrom(detection: Detection, hints: readonly MetadataHint[], bylines: readonly Candidate<SourceName[]>[]): SourceName[] {
  const candidates: Candidate<SourceName[]>[] = [];
  for (const hint of hintsFor(hints, 'authors')) {
    const credits = namesIn(hint.value);
    if (credits && credits.authors.length > 0) candidates.push({ value: credits.authors, evidence: hint.evidence });
  }
  candidates.push(...bylines);
  const chosen = candidates[0];
  if (!chosen) return [];
  for (const author of chosen.value) detection.note('authors', displayName(author), chosen.evidence);
  return chosen.value;
}

/** The outlet's name from its web address: a known outlet's name, else the host without "www.". */
function outletFromAddress(url: string): Candidate<string> | undefined {
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (!host) return undefined;
  const known = outletAtHost(host);
  return { value: known ? known.name : host.replace(/^www\./, ''), evidence: `web address host ${quoted(host)}` };
}

/** schema.org and Open Graph types, as CSL types and source kinds. */
const PAGE_TYPES: Readonly<Record<string, { cslType: CslType; kind: SourceKind } | 'article'>> = {
  newsarticle: { cslType: 'article-newspaper', kind: 'news-report' },
  reportagenewsarticle: { cslType: 'article-newspaper', kind: 'news-report' },
  analysisnewsarticle: { cslType: 'article-newspaper', kind: 'news-report' },
  backgroundnewsarticle: { cslType: 'article-newspaper', kind: 'news-report' },
  opinionnewsarticle: { cslType: 'article-newspaper', kind: 'other' },
  blogposting: { cslType: 'post-weblog', kind: 'other' },
  liveblogposting: { cslType: 'post-weblog', kind: 'news-report' },
  socialmediaposting: { cslType: 'post', kind: 'social-media' },
  discussionforumposting: { cslType: 'post', kind: 'social-media' },
  scholarlyarticle: { cslType: 'article-journal', kind: 'academic' },
  report: { cslType: 'report', kind: 'report' },
  // A bare "article" is news when a news outlet publishes it.
  article: 'article',
};

/**
 * The kind of source: what the page declares itself (JSON-LD @type, og:type), else a news
 * report when a known news outlet or a dateline marks it as one, else a plain web page or document.
 */
function sourceType(
  detection: Detection,
  hints: readonly MetadataHint[],
  news: Candidate<string> | undefined,
  outlet: string,
  format: CaptureFormat,
): { cslType: CslType; kind: SourceKind } {
  const asNews = (evidence: string): { cslType: CslType; kind: SourceKind } => {
    detection.note('cslType', 'article-newspaper', evidence);
    detection.note('kind', 'news-report', evidence);
    return { cslType: 'article-newspaper', kind: 'news-report' };
  };
  let articleHint: MetadataHint | undefined;
  for (const hint of hintsFor(hints, 'cslType')) {
    const type = PAGE_TYPES[hint.value.toLowerCase()];
    if (type === 'article') articleHint ??= hint;
    else if (type) {
      detection.note('cslType', type.cslType, `${hint.evidence} ${quoted(hint.value)}`);
      detection.note('kind', type.kind, `${hint.evidence} ${quoted(hint.value)}`);
      return type;
    }
  }
  if (news) return asNews(news.evidence);
  if (articleHint && outlet !== '') return asNews(`${articleHint.evidence} ${quoted(articleHint.value)} on ${quoted(outlet)}`);
  const fallback = format === 'html' ? { cslType: 'webpage' as const, evidence: 'a web page with no sign of a news outlet' } : { cslType: 'document' as const, evidence: 'a document with no sign of a news outlet' };
  detection.note('cslType', fallback.cslType, fallback.evidence);
  detection.note('kind', 'other', fallback.evidence);
  return { cslType: fallback.cslType, kind: 'other' };
}

/** The title of last resort: the file's name without its extension. */
function titleFromFileName(fileName: string): Candidate<string>[] {
  const stem = fileName.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z0-9]{1,5}$/, '');
  return stem.trim() === '' ? [] : [{ value: stem, evidence: `file name ${quoted(fileName)}` }];
}

/** Reads the fields of a source from its lines (after furniture removal) and its page's own metadata. */
export function detectMetadata(lines: readonly TextLine[], hints: readonly MetadataHint[], context: MetadataContext): MetadataDetection {
  const detection = new Detection();
  const { header, trailer, lead } = headerAndTrailer(lines);
  const findings: LineFindings = { dates: [], bylines: [], outlets: [], urls: [], metadataLines: [] };
  const pageTitles = hintsFor(hints, 'title').map((hint) => hint.value);
  for (const line of header) readMetadataLine(line, findings, { above: true, pageTitles });
  for (const line of trailer) readMetadataLine(line, findings, { above: false, pageTitles });
  const dateline = lead ? readDateline(lead.text) : undefined;

  const hinted = (field: DetectableField): Candidate<string>[] =>
    hintsFor(hints, field)
      .map((hint) => ({ value: cleanText(hint.value), evidence: hint.evidence }))
      .filter((candidate) => candidate.value !== '');

  const title = detection.first('title', [...hinted('title'), ...(findings.headline ? [findings.headline] : []), ...titleFromFileName(context.fileName)]);
  if (title === '') detection.warnings.push('No headline was found; give the source a title.');

  const url = detection.first('url', [...hinted('url'), ...findings.urls].filter((candidate) => WEB_ADDRESS.test(candidate.value) && candidate.value.length <= 4000));

  const dateCandidates = [
    ...hintsFor(hints, 'issued').flatMap((hint) => {
      const reading = readMetadataDate(hint.value);
      return reading ? [{ reading, evidence: `${hint.evidence} ${quoted(hint.value)}` }] : [];
    }),
    ...findings.dates,
  ];
  const issued = publicationDate(detection, dateCandidates);

  const authors = authorsFrom(detection, hints, findings.bylines);

  const agency = dateline?.agency ? { value: outletNamed(dateline.agency)?.name ?? dateline.agency, evidence: `dateline ${quoted(dateline.written)}` } : undefined;
  // A web address names the outlet of a page or a pasted article; a note or a report only mentions it.
  const addressOutlet = url && (context.format === 'html' || context.format === 'text') ? outletFromAddress(url) : undefined;
  const containerTitle = detection.first('containerTitle', [...hinted('containerTitle'), ...findings.outlets, ...(agency ? [agency] : []), ...(addressOutlet ? [addressOutlet] : [])]);

  const publisherHint = hinted('publisher').find((candidate) => candidate.value !== containerTitle);
  const publisher = publisherHint ? detection.first('publisher', [publisherHint]) : '';

  // A wire agency's story carried by another outlet: the agency first reported it.
  const originator = agency && containerTitle !== '' && agency.value !== containerTitle ? detection.first('originator', [agency]) : '';

  const place = dateline ? detection.first('place', [{ value: dateline.place, evidence: `dateline ${quoted(dateline.written)}` }]) : '';

  const metadataLines = new Set(findings.metadataLines);
  const body = lines.filter((line) => !metadataLines.has(line));
  const pageLanguage = hinted('language').filter((candidate) => isLanguageTag(candidate.value));
  const textLanguage = languageOfText(textOf(body));
  const language = detection.first('language', [...pageLanguage, ...(textLanguage ? [{ value: textLanguage.tag, evidence: textLanguage.evidence }] : [])]);

  // A known news outlet or a dateline: the marks of a news report.
  const news = outletNamed(containerTitle)
    ? { value: containerTitle, evidence: `news outlet ${quoted(containerTitle)}` }
    : dateline
      ? { value: dateline.place, evidence: `dateline ${quoted(dateline.written)}` }
      : undefined;
  const { cslType, kind } = sourceType(detection, hints, news, containerTitle, context.format);

  return {
    values: { title, containerTitle, publisher, authors, issued, url, language, place, originator, cslType, kind },
    detected: detection.detected,
    metadataLines: findings.metadataLines,
    warnings: detection.warnings,
  };
}
