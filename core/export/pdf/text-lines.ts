import bidiFactory, { type BidiCharTypeName } from 'bidi-js';
import type { Direction } from '../types';
import type { Face, Family, FontMetrics } from './fonts';
import { glyphTexts, type ActualText } from './glyph-texts';
import { ARABIC_SIZE_BONUS } from './styles';

const bidi = bidiFactory();

/** How a stretch of text looks. */
export interface RunStyle {
  size: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  code?: boolean;
  script?: 'super' | 'sub';
  link?: string;
  /** Set on a citation's mark: the number of the note it refers to. */
  noteRef?: number;
}

/** A paragraph's content: styled text, and line breaks the analyst typed. */
export type TextSpan = { text: string; style: RunStyle } | 'break';

/** A piece of a laid-out line, in the order it is drawn from left to right, in one font. */
export interface LinePiece {
  /** As pdfkit must be given it: see drawnText. */
  text: string;
  style: RunStyle;
  family: Family;
  /** Set on a right-to-left piece: the text it is written with, for readers to extract instead of its glyphs (glyph-texts.ts). */
  actualText?: ActualText;
}

export interface TextLine {
  pieces: LinePiece[];
  /** The notes whose marks are on this line, in order. */
  notes: number[];
}

export interface LineFrame {
  direction: Direction;
  /** Points available to each line. */
  width: number;
  /** The first line's width, when it differs (a hanging indent). */
  firstLineWidth?: number;
}

/** Characters shaped with the Arabic font; everything else is set in Noto Sans where it can be. */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;
/** Scripts fontkit lays out right to left, reversing the glyphs of a run it is given in logical order. */
const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const REAL_SCRIPT = /[^\p{Script=Common}\p{Script=Inherited}]/u;
/** Where a word too long for its line may be broken: after these, else anywhere. */
const SOFT_BREAK_AFTER = new Set(['/', '-', '.', '_', '?', '&', '=', ',', ':', ';']);
const MAY_HOLD_RIGHT_TO_LEFT = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** A run of characters of one span, one font and one bidi level; `end` is exclusive. */
interface Piece {
  start: number;
  end: number;
  span: number;
  family: Family;
  level: number;
  /** Width with and without the spaces it ends with. */
  width: number;
  trimmedWidth: number;
}

/**
 * Breaks a paragraph into lines that fit the frame, and puts each line's pieces in the order
 * they are drawn. pdfmake shapes Arabic letters but does not reorder text (its issue #184),
 * so the Unicode bidi algorithm (bidi-js) runs here on the whole paragraph, and each line is
 * reordered on its own (rule L2), after it is broken, as the algorithm requires.
 */
export function layOutLines(spans: readonly TextSpan[], frame: LineFrame, metrics: FontMetrics, missing: Set<string>): TextLine[] {
  const hardLines: Array<Array<{ text: string; style: RunStyle }>> = [[]];
  for (const span of spans) {
    if (span === 'break') hardLines.push([]);
    else if (span.text !== '') (hardLines[hardLines.length - 1] as Array<{ text: string; style: RunStyle }>).push(span);
  }
  const lines: TextLine[] = [];
  for (const hardLine of hardLines) {
    const widthOf = (index: number) => (lines.length + index === 0 ? (frame.firstLineWidth ?? frame.width) : frame.width);
    lines.push(...new ParagraphText(hardLine, frame.direction, metrics, missing).lines(widthOf));
  }
  return lines;
}

class ParagraphText {
  private readonly text: string;
  private readonly spanAt: number[] = [];
  private readonly levels: Uint8Array | null;
  private readonly pieces: Piece[];

  constructor(
    private readonly spans: ReadonlyArray<{ text: string; style: RunStyle }>,
    private readonly direction: Direction,
    private readonly metrics: FontMetrics,
    private readonly missing: Set<string>,
  ) {
    this.text = spans.map((span) => span.text).join('');
    spans.forEach((span, index) => {
      for (let offset = 0; offset < span.text.length; offset += 1) this.spanAt.push(index);
    });
    const bidiNeeded = direction === 'rtl' || MAY_HOLD_RIGHT_TO_LEFT.test(this.text);
    this.levels = bidiNeeded ? bidi.getEmbeddingLevels(this.text, direction).levels : null;
    this.pieces = this.split();
  }

  /** Greedy line filling, as Word and pdfmake do: a word goes on the line if it fits without its trailing spaces. */
  lines(widthOf: (lineIndex: number) => number): TextLine[] {
    if (this.pieces.length === 0) return [{ pieces: [], notes: [] }];
    const lines: Piece[][] = [];
    let line: Piece[] = [];
    let lineWidth = 0;
    for (const word of this.words()) {
      const wordWidth = sum(word.slice(0, -1).map((piece) => piece.width)) + (word[word.length - 1] as Piece).trimmedWidth;
      if (line.length > 0 && lineWidth + wordWidth > widthOf(lines.length)) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      if (line.length === 0 && wordWidth > widthOf(lines.length)) {
        // A word longer than a whole line (an address in a narrow column) is broken where it fits.
        const parts = this.breakWord(word, () => widthOf(lines.length));
        for (const part of parts.slice(0, -1)) lines.push(part);
        line = parts[parts.length - 1] as Piece[];
        lineWidth = sum(line.map((piece) => piece.width));
        continue;
      }
      line.push(...word);
      lineWidth += sum(word.map((piece) => piece.width));
    }
    lines.push(line);
    return lines.map((pieces) => this.visualLine(pieces));
  }

