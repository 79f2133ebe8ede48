import type { CaptureFormat } from '../schema';

/** The source fields a capture fills in, by their SourceSchema names. */
export type DetectableField =
  | 'title'
  | 'containerTitle'
  | 'publisher'
  | 'authors'
  | 'issued'
  | 'place'
  | 'url'
  | 'language'
  | 'originator'
  | 'cslType'
  | 'kind';

/**
 * A value as a page states it about itself (a meta tag, JSON-LD, the lang attribute), not
 * yet checked: dates, names and addresses are read by the metadata step, which may refuse them.
 */
export interface MetadataHint {
  field: DetectableField;
  value: string;
  /** Where it was read, as the analyst is shown it: "meta og:site_name", "JSON-LD datePublished". */
  evidence: string;
}

/** A run of text and where it sat in the original, so what was left out can be listed in order. */
export interface PlacedText {
  text: string;
  position: number;
}

/** Text as a format reader gives it, before site furniture and metadata lines come out. */
export interface ExtractedText {
  format: CaptureFormat;
  /** The article's paragraphs in reading order; a paragraph's own line breaks are "\n". */
  paragraphs: PlacedText[];
  /** Parts of a page the reader left out around the article (menus, footers, sidebars), in page order. */
  leftOut: PlacedText[];
  hints: MetadataHint[];
  warnings: string[];
}

/** One line of the article as the furniture and metadata steps see it. */
export interface TextLine {
  /** As written, without trailing white space. */
  text: string;
  /** Which paragraph it belongs to. */
  paragraph: number;
  /** Its paragraph's position in the original. */
  position: number;
  /** Its place among all lines, for a stable order. */
  order: number;
}

/** Paragraphs of plain text: runs of lines between blank lines. */
export function splitParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\f\v\u00a0]*\n/)
    .map((paragraph) => paragraph.replace(/^\n+|\n+$/g, ''))
    .filter((paragraph) => paragraph.trim() !== '');
}

export function linesOf(paragraphs: readonly PlacedText[]): TextLine[] {
  const lines: TextLine[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const line of paragraph.text.split('\n')) {
      const text = line.trimEnd();
      if (text.trim() !== '') lines.push({ text, paragraph: index, position: paragraph.position, order: lines.length });
    }
  });
  return lines;
}

/** Lines back to text: lines of one paragraph joined by a line break, paragraphs by a blank line. */
export function textOf(lines: readonly TextLine[]): string {
  let text = '';
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous) text += previous.paragraph === line.paragraph ? '\n' : '\n\n';
    text += line.text;
  });
  return text;
}

/** The lines of each paragraph, in order. */
export function paragraphsOf(lines: readonly TextLine[]): TextLine[][] {
  const paragraphs: TextLine[][] = [];
  for (const line of lines) {
    const last = paragraphs[paragraphs.length - 1];
    if (last && (last[0] as TextLine).paragraph === line.paragraph) last.push(line);
    else paragraphs.push([line]);
  }
  return paragraphs;
}
