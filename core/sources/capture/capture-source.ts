import { BriefError } from '../../errors';
import { sha256Hex } from '../../text/sha256';
import { SourceSchema, type DocumentSource, type SourceName } from '../schema';
import { linesOf, splitParagraphs, textOf, type ExtractedText } from './extracted-text';
import { removeFurniture, type DroppedText } from './furniture';
import { readHtml } from './html-text';
import { checkTextLength, decodeInput, inputName, type CaptureInput, type DecodedInput } from './input-format';
import { readMarkdown } from './markdown-text';
import { detectMetadata, type DetectedField } from './metadata';

export type { CaptureInput } from './input-format';
export type { DetectedField } from './metadata';
export type { DetectableField } from './extracted-text';
export { MAX_CAPTURE_BYTES, MAX_SNAPSHOT_CHARACTERS, fileTooLarge } from './input-format';

/**
 * Text extraction for the binary formats. pdf.js and mammoth are large and belong to the
 * Node side, so the host passes them in (electron/services/source-extractors.ts).
 */
export interface BinaryTextExtractors {
  /** The PDF's text, paragraphs separated by a blank line, and its page count. */
  pdf(bytes: Uint8Array): Promise<{ text: string; pages: number }>;
  /** The Word document's text, paragraphs separated by a blank line. */
  docx(bytes: Uint8Array): Promise<string>;
}

export interface CaptureOptions {
  /** The moment of capture: the snapshot's time and the source's access date. */
  now: Date;
  newId: () => string;
  extractors: BinaryTextExtractors;
}

export interface CaptureResult {
  /** The source, snapshot included, ready to add to a document. */
  source: DocumentSource;
  /** The fields filled in from the text and the page, with the evidence for each, for the analyst to confirm. */
  detected: DetectedField[];
  /** What the analyst should know about the capture, in their words. */
  warnings: string[];
}

/** The snapshot's own bounds on its list of left-out lines. */
const MAX_DROPPED_ENTRIES = 500;
const MAX_DROPPED_LENGTH = 2000;

