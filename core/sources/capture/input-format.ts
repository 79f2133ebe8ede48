import { BriefError } from '../../errors';
import type { CaptureFormat } from '../schema';

// TextDecoder exists in every runtime core/ targets (browsers, workers, Node), but core/
// compiles without DOM or Node typings, so the part used here is declared.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}

/** What the analyst pasted or opened: text (plain or HTML), or a file's bytes. */
export interface CaptureInput {
  fileName?: string;
  /** The clipboard's or the file's type, when known: "text/html", "text/plain", "application/pdf"… */
  mediaType?: string;
  text?: string;
  bytes?: Uint8Array;
}

/** The input, read far enough to know its format: the text of a text format, or the bytes of a binary one. */
export type DecodedInput = { format: 'text' | 'html' | 'markdown'; text: string } | { format: 'pdf' | 'docx'; bytes: Uint8Array };

/** The largest file taken as a source: far beyond any article or report, small enough to read safely. */
export const MAX_CAPTURE_BYTES = 50 * 1024 * 1024;
/** The longest snapshot a source keeps (the document format's own bound). */
export const MAX_SNAPSHOT_CHARACTERS = 5_000_000;

/** The formats a source can come in, as messages name them. */
const ACCEPTED_FORMATS = 'plain text (.txt), web pages (.html, .htm), Markdown (.md), PDF (.pdf) and Word (.docx)';

const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.shtml']);
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown', '.mdown', '.mkd']);
const TEXT_EXTENSIONS = new Set(['.txt', '.text']);

/** How messages name the input: the file, or the paste. */
export function inputName(input: CaptureInput): string {
  if (input.fileName) return `“${input.fileName.replace(/^.*[\\/]/, '')}”`;
  return input.text !== undefined ? 'The pasted text' : 'The file';
}

function extensionOf(fileName: string | undefined): string {
  const match = /\.[A-Za-z0-9]{1,10}$/.exec(fileName ?? '');
  return match ? match[0].toLowerCase() : '';
}

function mediaTypeOf(input: CaptureInput): string {
  return (input.mediaType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function ascii(text: string): number[] {
  return Array.from(text, (character) => character.charCodeAt(0));
}

/** Whether `needle` (ASCII) occurs in the first `within` bytes. */
function contains(bytes: Uint8Array, needle: string, within = bytes.length): boolean {
  const codes = ascii(needle);
  const end = Math.min(bytes.length, within) - codes.length;
  for (let start = 0; start <= end; start += 1) {
    if (codes.every((code, offset) => bytes[start + offset] === code)) return true;
  }
  return false;
}

/** Megabytes to one decimal, rounded up so a file just over the limit never reads as the limit. */
function megabytes(bytes: number): string {
  return (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);
}

/** Refuses text longer than a snapshot can hold, saying the limit in words an analyst uses. */
export function checkTextLength(text: string, name: string): void {
  if (text.length > MAX_SNAPSHOT_CHARACTERS) {
    throw new BriefError(
      'too-large',
      `${name} is too long to keep as a source: ${text.length.toLocaleString('en')} characters, and the limit is 5 million characters (roughly 800,000 words). Split it and add the part you need.`,
      `${text.length} characters; limit ${MAX_SNAPSHOT_CHARACTERS}`,
    );
  }
}

/** Formats that files announce in their first bytes and that cannot be captured, with what to do instead. */
function refusedBinary(bytes: Uint8Array, name: string): BriefError | undefined {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return new BriefError('unsupported', `${name} is an older Word (.doc) or Office file, which Briefwright cannot read. Save it as .docx in Word or LibreOffice, then add that.`);
  }
  if (startsWith(bytes, ascii('{\\rtf'))) {
    return new BriefError('unsupported', `${name} is a Rich Text (.rtf) file, which Briefwright cannot read. Save it as .docx or .txt, then add that.`);
  }
  const image = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], ascii('GIF8'), [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]].some((signature) => startsWith(bytes, signature));
  if (image) {
    return new BriefError('unsupported', `${name} is an image. A source keeps text: run the image through OCR (text recognition) in another tool first, then add the text or the searchable PDF it makes.`);
  }
  return undefined;
}

function unsupported(name: string, detail: string): BriefError {
  return new BriefError('unsupported', `${name} is not in a format Briefwright can capture. Sources can be ${ACCEPTED_FORMATS}.`, detail);
}

/** Bytes as text: UTF-8 (with or without a byte-order mark) or UTF-16 with one; undefined when they are not text. */
function decodeText(bytes: Uint8Array): string | undefined {
  try {
    if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tabs and line breaks: text has almost none, binary files many. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 65_536);
  let controls = 0;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d) || code === 0x7f) controls += 1;
  }
  return controls > sample.length / 100;
}

