import { escapeXml } from './xml';

/**
 * Paragraph and run properties (`w:pPr`, `w:rPr`) as plain data, written in the order the
 * WordprocessingML schema requires; the validator rejects any other order. Lengths are
 * twips, font sizes half-points, colours RRGGBB.
 */

export interface Border {
  style: 'single' | 'none';
  /** Eighths of a point. */
  size: number;
  color: string;
  /** Points between the border and the text. */
  space?: number;
}

/** Word's paragraph alignment; start and end follow the paragraph's direction. */
export type Justification = 'start' | 'end' | 'left' | 'right' | 'center' | 'both';

export interface ParagraphFormat {
  style?: string;
  keepNext?: true;
  keepLines?: true;
  /** A list item: its list's numbering instance and its level in it. */
  numbering?: { id: number; level: number };
  border?: { top?: Border; left?: Border; bottom?: Border };
  bidi?: true;
  spacing?: Spacing;
  indent?: Indent;
  contextualSpacing?: true;
  justification?: Justification;
  /** 0 for a level-1 heading: what Word's navigation pane and a PDF's bookmarks list. */
  outlineLevel?: number;
}

export interface Spacing {
  before?: number;
  after?: number;
  /** Line height in 240ths of a line (auto rule): 240 is single spacing. */
  line?: number;
}

export interface Indent {
  start?: number;
  left?: number;
  right?: number;
  hanging?: number;
}

export interface RunFormat {
  /** A character style's id. */
  style?: string;
  /** Fonts by script; `cs` is the complex-script font (Arabic, Hebrew…). */
  fonts?: { ascii: string; hAnsi: string; eastAsia: string; cs: string };
  /** True sets bold, false switches off a style's bold. */
  bold?: boolean;
  italic?: boolean;
  strike?: true;
  color?: string;
  size?: number;
  /** The size of complex-script text, when it differs from `size`. */
  sizeComplexScript?: number;
  underline?: true;
  /** Background fill, RRGGBB. */
  shading?: string;
  script?: 'sub' | 'super';
  rightToLeft?: true;
}

export function paragraphProperties(format: ParagraphFormat): string {
  let xml = '';
  if (format.style !== undefined) xml += `<w:pStyle w:val="${format.style}"/>`;
  if (format.keepNext) xml += '<w:keepNext/>';
  if (format.keepLines) xml += '<w:keepLines/>';
  if (format.numbering) xml += `<w:numPr><w:ilvl w:val="${format.numbering.level}"/><w:numId w:val="${format.numbering.id}"/></w:numPr>`;
  if (format.border) xml += borders('w:pBdr', format.border);
  if (format.bidi) xml += '<w:bidi/>';
  if (format.spacing) xml += spacing(format.spacing);
  if (format.indent) xml += indent(format.indent);
  if (format.contextualSpacing) xml += '<w:contextualSpacing/>';
  if (format.justification) xml += `<w:jc w:val="${format.justification}"/>`;
  if (format.outlineLevel !== undefined) xml += `<w:outlineLvl w:val="${format.outlineLevel}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

export function runProperties(format: RunFormat): string {
  let xml = '';
  if (format.style !== undefined) xml += `<w:rStyle w:val="${format.style}"/>`;
  if (format.fonts) xml += `<w:rFonts w:ascii="${escapeXml(format.fonts.ascii)}" w:cs="${escapeXml(format.fonts.cs)}" w:eastAsia="${escapeXml(format.fonts.eastAsia)}" w:hAnsi="${escapeXml(format.fonts.hAnsi)}"/>`;
  if (format.bold !== undefined) xml += format.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (format.italic !== undefined) xml += format.italic ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (format.strike) xml += '<w:strike/>';
  if (format.color !== undefined) xml += `<w:color w:val="${format.color}"/>`;
  if (format.size !== undefined) xml += `<w:sz w:val="${format.size}"/><w:szCs w:val="${format.sizeComplexScript ?? format.size}"/>`;
  if (format.underline) xml += '<w:u w:val="single"/>';
  if (format.shading !== undefined) xml += `<w:shd w:val="clear" w:color="auto" w:fill="${format.shading}"/>`;
  if (format.script) xml += `<w:vertAlign w:val="${format.script === 'sub' ? 'subscript' : 'superscript'}"/>`;
  if (format.rightToLeft) xml += '<w:rtl/>';
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

/** A paragraph's or a table's borders, in the schema's order (top, left, bottom, right, inside). */
export function borders(element: string, sides: Partial<Record<'top' | 'left' | 'bottom' | 'right' | 'insideH' | 'insideV', Border>>): string {
  let xml = '';
  for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'] as const) {
    const border = sides[side];
    if (border) xml += `<w:${side} w:val="${border.style}" w:sz="${border.size}" w:space="${border.space ?? 0}" w:color="${border.color}"/>`;
  }
  return `<${element}>${xml}</${element}>`;
}

function spacing({ before, after, line }: Spacing): string {
  const lineRule = line === undefined ? '' : ` w:line="${line}" w:lineRule="auto"`;
  return `<w:spacing${before === undefined ? '' : ` w:before="${before}"`}${after === undefined ? '' : ` w:after="${after}"`}${lineRule}/>`;
}

function indent({ start, left, right, hanging }: Indent): string {
  const attributes = [start === undefined ? '' : ` w:start="${start}"`, left === undefined ? '' : ` w:left="${left}"`, right === undefined ? '' : ` w:right="${right}"`, hanging === undefined ? '' : ` w:hanging="${hanging}"`];
  return `<w:ind${attributes.join('')}/>`;
}
