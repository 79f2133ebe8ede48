import { hasRightToLeftText } from '../direction';
import type { Inline, TextStyle } from '../types';
import { runProperties, type RunFormat } from './properties';
import type { PartRelationships } from './relationships';
import { STYLE } from './styles';
import { escapeXml } from './xml';

/**
 * Inline content as WordprocessingML runs: text with its formatting, line breaks, tabs,
 * note marks and links. Right-to-left text is marked `w:rtl`, so Word lays it out with the
 * complex-script font and size.
 */
export class RunWriter {
  constructor(
    /** How citations are marked: as footnote or as endnote references. */
    private readonly notes: NoteReferences,
    /** The relationships of the part the runs go in, for links. */
    private readonly relationships: PartRelationships,
  ) {}

  runs(inlines: readonly Inline[], characterStyle?: string): string {
    let xml = '';
    for (let index = 0; index < inlines.length; index += 1) {
      const inline = inlines[index] as Inline;
      switch (inline.kind) {
        case 'text':
          xml += textRun(inline.text, { ...textFormat(inline.style, characterStyle), rightToLeft: hasRightToLeftText(inline.text) || undefined });
          break;
        case 'break':
          xml += `<w:r>${runProperties({ style: characterStyle })}<w:br/></w:r>`;
          break;
        case 'tab':
          xml += `<w:r>${runProperties({ style: characterStyle })}<w:tab/></w:r>`;
          break;
        case 'note-ref':
          // Citations side by side read "1,2", as in the editor, not "12".
          if (inlines[index - 1]?.kind === 'note-ref') xml += textRun(',', { style: characterStyle, script: 'super' });
          xml += this.noteReference(inline.number);
          break;
        case 'link':
          xml += `<w:hyperlink r:id="${this.relationships.hyperlink(inline.url)}" w:history="1">${this.runs(inline.children, STYLE.hyperlink)}</w:hyperlink>`;
          break;
      }
    }
    return xml;
  }

  private noteReference(number: number): string {
    return `<w:r><w:rPr><w:rStyle w:val="${this.notes.referenceStyle}"/></w:rPr><${this.notes.reference} w:id="${number}"/></w:r>`;
  }
}

/** Word's element for a reference to a note, and the character style of its number. */
export interface NoteReferences {
  reference: string;
  referenceStyle: string;
}

/** One run of text; every character of it is kept, spaces at either end included. */
export function textRun(text: string, format: RunFormat = {}): string {
  return `<w:r>${runProperties(format)}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>`;
}

/** A run of plain text, marked right-to-left when it holds Arabic or Hebrew letters. */
export function plainRun(text: string, format: RunFormat = {}): string {
  return textRun(text, { ...format, rightToLeft: hasRightToLeftText(text) || undefined });
}

/**
 * A portion's mark in front of its text, `(S//NF) `, as a run of its own: the paragraph's
 * font and size, but never bold or italic (direct formatting, since a character style
 * cannot switch off a heading's bold). First in logical order, so a right-to-left
 * paragraph shows it at its right-hand start.
 */
export function portionMarkRun(portion: string | undefined): string {
  return portion === undefined ? '' : textRun(`${portion} `, { style: STYLE.portionMark, bold: false, italic: false });
}

/** Direct formatting for a text's style; code takes the Inline Code character style, else the surrounding one (a link's) stays. */
function textFormat(style: TextStyle, characterStyle: string | undefined): RunFormat {
  return {
    style: style.code ? STYLE.inlineCode : characterStyle,
    bold: style.bold,
    italic: style.italic,
    strike: style.strike,
    underline: style.underline,
    script: style.script,
  };
}