  /** Pieces of one span, font and bidi level; a bidi paragraph also has each run of spaces as a piece of its own. */
  private split(): Piece[] {
    const pieces: Piece[] = [];
    let current: Omit<Piece, 'width' | 'trimmedWidth'> | null = null;
    let index = 0;
    while (index < this.text.length) {
      const codePoint = this.text.codePointAt(index) as number;
      const length = codePoint > 0xffff ? 2 : 1;
      const span = this.spanAt[index] as number;
      const level = this.levels ? (this.levels[index] as number) : 0;
      const family = this.familyOf(codePoint, level);
      const isSpace = codePoint === 0x20;
      const continues =
        current !== null &&
        current.span === span &&
        current.family === family &&
        current.level === level &&
        // Plain text keeps a word's spaces with it, as pdfkit does; bidi text sets spaces apart, since they may be drawn on either side.
        (this.levels ? isSpace === (this.text[current.start] === ' ') : !(this.text[index - 1] === ' ' && !isSpace));
      if (continues && current) {
        current.end = index + length;
      } else {
        if (current) pieces.push(this.measured(current));
        current = { start: index, end: index + length, span, family, level };
      }
      index += length;
    }
    if (current) pieces.push(this.measured(current));
    return pieces;
  }

  private measured(piece: Omit<Piece, 'width' | 'trimmedWidth'>): Piece {
    const text = this.text.slice(piece.start, piece.end);
    const trimmed = text.replace(/ +$/, '');
    return { ...piece, width: this.widthOf(piece, text), trimmedWidth: trimmed === text ? this.widthOf(piece, text) : this.widthOf(piece, trimmed) };
  }

  private widthOf(piece: Pick<Piece, 'span' | 'family'>, text: string): number {
    const style = this.styleOf(piece.span);
    // Marks and superscripts are measured at full size: pdfmake shrinks them itself, so this is an upper bound.
    return this.metrics.width(faceOf(style, piece.family), sizeOf(style, piece.family), text);
  }

  /** Words: runs of pieces up to and including spaces, where a line may break. */
  private *words(): Generator<Piece[]> {
    let word: Piece[] = [];
    for (const piece of this.pieces) {
      word.push(piece);
      if (this.text[piece.end - 1] === ' ') {
        yield word;
        word = [];
      }
    }
    if (word.length > 0) yield word;
  }

  /** Splits a word into parts that each fit a line, breaking after a slash or hyphen where one fits. */
  private breakWord(word: Piece[], lineWidth: () => number): Piece[][] {
    const parts: Piece[][] = [];
    let part: Piece[] = [];
    let used = 0;
    const queue = [...word];
    while (queue.length > 0) {
      const piece = queue.shift() as Piece;
      if (used + piece.trimmedWidth <= lineWidth()) {
        part.push(piece);
        used += piece.width;
        continue;
      }
      const cut = this.cutPoint(piece, lineWidth() - used, part.length === 0);
      if (cut > piece.start) {
        part.push(this.measured({ ...piece, end: cut }));
        queue.unshift(this.measured({ ...piece, start: cut }));
      } else {
        queue.unshift(piece);
      }
      parts.push(part);
      part = [];
      used = 0;
    }
    if (part.length > 0) parts.push(part);
    return parts;
  }

  /** The last place in a piece before which its text fits `room`; at least one character on an empty line. */
  private cutPoint(piece: Piece, room: number, lineEmpty: boolean): number {
    const boundaries: number[] = [];
    for (let index = piece.start + 1; index < piece.end; index += 1) {
      const code = this.text.charCodeAt(index);
      // Never inside a surrogate pair or before a combining mark.
      if ((code >= 0xdc00 && code <= 0xdfff) || /\p{M}/u.test(this.text[index] as string)) continue;
      boundaries.push(index);
    }
    // A longer prefix is never narrower, so the longest that fits is found by halving.
    let fitting = -1;
    let low = 0;
    let high = boundaries.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.widthOf(piece, this.text.slice(piece.start, boundaries[middle])) <= room) {
        fitting = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    if (fitting < 0) return lineEmpty ? (boundaries[0] ?? piece.end) : piece.start;
    for (let index = fitting; index >= 0; index -= 1) {
      const end = boundaries[index] as number;
      if (SOFT_BREAK_AFTER.has(this.text[end - 1] as string)) return end;
    }
    return boundaries[fitting] as number;
  }

