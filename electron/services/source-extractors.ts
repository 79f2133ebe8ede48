import type { TextItem } from 'pdfjs-dist/types/src/display/api';
import { BriefError } from '../../core/errors';
import { MAX_SNAPSHOT_CHARACTERS, type BinaryTextExtractors } from '../../core/sources/capture/capture-source';

/**
 * Text out of PDF (pdf.js) and Word (mammoth) files for the source capture in core/. Both
 * run here, under Node, offline: pdf.js evaluates nothing from the file and fetches no
 * fonts or character maps (text extraction does not need them), and mammoth only unzips.
 */

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfJs: Promise<PdfJs> | undefined;

/**
 * pdf.js creates one DOMMatrix as it loads, for drawing pages. Plain Node (the Electron main
 * process; any bundle without pdf.js's optional native canvas package) has none, and text
 * extraction never draws, so an empty stand-in lets pdf.js load there.
 */
class MatrixForLoadingOnly {}

/** pdf.js, run on first use: the CLI's other commands and the app's start never run its set-up. */
function loadPdfJs(): Promise<PdfJs> {
  pdfJs ??= (async () => {
    (globalThis as { DOMMatrix?: unknown }).DOMMatrix ??= MatrixForLoadingOnly;
    // With its worker's module on globalThis, pdf.js runs the worker on this thread instead of
    // importing it by file path at run time, which a bundle cannot serve; importing it here lets
    // the bundler include it.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfJs;
}

/** A line of a PDF page: its text, where it starts, its baseline and its font size. */
interface PdfLine {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

function isTextItem(item: object): item is TextItem {
  return 'str' in item;
}

/** The page's text items as lines: a line ends where pdf.js marks an end of line or the baseline moves. */
function linesOfPage(items: readonly TextItem[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  const finish = (): void => {
    if (current && current.text.trim() !== '') lines.push({ ...current, text: current.text.trim() });
    current = undefined;
  };
  for (const item of items) {
    const [, , , scaleY, x, y] = item.transform as number[];
    const height = item.height || Math.abs(scaleY ?? 0);
    if (current && Math.abs((y ?? 0) - current.y) > Math.max(current.height, height) * 0.5) finish();
    if (!current) {
      current = { text: item.str, x: x ?? 0, y: y ?? 0, width: item.width, height };
    } else {
      // Words set apart by position rather than by a space character still need one between them.
      const gap = (x ?? 0) - (current.x + current.width);
      if (gap > height * 0.2 && !/\s$/.test(current.text) && !/^\s/.test(item.str)) current.text += ' ';
      current.text += item.str;
      current.width = (x ?? 0) + item.width - current.x;
      current.height = Math.max(current.height, height);
    }
    if (item.hasEOL) finish();
  }
  finish();
  return lines;
}

const SENTENCE_END = /[.!?:"”’»)\u061f\u06d4]$/u;

/**
 * The page's lines joined into paragraphs. A new paragraph starts where the gap between two
 * lines is clearly wider than the page's line spacing (a blank line or paragraph spacing),
 * where the text jumps up (a new column), or after a short line that ends a sentence.
 */
function paragraphsOfPage(lines: readonly PdfLine[]): string[] {
  const gaps = lines.slice(1).map((line, index) => (lines[index] as PdfLine).y - line.y).filter((gap) => gap > 0);
  const lineSpacing = gaps.length > 0 ? Math.min(...gaps) : 0;
  const widest = Math.max(0, ...lines.map((line) => line.width));
  const paragraphs: string[] = [];
  let current = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) {
      const gap = previous.y - line.y;
      const fontSize = Math.max(previous.height, line.height);
      const startsParagraph =
        gap <= 0 ||
        gap > Math.max(fontSize * 1.5, lineSpacing * 1.3) ||
        (SENTENCE_END.test(previous.text) && previous.width < widest * 0.8) ||
        (SENTENCE_END.test(previous.text) && line.x > previous.x + fontSize);
      if (startsParagraph) {
        paragraphs.push(current);
        current = line.text;
        return;
      }
      // "counter-" at a line's end and "terrorism" on the next are one word; the hyphen stays.
      current += /\p{L}-$/u.test(current) && /^\p{Ll}/u.test(line.text) ? line.text : ` ${line.text}`;
      return;
    }
    current = line.text;
  });
  if (current !== '') paragraphs.push(current);
  return paragraphs;
}

function tooLong(): BriefError {
  return new BriefError('too-large', 'This PDF holds more text than a source can keep (5 million characters, roughly 800,000 words). Split it and add the part you need.');
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  const loading = getDocument({
    data: bytes,
    isEvalSupported: false,
    enableXfa: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const document = await loading.promise.catch((thrown: unknown) => {
      if (thrown instanceof Error && thrown.name === 'PasswordException') {
        throw new BriefError('unsupported', 'This PDF is protected by a password. Open it in a PDF reader, save a copy without the password, and add that.', thrown.message);
      }
      throw thrown;
    });
    const paragraphs: string[] = [];
    let length = 0;
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      page.cleanup();
      for (const paragraph of paragraphsOfPage(linesOfPage(content.items.filter(isTextItem)))) {
        paragraphs.push(paragraph);
        length += paragraph.length + 2;
      }
      // Stop reading as soon as the text is too long to keep, rather than after a thousand more pages.
      if (length > MAX_SNAPSHOT_CHARACTERS) throw tooLong();
    }
    return { text: paragraphs.join('\n\n'), pages: document.numPages };
  } finally {
    await loading.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  // Loaded on first use, like pdf.js.
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/** The extractors the CLI, the web host and the app pass to captureSource. */
export const sourceExtractors: BinaryTextExtractors = { pdf: pdfText, docx: docxText };
