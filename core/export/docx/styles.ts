import { BorderStyle, LevelFormat, LineRuleType, ShadingType, type ILevelsOptions, type IStylesOptions } from 'docx';
import type { ListStyle } from '../types';

/**
 * The look of an exported DOCX, as real Word styles (Title, Heading 1–4, Normal, Quote,
 * List Paragraph, Footnote Text…) so a recipient's Word or LibreOffice can restyle the
 * document, and its text carries no direct formatting a house template would fight.
 */

/** Fonts every Word and LibreOffice has (LibreOffice maps Arial to the metric-equal Liberation Sans). */
export const BODY_FONT = 'Arial';
export const CODE_FONT = 'Courier New';
/**
 * Arabic and Kurdish text (Word's "complex script" font). Where Noto Naskh Arabic is not
 * installed, the font table names Arial as its stand-in; Arial has Arabic letters on Windows
 * and macOS, and LibreOffice falls back by script.
 */
export const COMPLEX_SCRIPT_FONT = 'Noto Naskh Arabic';

export const STYLE = {
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  quote: 'Quote',
  inlineCode: 'InlineCode',
  hyperlink: 'Hyperlink',
  footnoteText: 'FootnoteText',
  endnoteText: 'EndnoteText',
  caption: 'Caption',
  titleBlockLabel: 'TitleBlockLabel',
  placeholder: 'Placeholder',
  sourceEntry: 'SourceEntry',
  tableSpacer: 'TableSpacer',
  portionMark: 'PortionMark',
} as const;

const HEADING_COLOR = '1F3864';
const MUTED_COLOR = '595959';
/**
 * A font size in half-points (as Word counts them) for Latin text, and 2 pt more for
 * Arabic and Kurdish: Naskh letters are small for their point size, so the larger size
 * reads as the same size as the Latin text beside it.
 */
function fontSize(halfPoints: number): { size: number; sizeComplexScript: number } {
  return { size: halfPoints, sizeComplexScript: halfPoints + 4 };
}

const TABLE_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8C8C8C' } as const;
/** A ruled table's borders and cell padding (twips), shared by body tables, people tables and the source list. */
export const RULED_TABLE = {
  borders: { top: TABLE_BORDER, bottom: TABLE_BORDER, left: TABLE_BORDER, right: TABLE_BORDER, insideHorizontal: TABLE_BORDER, insideVertical: TABLE_BORDER },
  margins: { top: 40, bottom: 40, left: 100, right: 100 },
} as const;
export const HEADER_CELL_SHADING = { type: ShadingType.CLEAR, fill: 'E7EBF1', color: 'auto' } as const;

/** Line spacing as a multiple of single; the rule is written out, since LibreOffice reads a bare value as exact and clips images. */
function lineSpacing(multiple: number): { line: number; lineRule: typeof LineRuleType.AUTO } {
  return { line: Math.round(240 * multiple), lineRule: LineRuleType.AUTO };
}

export function documentStyles(): IStylesOptions {
  const heading = (size: number, before: number, extra: { italics?: boolean } = {}) => ({
    run: { ...fontSize(size), bold: true, color: HEADING_COLOR, ...extra },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: { ascii: BODY_FONT, hAnsi: BODY_FONT, eastAsia: BODY_FONT, cs: COMPLEX_SCRIPT_FONT }, ...fontSize(22) },
        paragraph: { spacing: { after: 120, ...lineSpacing(1.1) } },
      },
      title: {
        run: { ...fontSize(36), bold: true, color: HEADING_COLOR },
        paragraph: { spacing: { after: 200 }, keepNext: true },
      },
      heading1: heading(28, 320),
      heading2: heading(24, 240),
      heading3: heading(22, 200),
      heading4: heading(22, 160, { italics: true }),
      listParagraph: { paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
      footnoteText: { run: fontSize(18), paragraph: { spacing: { after: 40, ...lineSpacing(1) } } },
      endnoteText: { run: fontSize(18), paragraph: { spacing: { after: 40, ...lineSpacing(1) } } },
      caption: { run: { ...fontSize(20), bold: true, color: HEADING_COLOR }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      hyperlink: { run: { color: '1F4E99', underline: {} } },
    },
    paragraphStyles: [
      {
        id: STYLE.quote,
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, color: '404040' },
        paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 120, after: 120 }, border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6A6A6', space: 8 } } },
      },
      { id: STYLE.tableText, name: 'Table Text', basedOn: 'Normal', quickFormat: true, run: fontSize(20), paragraph: { spacing: { before: 20, after: 20, ...lineSpacing(1) } } },
      { id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, quickFormat: true, run: { bold: true }, paragraph: { keepNext: true } },
      { id: STYLE.titleBlockLabel, name: 'Title Block Label', basedOn: STYLE.tableText, run: { bold: true, color: MUTED_COLOR } },
      { id: STYLE.placeholder, name: 'Export Placeholder', basedOn: 'Normal', run: { italics: true, color: MUTED_COLOR } },
      { id: STYLE.tableSpacer, name: 'Table Spacer', basedOn: 'Normal', run: { size: 8, sizeComplexScript: 8 }, paragraph: { spacing: { before: 0, after: 120, ...lineSpacing(1) } } },
      { id: STYLE.sourceEntry, name: 'Source Entry', basedOn: 'Normal', paragraph: { indent: { left: 567, hanging: 567 }, spacing: { after: 100 } } },
    ],
    characterStyles: [
      { id: STYLE.inlineCode, name: 'Inline Code', basedOn: 'DefaultParagraphFont', run: { font: CODE_FONT, size: 20 } },
      // Names the portion marks, so a recipient can find or restyle them; the runs themselves are never bold or italic (see portionMarkRuns).
      { id: STYLE.portionMark, name: 'Portion Mark', basedOn: 'DefaultParagraphFont' },
    ],
  };
}

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];
/** Word allows nine list levels. */
export const LIST_LEVELS = 9;

/** Twips: where a list level's text starts, and how far its bullet or number hangs before it. */
export function listIndent(depth: number): { left: number; hanging: number } {
  return { left: 360 * (depth + 2), hanging: 360 };
}

/** The nine levels of a bulleted or numbered list whose items count from `start`. */
export function listLevels(style: Exclude<ListStyle, 'check'>, start: number): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level): ILevelsOptions => {
    const paragraph = { indent: listIndent(level) };
    if (style === 'bullet') {
      return { level, format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length], style: { paragraph, run: { font: BODY_FONT } } };
    }
    return { level, format: NUMBER_FORMATS[level % NUMBER_FORMATS.length], text: `%${level + 1}.`, start, style: { paragraph } };
  });
}