function looksLikeHtml(text: string): boolean {
  const start = text.slice(0, 2000).trimStart();
  if (/^(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(start)) return true;
  const tags = start.match(/<\/?(?:p|div|span|a|br|h[1-6]|article|section|ul|ol|li|table|tr|td|strong|em|b|i|meta|title|header|footer|main)\b[^>]*>/gi)?.length ?? 0;
  return start.startsWith('<') && tags >= 2;
}

/** Markdown's own marks: at least two kinds of them, one of them a kind plain text never has. */
function looksLikeMarkdown(text: string): boolean {
  const sample = text.slice(0, 20_000);
  const distinctive = [/^#{1,6}\s+\S/m, /\[[^\]\n]+\]\([^)\s]+\)/, /\*\*[^*\n]+\*\*/, /^```/m, /^\|.+\|\s*$/m].filter((mark) => mark.test(sample)).length;
  const common = [/^\s*[-*+]\s+\S/m, /^\s*\d+\.\s+\S/m, /^>\s?\S/m, /(?:^|\s)_[^_\n]+_(?:\s|$)/m].filter((mark) => mark.test(sample)).length;
  return distinctive >= 2 || (distinctive === 1 && common >= 1);
}

function textFormat(text: string, input: CaptureInput): 'text' | 'html' | 'markdown' {
  const extension = extensionOf(input.fileName);
  const mediaType = mediaTypeOf(input);
  if (HTML_EXTENSIONS.has(extension) || mediaType === 'text/html' || mediaType === 'application/xhtml+xml') return 'html';
  if (MARKDOWN_EXTENSIONS.has(extension) || mediaType === 'text/markdown') return 'markdown';
  if (TEXT_EXTENSIONS.has(extension) || mediaType === 'text/plain') return 'text';
  if (looksLikeHtml(text)) return 'html';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

/** What a binary file claims to be by its name or type, to say so when its content is not that. */
function claimedBinary(input: CaptureInput): CaptureFormat | undefined {
  const extension = extensionOf(input.fileName);
  const mediaType = mediaTypeOf(input);
  if (extension === '.pdf' || mediaType === 'application/pdf') return 'pdf';
  if (extension === '.docx' || mediaType === 'application/vnd.openxmlformats-officedocument.wordprocessingml.document') return 'docx';
  return undefined;
}

function decodedText(text: string, input: CaptureInput, name: string): DecodedInput {
  const withoutMark = text.replace(/^\uFEFF/, '');
  if (withoutMark.trim() === '') throw new BriefError('empty-file', input.fileName ? `${name} has no text in it.` : 'Nothing was pasted: the text is empty.');
  // HTML carries markup around its text: its text is measured once the page is read.
  const format = textFormat(withoutMark, input);
  if (format === 'html') {
    if (withoutMark.length > MAX_CAPTURE_BYTES) throw fileTooLarge(name, withoutMark.length);
  } else {
    checkTextLength(withoutMark, name);
  }
  return { format, text: withoutMark };
}

/** The refusal of a file over the size limit, for callers that know the size before reading it. */
export function fileTooLarge(name: string, bytes: number): BriefError {
  return new BriefError('too-large', `${name} is too large to capture as a source: ${megabytes(bytes)} MB, and the limit is 50 MB.`, `${bytes} bytes; limit ${MAX_CAPTURE_BYTES}`);
}

/**
 * Reads the input far enough to know its format: by its first bytes first (a PDF is a PDF
 * whatever its name), then its name or media type, then its content (HTML tags, Markdown
 * marks). Refuses empty, enormous and unreadable inputs with a message saying why.
 */
export function decodeInput(input: CaptureInput): DecodedInput {
  const name = inputName(input);
  if (input.text !== undefined) return decodedText(input.text, input, name);
  const bytes = input.bytes;
  if (!bytes || bytes.length === 0) throw new BriefError('empty-file', `${name} is empty.`);
  if (bytes.length > MAX_CAPTURE_BYTES) throw fileTooLarge(name, bytes.length);
  // The PDF standard lets the header sit anywhere in the first kilobyte.
  if (contains(bytes, '%PDF-', 1024)) return { format: 'pdf', bytes };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A Word document is a zip whose parts include word/document.xml; part names are stored uncompressed.
    if (contains(bytes, 'word/document.xml')) return { format: 'docx', bytes };
    throw new BriefError('unsupported', `${name} is a zip archive, not a Word document. Sources can be ${ACCEPTED_FORMATS}.`, 'zip without word/document.xml');
  }
  const refusal = refusedBinary(bytes, name);
  if (refusal) throw refusal;
  const claimed = claimedBinary(input);
  if (claimed) {
    throw new BriefError('unsupported', `${name} is named as a ${claimed === 'pdf' ? 'PDF' : 'Word document'} but is not one; it may be damaged or misnamed.`, `no ${claimed} signature`);
  }
  const text = decodeText(bytes);
  if (text === undefined) {
    // Text in an older encoding (Windows-1252, Windows-1256…) is not guessed at: the wrong guess would change its letters.
    const asLatin1 = Array.from(bytes.subarray(0, 65_536), (byte) => String.fromCharCode(byte)).join('');
    if (!looksBinary(asLatin1)) throw new BriefError('unsupported', `${name} is text, but not UTF-8. Save it as UTF-8 (in a text editor: Save As, encoding UTF-8) and add it again.`, 'invalid UTF-8');
    throw unsupported(name, 'not UTF-8 or UTF-16 text, and no known file signature');
  }
  if (looksBinary(text)) throw unsupported(name, 'binary content: NUL or control characters');
  return decodedText(text, input, name);
}
