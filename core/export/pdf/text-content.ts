import type { PdfInline, PdfTextNode } from 'pdfmake';
import type { Alignment, Direction, Inline, TextStyle } from '../types';
import { FAMILY_NAMES, type FontMetrics } from './fonts';
import { ARABIC_LINE_HEIGHT, COLOR, LATIN_LINE_HEIGHT } from './styles';
import { layOutLines, sizeOf, type LinePiece, type RunStyle, type TextLine, type TextSpan } from './text-lines';

/** A tab is set as this many spaces (pdfmake does the same with a tab character). */
const TAB_SPACES = '    ';

/** The id of a note's first line: the destination its mark in the text links to. */
export function noteDestination(number: number): string {
  return `note-${number}`;
}

/** Inline content as styled text: links coloured and underlined, citations as superscript note numbers. */
export function spansOf(inlines: readonly Inline[], base: RunStyle): TextSpan[] {
  return inlines.flatMap((inline, index): TextSpan[] => {
    switch (inline.kind) {
      case 'text': {
        // A newline inside text (pasted) breaks the line, as in the editor.
        const style = withTextStyle(base, inline.style);
        return inline.text.split(/\r?\n/).flatMap((part, partIndex): TextSpan[] => (partIndex === 0 ? [{ text: part, style }] : ['break', { text: part, style }]));
      }
      case 'break':
        return ['break'];
      case 'tab':
        return [{ text: TAB_SPACES, style: base }];
      case 'note-ref': {
        const mark: RunStyle = { ...base, script: 'super', noteRef: inline.number, link: undefined, underline: undefined };
        // Citations side by side read "1,2", as in the editor, not "12".
        const separator: TextSpan[] = inlines[index - 1]?.kind === 'note-ref' ? [{ text: ',', style: { ...mark, noteRef: undefined } }] : [];
        return [...separator, { text: String(inline.number), style: mark }];
      }
      case 'link':
        return spansOf(inline.children, { ...base, link: inline.url, color: COLOR.link, underline: true });
    }
  });
}

/**
 * A portion's mark in front of its text, `(S//NF) `: the text's size and colour, never bold,
 * italic or underlined, whatever the paragraph's style. Put first in logical order, the bidi
 * algorithm sets it at the right-hand start of a right-to-left paragraph.
 */
export function portionSpans(portion: string | undefined, base: RunStyle): TextSpan[] {
  return portion === undefined ? [] : [{ text: `${portion} `, style: { size: base.size, color: base.color } }];
}

function withTextStyle(base: RunStyle, style: TextStyle): RunStyle {
  return {
    ...base,
    bold: base.bold || style.bold,
    italic: base.italic || style.italic,
    underline: base.underline || style.underline,
    strike: style.strike,
    code: style.code,
    script: style.script ?? base.script,
  };
}

/** How a paragraph's lines are set: the space they have, their direction and alignment. */
export interface ParagraphFrame {
  width: number;
  firstLineWidth?: number;
  direction: Direction;
  align: Alignment | null;
}

/** A paragraph's lines, each a pdfmake text node that fits its width, with the notes marked on it. */
export function paragraphLines(spans: readonly TextSpan[], frame: ParagraphFrame, metrics: FontMetrics, missing: Set<string>): Array<{ node: PdfTextNode; notes: number[] }> {
  const lines = layOutLines(spans, { direction: frame.direction, width: frame.width, firstLineWidth: frame.firstLineWidth }, metrics, missing);
  return lines.map((line) => ({ node: lineNode(line, alignmentOf(frame)), notes: line.notes }));
}

/** Justified text is set ragged, to its starting edge: each line is its own node, which pdfmake never stretches. */
function alignmentOf(frame: ParagraphFrame): 'left' | 'center' | 'right' {
  if (frame.align === 'center' || frame.align === 'left' || frame.align === 'right') return frame.align;
  return frame.direction === 'rtl' ? 'right' : 'left';
}

/** One line: already broken and ordered, so pdfmake must neither wrap nor reorder it. */
export function lineNode(line: TextLine, alignment: 'left' | 'center' | 'right'): PdfTextNode {
  // An empty line (two line breaks in a row) still takes a line's height.
  const pieces = line.pieces.length > 0 ? line.pieces.map(inlineOf) : [{ text: '\u00a0' }];
  return { text: pieces, noWrap: true, alignment };
}

function inlineOf(piece: LinePiece): PdfInline {
  const { style, family } = piece;
  const decoration = [...(style.underline ? (['underline'] as const) : []), ...(style.strike ? (['lineThrough'] as const) : [])];
  const inline: PdfInline = {
    text: piece.text,
    font: FAMILY_NAMES[family],
    fontSize: sizeOf(style, family),
    lineHeight: family === 'naskh' ? ARABIC_LINE_HEIGHT : LATIN_LINE_HEIGHT,
    color: style.color,
  };
  if (style.bold) inline.bold = true;
  if (style.italic) inline.italics = true;
  if (decoration.length > 0) inline.decoration = decoration;
  if (style.script === 'super') inline.sup = true;
  if (style.script === 'sub') inline.sub = true;
  if (style.code) inline.background = COLOR.codeBackground;
  if (style.link) inline.link = style.link;
  if (style.noteRef !== undefined) inline.linkToDestination = noteDestination(style.noteRef);
  if (piece.actualText) inline.actualText = piece.actualText;
  return inline;
}

export type { RunStyle, TextSpan };
