import { paragraphProperties, runProperties, type ParagraphFormat, type RunFormat } from './properties';
import { WORD_NAMESPACES, XML_DECLARATION, escapeXml } from './xml';

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
  normal: 'Normal',
  title: 'Title',
  listParagraph: 'ListParagraph',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  quote: 'Quote',
  inlineCode: 'InlineCode',
  hyperlink: 'Hyperlink',
  footnoteText: 'FootnoteText',
  footnoteReference: 'FootnoteReference',
  endnoteText: 'EndnoteText',
  endnoteReference: 'EndnoteReference',
  caption: 'Caption',
  titleBlockLabel: 'TitleBlockLabel',
  placeholder: 'Placeholder',
  sourceEntry: 'SourceEntry',
  tableSpacer: 'TableSpacer',
  portionMark: 'PortionMark',
  defaultParagraphFont: 'DefaultParagraphFont',
} as const;

/** The paragraph style of each heading level, 1–4. */
export const HEADING_STYLES = ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const;

const HEADING_COLOR = '1F3864';
const MUTED_COLOR = '595959';
/** Single line spacing, in 240ths of a line. */
const SINGLE = 240;

/**
 * A font size in half-points (as Word counts them) for Latin text, and 2 pt more for
 * Arabic and Kurdish: Naskh letters are small for their point size, so the larger size
 * reads as the same size as the Latin text beside it.
 */
function fontSize(halfPoints: number): Pick<RunFormat, 'size' | 'sizeComplexScript'> {
  return { size: halfPoints, sizeComplexScript: halfPoints + 4 };
}

interface StyleDefinition {
  type: 'paragraph' | 'character';
  id: string;
  /** Word's own name for its built-in styles ("heading 1"), so Word and LibreOffice treat them as theirs. */
  name: string;
  basedOn?: string;
  next?: string;
  /** Shown in the style gallery. */
  quickFormat?: true;
  paragraph?: ParagraphFormat;
  run?: RunFormat;
}

function heading(level: number, size: number, before: number, run: RunFormat = {}): StyleDefinition {
  return {
    type: 'paragraph',
    id: HEADING_STYLES[level - 1] as string,
    name: `heading ${level}`,
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: { keepNext: true, keepLines: true, spacing: { before, after: 80 }, outlineLevel: level - 1 },
    run: { bold: true, color: HEADING_COLOR, ...fontSize(size), ...run },
  };
}

function noteText(id: string, name: string): StyleDefinition {
  return { type: 'paragraph', id, name, basedOn: STYLE.normal, paragraph: { spacing: { after: 40, line: SINGLE } }, run: fontSize(18) };
}

function noteReference(id: string, name: string): StyleDefinition {
  return { type: 'character', id, name, basedOn: STYLE.defaultParagraphFont, run: { script: 'super' } };
}