  /** A line's pieces without the spaces at its ends, in drawing order, with their text as pdfkit must be given it. */
  private visualLine(logical: Piece[]): TextLine {
    const pieces = trimSpaces(logical, this.text);
    const trimmed = pieces
      .map((piece, index) => {
        let { start, end } = piece;
        if (index === 0) while (start < end && this.text[start] === ' ') start += 1;
        if (index === pieces.length - 1) while (end > start && this.text[end - 1] === ' ') end -= 1;
        return { ...piece, start, end };
      })
      .filter((piece) => piece.end > piece.start);
    const notes = [...new Set(trimmed.map((piece) => this.styleOf(piece.span).noteRef).filter((note): note is number => note !== undefined))];
    const ordered = this.levels ? reorderRuns(trimmed) : trimmed;
    return { pieces: ordered.map((piece) => this.linePiece(piece)), notes };
  }

  private linePiece(piece: Piece): LinePiece {
    const text = this.drawnText(piece);
    const style = this.styleOf(piece.span);
    const linePiece: LinePiece = { text, style, family: piece.family };
    if (piece.level % 2 === 1 && text.trim() !== '') {
      // We reordered this piece, so we know its text as written; the glyphs are matched to it here, where the fonts are.
      const written = this.text.slice(piece.start, piece.end);
      const face = faceOf(style, piece.family);
      linePiece.actualText = { text: written, glyphs: glyphTexts(written, this.metrics.glyphs(face, text), (codePoint) => this.metrics.glyphFor(face, codePoint)) };
    }
    return linePiece;
  }

  /**
   * Text at an even level is drawn as written. At an odd level the piece is right to left:
   * its mirrored characters are swapped (a "(" opens on the right), and then fontkit, which
   * reverses the glyphs of any run in a right-to-left script, is given it in logical order;
   * a piece of neutral characters only (".", "!?") fontkit leaves alone, so it is reversed here.
   */
  private drawnText(piece: Piece): string {
    const text = this.text.slice(piece.start, piece.end);
    if (piece.level % 2 === 0) return text;
    const mirrored = [...text].map((character) => bidi.getMirroredCharacter(character) ?? character);
    const firstScript = REAL_SCRIPT.exec(text)?.[0];
    const fontkitReverses = firstScript !== undefined && RIGHT_TO_LEFT_SCRIPT.test(firstScript);
    return fontkitReverses ? mirrored.join('') : mirrored.reverse().join('');
  }

  /**
   * Arabic letters take Naskh; Latin letters Noto Sans; digits, spaces and punctuation take
   * Naskh inside right-to-left text, so an Arabic sentence is set in one face. A character
   * neither font has is noted, for a warning.
   */
  private familyOf(codePoint: number, level: number): Family {
    const character = String.fromCodePoint(codePoint);
    let family: Family = 'sans';
    if (ARABIC_SCRIPT.test(character)) family = 'naskh';
    else if (this.levels && strongType(character) !== 'L' && (level % 2 === 1 || this.direction === 'rtl')) family = 'naskh';
    if (this.metrics.has(family, codePoint)) return family;
    const other: Family = family === 'sans' ? 'naskh' : 'sans';
    if (this.metrics.has(other, codePoint)) return other;
    if (codePoint > 0x20 && !/\p{Cc}|\p{Cf}/u.test(character)) this.missing.add(character);
    return family;
  }

  private styleOf(span: number): RunStyle {
    return (this.spans[span] as { style: RunStyle }).style;
  }
}

function strongType(character: string): BidiCharTypeName {
  return bidi.getBidiCharTypeName(character);
}

export function faceOf(style: RunStyle, family: Family): Face {
  return { family, bold: style.bold === true, italic: style.italic === true };
}

/** The point size a piece is set in: Arabic letters a little larger, to match the Latin beside them. */
export function sizeOf(style: RunStyle, family: Family): number {
  return family === 'naskh' ? style.size + ARABIC_SIZE_BONUS : style.size;
}

/** Drops the pieces that are only spaces at either end of a line. */
function trimSpaces(pieces: Piece[], text: string): Piece[] {
  const blank = (piece: Piece) => text.slice(piece.start, piece.end).trim() === '';
  let first = 0;
  let last = pieces.length - 1;
  while (first <= last && blank(pieces[first] as Piece)) first += 1;
  while (last >= first && blank(pieces[last] as Piece)) last -= 1;
  return pieces.slice(first, last + 1);
}

/** Rule L2 of the bidi algorithm, on pieces (each of one level): from the highest level down to the lowest odd one, reverse every run at that level or above. */
function reorderRuns(pieces: Piece[]): Piece[] {
  const ordered = [...pieces];
  const levels = ordered.map((piece) => piece.level);
  const highest = Math.max(0, ...levels);
  const lowestOdd = Math.min(...levels.map((level) => (level % 2 === 1 ? level : level + 1)));
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < ordered.length) {
      if ((ordered[index] as Piece).level < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < ordered.length && (ordered[end] as Piece).level >= level) end += 1;
      ordered.splice(index, end - index, ...ordered.slice(index, end).reverse());
      index = end;
    }
  }
  return ordered;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
