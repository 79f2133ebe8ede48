import type { ListStyle } from '../types';
import { paragraphProperties, runProperties } from './properties';
import { BODY_FONT } from './styles';
import { WORD_NAMESPACES, XML_DECLARATION } from './xml';

/** Word allows nine list levels. */
export const LIST_LEVELS = 9;

const BULLETS = ['\u2022', '\u25E6', '\u25AA'];
const NUMBER_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'];
const ABSTRACT_ID = { bullet: 1, number: 2 } as const;

type NumberedStyle = Exclude<ListStyle, 'check'>;

/** Twips: where a list level's text starts, and how far its bullet or number hangs before it. */
export function listIndent(depth: number): { left: number; hanging: number } {
  return { left: 360 * (depth + 2), hanging: 360 };
}

interface ListInstance {
  style: NumberedStyle;
  level: number;
  start: number;
}

/**
 * The document's numbering part. Bulleted and numbered lists each have one definition of
 * their nine levels; every list, nested ones included, is an instance of its own that
 * starts its level again from the list's first number, so each list counts on its own.
 */
export class ListNumbering {
  private readonly instances: ListInstance[] = [];

  /** A new numbering instance for a list at `level`, counting from `start`; its numId. */
  instance(style: NumberedStyle, level: number, start: number): number {
    this.instances.push({ style, level, start });
    return this.instances.length;
  }

  xml(): string {
    const used = (['bullet', 'number'] as const).filter((style) => this.instances.some((instance) => instance.style === style));
    const definitions = used.map((style) => abstractNumbering(style));
    const instances = this.instances.map(
      ({ style, level, start }, index) =>
        `<w:num w:numId="${index + 1}"><w:abstractNumId w:val="${ABSTRACT_ID[style]}"/><w:lvlOverride w:ilvl="${level}"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`,
    );
    return `${XML_DECLARATION}<w:numbering ${WORD_NAMESPACES}>${definitions.join('')}${instances.join('')}</w:numbering>`;
  }
}

/** The nine levels of bulleted or numbered lists: bullets •, ◦, ▪ or numbers 1., a., i. in turn, each level one step further in. */
function abstractNumbering(style: NumberedStyle): string {
  const levels = Array.from({ length: LIST_LEVELS }, (_, level) => {
    const indent = paragraphProperties({ indent: listIndent(level) });
    if (style === 'bullet') {
      const bullet = BULLETS[level % BULLETS.length] as string;
      const font = runProperties({ fonts: { ascii: BODY_FONT, hAnsi: BODY_FONT, eastAsia: BODY_FONT, cs: BODY_FONT } });
      return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="${bullet}"/><w:lvlJc w:val="left"/>${indent}${font}</w:lvl>`;
    }
    const format = NUMBER_FORMATS[level % NUMBER_FORMATS.length] as string;
    return `<w:lvl w:ilvl="${level}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="%${level + 1}."/><w:lvlJc w:val="left"/>${indent}</w:lvl>`;
  });
  return `<w:abstractNum w:abstractNumId="${ABSTRACT_ID[style]}"><w:multiLevelType w:val="hybridMultilevel"/>${levels.join('')}</w:abstractNum>`;
}