/** The schema's bounds on each text field, so a long headline is shortened rather than refused. */
const FIELD_LENGTHS = { title: 1000, containerTitle: 500, publisher: 500, place: 300, originator: 500, fileName: 500 } as const;

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** The calendar date of `now` where the analyst is: the day they accessed the source. */
function localDate(now: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function clipName(name: SourceName): SourceName {
  return 'literal' in name ? { literal: clip(name.literal, 300) } : { family: clip(name.family, 200), given: clip(name.given, 200) };
}

/** Runs a binary extractor, turning its failures into messages about the file. */
async function extractBinary<T>(name: string, label: string, extract: () => Promise<T>): Promise<T> {
  try {
    return await extract();
  } catch (thrown) {
    if (thrown instanceof BriefError) throw thrown;
    throw new BriefError('damaged-file', `${name} could not be read as ${label}; it may be damaged.`, thrown instanceof Error ? thrown.message : String(thrown));
  }
}

async function extract(decoded: DecodedInput, name: string, extractors: BinaryTextExtractors): Promise<ExtractedText> {
  const plain = (format: ExtractedText['format'], text: string): ExtractedText => ({
    format,
    paragraphs: splitParagraphs(text).map((paragraph, position) => ({ text: paragraph, position })),
    leftOut: [],
    hints: [],
    warnings: [],
  });
  switch (decoded.format) {
    case 'text':
      return plain('text', decoded.text);
    case 'html':
      return readHtml(decoded.text);
    case 'markdown':
      return readMarkdown(decoded.text);
    case 'pdf': {
      // pdf.js may take the buffer it is given; it gets a copy, so the caller's bytes stay whole.
      const { text, pages } = await extractBinary(name, 'a PDF', () => extractors.pdf(decoded.bytes.slice()));
      if (text.trim() === '') {
        throw new BriefError(
          'unsupported',
          `${name} has no text layer: its ${pages === 1 ? 'page is an image' : `${pages} pages are images`}, probably a scan. Run it through OCR (text recognition) in another tool first, then add the searchable PDF it makes.`,
          `${pages} pages, no text`,
        );
      }
      checkTextLength(text, name);
      return plain('pdf', text);
    }
    case 'docx': {
      const text = await extractBinary(name, 'a Word document', () => extractors.docx(decoded.bytes.slice()));
      if (text.trim() === '') throw new BriefError('empty-file', `${name} has no text in it.`);
      checkTextLength(text, name);
      return plain('docx', text);
    }
  }
}

/** Everything left out, in the order it stood, as the snapshot lists it; the list's own bounds kept. */
function droppedList(dropped: readonly DroppedText[], warnings: string[]): string[] {
  const ordered = [...dropped].sort((a, b) => a.position - b.position || a.order - b.order).map((entry) => clip(entry.text, MAX_DROPPED_LENGTH));
  if (ordered.length > MAX_DROPPED_ENTRIES) {
    warnings.push(`${ordered.length} lines were left out of the page; the first ${MAX_DROPPED_ENTRIES} are listed with the source.`);
  }
  return ordered.slice(0, MAX_DROPPED_ENTRIES);
}

/**
 * Captures a source from pasted text, pasted HTML or a file's bytes: the article's text as
 * a snapshot (site furniture left out and listed), its sha256, and its bibliographic fields
 * detected with the evidence for each. Nothing in the input is run or fetched, and the text
 * is kept exactly as written, right-to-left scripts included. Refuses empty, enormous,
 * unreadable and text-less inputs with a BriefError saying what to do.
 */
export async function captureSource(input: CaptureInput, options: CaptureOptions): Promise<CaptureResult> {
  const name = inputName(input);
  const fileName = input.fileName?.replace(/^.*[\\/]/, '') ?? '';
  const extracted = await extract(decodeInput(input), name, options.extractors);
  const furniture = removeFurniture(linesOf(extracted.paragraphs), extracted.format);
  const metadata = detectMetadata(furniture.kept, extracted.hints, { format: extracted.format, fileName });
  const metadataLines = new Set(metadata.metadataLines);
  const body = furniture.kept.filter((line) => !metadataLines.has(line));
  const text = textOf(body);
  if (text.trim() === '') {
    throw new BriefError(
      'empty-file',
      furniture.dropped.length > 0 || metadata.metadataLines.length > 0
        ? `${name} has no article text: everything in it is site furniture or headings (share buttons, dates, bylines).`
        : `${name} has no text to keep as a source.${extracted.format === 'html' ? ' A page built by scripts shows its text only in a browser, and Briefwright never runs them: save the page from the browser ("Save as… web page, complete") or copy its text.' : ''}`,
    );
  }
  checkTextLength(text, name);

  const warnings = [...extracted.warnings, ...metadata.warnings];
  const dropped = droppedList(
    [
      ...extracted.leftOut.map((entry) => ({ ...entry, order: -1 })),
      ...furniture.dropped,
      ...metadata.metadataLines.map((line) => ({ text: line.text.trim(), position: line.position, order: line.order })),
    ],
    warnings,
  );
  const { values } = metadata;
  const source = SourceSchema.parse({
    id: options.newId(),
    cslType: values.cslType,
    title: clip(values.title, FIELD_LENGTHS.title),
    authors: values.authors.slice(0, 100).map(clipName),
    containerTitle: clip(values.containerTitle, FIELD_LENGTHS.containerTitle),
    publisher: clip(values.publisher, FIELD_LENGTHS.publisher),
    issued: values.issued,
    url: values.url,
    accessed: localDate(options.now),
    language: values.language,
    place: clip(values.place, FIELD_LENGTHS.place),
    originator: clip(values.originator, FIELD_LENGTHS.originator),
    kind: values.kind,
    snapshot: {
      text,
      sha256: sha256Hex(text),
      capturedAt: options.now.toISOString(),
      format: extracted.format,
      fileName: clip(fileName, FIELD_LENGTHS.fileName),
      dropped,
    },
  });
  return { source, detected: metadata.detected, warnings };
}