const STYLES: readonly StyleDefinition[] = [
  { type: 'paragraph', id: STYLE.title, name: 'Title', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, paragraph: { keepNext: true, spacing: { after: 200 } }, run: { bold: true, color: HEADING_COLOR, ...fontSize(36) } },
  heading(1, 28, 320),
  heading(2, 24, 240),
  heading(3, 22, 200),
  heading(4, 22, 160, { italic: true }),
  { type: 'paragraph', id: STYLE.listParagraph, name: 'List Paragraph', basedOn: STYLE.normal, quickFormat: true, paragraph: { spacing: { after: 60 }, contextualSpacing: true } },
  {
    type: 'paragraph',
    id: STYLE.quote,
    name: 'Quote',
    basedOn: STYLE.normal,
    next: STYLE.normal,
    quickFormat: true,
    paragraph: { border: { left: { style: 'single', size: 12, color: 'A6A6A6', space: 8 } }, spacing: { before: 120, after: 120 }, indent: { left: 567, right: 567 } },
    run: { italic: true, color: '404040' },
  },
  noteText(STYLE.footnoteText, 'footnote text'),
  noteReference(STYLE.footnoteReference, 'footnote reference'),
  noteText(STYLE.endnoteText, 'endnote text'),
  noteReference(STYLE.endnoteReference, 'endnote reference'),
  { type: 'paragraph', id: STYLE.caption, name: 'caption', basedOn: STYLE.normal, next: STYLE.normal, quickFormat: true, paragraph: { keepNext: true, spacing: { before: 160, after: 60 } }, run: { bold: true, color: HEADING_COLOR, ...fontSize(20) } },
  { type: 'character', id: STYLE.hyperlink, name: 'Hyperlink', basedOn: STYLE.defaultParagraphFont, run: { color: '1F4E99', underline: true } },
  { type: 'paragraph', id: STYLE.tableText, name: 'Table Text', basedOn: STYLE.normal, quickFormat: true, paragraph: { spacing: { before: 20, after: 20, line: SINGLE } }, run: fontSize(20) },
  { type: 'paragraph', id: STYLE.tableHeading, name: 'Table Heading', basedOn: STYLE.tableText, quickFormat: true, paragraph: { keepNext: true }, run: { bold: true } },
  { type: 'paragraph', id: STYLE.titleBlockLabel, name: 'Title Block Label', basedOn: STYLE.tableText, run: { bold: true, color: MUTED_COLOR } },
  { type: 'paragraph', id: STYLE.placeholder, name: 'Export Placeholder', basedOn: STYLE.normal, run: { italic: true, color: MUTED_COLOR } },
  { type: 'paragraph', id: STYLE.tableSpacer, name: 'Table Spacer', basedOn: STYLE.normal, paragraph: { spacing: { before: 0, after: 120, line: SINGLE } }, run: { size: 8 } },
  { type: 'paragraph', id: STYLE.sourceEntry, name: 'Source Entry', basedOn: STYLE.normal, paragraph: { spacing: { after: 100 }, indent: { left: 567, hanging: 567 } } },
  { type: 'character', id: STYLE.inlineCode, name: 'Inline Code', basedOn: STYLE.defaultParagraphFont, run: { fonts: { ascii: CODE_FONT, hAnsi: CODE_FONT, eastAsia: CODE_FONT, cs: CODE_FONT }, size: 20 } },
  // Names the portion marks, so a recipient can find or restyle them; the runs themselves are never bold or italic (see portionMarkRun).
  { type: 'character', id: STYLE.portionMark, name: 'Portion Mark', basedOn: STYLE.defaultParagraphFont },
];

/** The defaults every style builds on: Arial 11 pt (Noto Naskh Arabic for Arabic), 6 pt after each paragraph, lines at 1.1. */
const DOCUMENT_DEFAULTS = [
  '<w:docDefaults>',
  `<w:rPrDefault>${runProperties({ fonts: { ascii: BODY_FONT, hAnsi: BODY_FONT, eastAsia: BODY_FONT, cs: COMPLEX_SCRIPT_FONT }, ...fontSize(22) })}</w:rPrDefault>`,
  `<w:pPrDefault>${paragraphProperties({ spacing: { after: 120, line: Math.round(SINGLE * 1.1) } })}</w:pPrDefault>`,
  '</w:docDefaults>',
].join('');

/** The styles Word itself always has: the defaults for paragraphs, characters and tables. */
const BUILT_IN_DEFAULTS = [
  `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.normal}"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
  `<w:style w:type="character" w:default="1" w:styleId="${STYLE.defaultParagraphFont}"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>`,
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>',
  '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
].join('');

function styleXml(style: StyleDefinition): string {
  const parts = [
    `<w:name w:val="${escapeXml(style.name)}"/>`,
    style.basedOn === undefined ? '' : `<w:basedOn w:val="${style.basedOn}"/>`,
    style.next === undefined ? '' : `<w:next w:val="${style.next}"/>`,
    style.quickFormat ? '<w:qFormat/>' : '',
    style.paragraph ? paragraphProperties(style.paragraph) : '',
    style.run ? runProperties(style.run) : '',
  ];
  return `<w:style w:type="${style.type}" w:styleId="${style.id}">${parts.join('')}</w:style>`;
}

/** The styles part, the same for every document. */
export function stylesPart(): string {
  return `${XML_DECLARATION}<w:styles ${WORD_NAMESPACES}>${DOCUMENT_DEFAULTS}${BUILT_IN_DEFAULTS}${STYLES.map(styleXml).join('')}</w:styles>`;
}
