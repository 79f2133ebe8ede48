import { plugins, type CitationJsFormat } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { z } from 'zod';
import { sourceFromCslItem, stripCslMarkup, type SourceImport } from './csl-json';

/**
 * BibTeX, BibLaTeX and RIS files read into sources. citation-js does the parsing and hands
 * back CSL-JSON, which goes through the same reader as a CSL-JSON file, so every format
 * gets the same checks and the same problem sentences.
 *
 * Offline by construction: each parser is called by name on text already in memory, so
 * citation-js never runs its type detection, which is where a URL or DOI would be
 * recognised and fetched. (Its core still bundles fetch code; see the test that proves
 * nothing here reaches the network.)
 */

const NO_REFERENCES = 'The file holds no references.';

/** Parses with one named citation-js parser; its errors become a short reason for the analyst. */
function parseWith(input: unknown, format: CitationJsFormat): { value: unknown } | { reason: string } {
  try {
    return { value: plugins.input.data(input, format) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // citation-js appends " at line 2 col 22:" and a source excerpt; the line is given separately.
    return { reason: (message.split('\n')[0] ?? message).replace(/\s+at line \d+ col \d+:?\s*$/, '').trim() };
  }
}

const UnknownList = z.array(z.unknown());
const CslLike = z.looseObject({ type: z.string().optional(), genre: z.string().optional(), language: z.string().optional(), note: z.string().optional() });

function convertEach(items: readonly unknown[], labelOf: (item: unknown, index: number) => string, toCsl: (item: unknown) => { value: unknown } | { reason: string }): SourceImport {
  const takenIds = new Set<string>();
  const result: SourceImport = { sources: [], problems: [] };
  items.forEach((item, index) => {
    const label = labelOf(item, index);
    const csl = toCsl(item);
    if ('reason' in csl) {
      result.problems.push(`${label} was skipped: ${csl.reason}.`);
      return;
    }
    const read = sourceFromCslItem(csl.value, label, index + 1, takenIds);
    if (read.source) result.sources.push(read.source);
    result.problems.push(...read.problems);
  });
  return result;
}

// ── BibTeX and BibLaTeX ──────────────────────────────────────────────────────────────

const BibtexEntry = z.looseObject({ type: z.string(), label: z.string().optional() });

/** BibLaTeX says a newspaper or magazine article with `entrysubtype`; citation-js leaves it as a journal article. */
const SUBTYPE_TYPES: Readonly<Record<string, string>> = { newspaper: 'article-newspaper', magazine: 'article-magazine' };

/** BibLaTeX `langid` names the babel language; sources keep a BCP 47 tag. */
const LANGUAGE_TAGS: Readonly<Record<string, string>> = {
  english: 'en',
  american: 'en-US',
  british: 'en-GB',
  arabic: 'ar',
  kurdish: 'ku',
  persian: 'fa',
  farsi: 'fa',
  turkish: 'tr',
  hebrew: 'he',
  french: 'fr',
  german: 'de',
  russian: 'ru',
  spanish: 'es',
};

function bibtexEntryToCsl(entry: unknown): { value: unknown } | { reason: string } {
  const parsed = parseWith(entry, '@biblatex/entry+object');
  if ('reason' in parsed) return parsed;
  const [item] = UnknownList.safeParse(parsed.value).data ?? [];
  const csl = CslLike.safeParse(item);
  if (!csl.success) return { reason: 'it could not be read' };
  const { type, genre, language, note } = csl.data;
  const subtypeType = type === 'article-journal' && genre ? SUBTYPE_TYPES[genre] : undefined;
  return {
    value: {
      ...csl.data,
      ...(subtypeType ? { type: subtypeType } : {}),
      ...(language ? { language: LANGUAGE_TAGS[language.toLowerCase()] ?? language } : {}),
      // citation-js turns LaTeX \emph and the like into CSL tags; a note is plain text.
      ...(note ? { note: stripCslMarkup(note) } : {}),
    },
  };
}

interface BibtexChunk {
  text: string;
  line: number;
}

/** The file cut where each `@entry` starts, with the line it starts on. */
function bibtexChunks(text: string): BibtexChunk[] {
  const chunks: BibtexChunk[] = [];
  let line = 1;
  for (const piece of text.split(/^(?=[ \t]*@)/m)) {
    if (/^\s*@/.test(piece)) chunks.push({ text: piece, line });
    line += piece.split('\n').length - 1;
  }
  return chunks;
}

/**
 * The entries of a BibTeX file. When the file as a whole does not parse, it is read entry
 * by entry (with the file's `@string` abbreviations) so one broken entry costs only itself.
 */
function readBibtexEntries(text: string): { entries: unknown[]; problems: string[] } {
  const whole = parseWith(text, '@biblatex/text');
  if (!('reason' in whole)) return { entries: UnknownList.safeParse(whole.value).data ?? [], problems: [] };

  const chunks = bibtexChunks(text);
  const isDirective = (chunk: BibtexChunk) => /^\s*@\s*(string|preamble|comment)\b/i.test(chunk.text);
  const abbreviations = chunks
    .filter((chunk) => /^\s*@\s*string\b/i.test(chunk.text) && !('reason' in parseWith(chunk.text, '@biblatex/text')))
    .map((chunk) => chunk.text)
    .join('\n');
  const entries: unknown[] = [];
  const problems: string[] = [];
  for (const chunk of chunks.filter((candidate) => !isDirective(candidate))) {
    const parsed = parseWith(`${abbreviations}\n${chunk.text}`, '@biblatex/text');
    if ('reason' in parsed) problems.push(`The BibTeX entry starting on line ${chunk.line} was skipped: it could not be read (${parsed.reason}).`);
    else entries.push(...(UnknownList.safeParse(parsed.value).data ?? []));
  }
  if (chunks.length === 0) problems.push(`The file could not be read as BibTeX (${whole.reason}).`);
  return { entries, problems };
}

/** Sources from a BibTeX or BibLaTeX file; entries that cannot be read are named in `problems` and skipped. */
export function importBibtex(text: string): SourceImport {
  const { entries, problems } = readBibtexEntries(text);
  if (entries.length === 0 && problems.length === 0) return { sources: [], problems: [NO_REFERENCES] };
  const labelOf = (entry: unknown, index: number): string => {
    const key = BibtexEntry.safeParse(entry).data?.label;
    return key ? `BibTeX entry “${key}”` : `BibTeX entry ${index + 1}`;
  };
  const converted = convertEach(entries, labelOf, bibtexEntryToCsl);
  return { sources: converted.sources, problems: [...problems, ...converted.problems] };
}

// ── RIS ──────────────────────────────────────────────────────────────────────────────

const RisRecord = z.record(z.string(), z.union([z.string(), z.array(z.string())]));
type RisRecord = z.infer<typeof RisRecord>;

const tagValues = (record: RisRecord, tag: string): string[] => [record[tag] ?? []].flat().filter((value) => value.trim() !== '');

/** "Bechocha, Julian" → family and given; a name without a comma is one literal name (an agency). */
function risName(written: string): { family: string; given: string } | { literal: string } {
  const [family = '', ...given] = written.split(',');
  return given.length > 0 ? { family: family.trim(), given: given.join(',').trim() } : { literal: written.trim() };
}

/**
 * Where citation-js reads RIS differently from Zotero, which writes most RIS files analysts
 * meet: for a newspaper article (NEWS) the AU names are the authors and DA is the full date
 * (citation-js takes the "reporter" and the year alone); for a web page (ELEC) T2 is the
 * website's name and Y2 the access date.
 */
function risRecordToCsl(entry: unknown): { value: unknown } | { reason: string } {
  const record = RisRecord.safeParse(entry);
  if (!record.success) return { reason: 'it is not an RIS record' };
  const parsed = parseWith(record.data, '@ris/record');
  if ('reason' in parsed) return parsed;
  const csl = CslLike.safeParse(parsed.value);
  if (!csl.success) return { reason: 'it could not be read' };
  const item: Record<string, unknown> = { ...csl.data };
  const type = tagValues(record.data, 'TY')[0];
  if (type === 'NEWS') {
    const authors = [...tagValues(record.data, 'AU'), ...tagValues(record.data, 'A1')];
    if (authors.length > 0 && item.author === undefined) item.author = authors.map(risName);
    delete item.reporter;
    const fullDate = tagValues(record.data, 'DA')[0];
    if (fullDate && /^\d{4}\/\d{1,2}/.test(fullDate)) item.issued = { raw: fullDate };
  }
  if (csl.data.type === 'webpage' && item['container-title'] === undefined && item['collection-title'] !== undefined) {
    item['container-title'] = item['collection-title'];
  }
  const accessed = tagValues(record.data, 'Y2')[0];
  if (accessed && item.accessed === undefined) item.accessed = { raw: accessed };
  return { value: item };
}

/** Sources from an RIS file; records that cannot be read are named in `problems` and skipped. */
export function importRis(text: string): SourceImport {
  const parsed = parseWith(text, '@ris/file');
  if ('reason' in parsed) return { sources: [], problems: [`The file could not be read as RIS (${parsed.reason}).`] };
  const records = UnknownList.safeParse(parsed.value).data ?? [];
  if (records.length === 0) return { sources: [], problems: [NO_REFERENCES] };
  return convertEach(records, (_, index) => `RIS record ${index + 1}`, risRecordToCsl);
}
