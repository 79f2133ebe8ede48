import { create, type Font } from 'fontkit';
import type { LaidOutGlyph } from './glyph-texts';

/**
 * The fonts a PDF embeds, as the bytes of each face: core/ reads no files, so the host
 * (electron/services/pdf-fonts.ts) loads them from the bundle and passes them in. Nothing is
 * ever fetched.
 */
export interface PdfFonts {
  /** Noto Sans: Latin, Greek and Cyrillic text, digits and punctuation. */
  sans: { regular: Uint8Array; bold: Uint8Array; italic: Uint8Array; boldItalic: Uint8Array };
  /** Noto Naskh Arabic: Arabic and Kurdish (Sorani). Naskh has no italic. */
  naskh: { regular: Uint8Array; bold: Uint8Array };
}

export type Family = 'sans' | 'naskh';

/** The family names the document definition uses. */
export const FAMILY_NAMES: Readonly<Record<Family, string>> = { sans: 'NotoSans', naskh: 'NotoNaskhArabic' };

export interface Face {
  family: Family;
  bold: boolean;
  italic: boolean;
}

/** Text widths and glyph coverage, measured with the font engine pdfkit lays text out with. */
export class FontMetrics {
  private readonly faces: ReadonlyMap<string, Font>;
  /** Widths at 1 pt, by face and word. */
  private readonly widths = new Map<string, number>();
  private readonly coverage: Record<Family, Map<number, boolean>> = { sans: new Map(), naskh: new Map() };

  constructor(fonts: PdfFonts) {
    const naskhRegular = create(fonts.naskh.regular);
    const naskhBold = create(fonts.naskh.bold);
    this.faces = new Map([
      ['sans', create(fonts.sans.regular)],
      ['sans-b', create(fonts.sans.bold)],
      ['sans-i', create(fonts.sans.italic)],
      ['sans-bi', create(fonts.sans.boldItalic)],
      ['naskh', naskhRegular],
      ['naskh-b', naskhBold],
      // Italic Arabic is set upright, as pdfmake's family table below maps it.
      ['naskh-i', naskhRegular],
      ['naskh-bi', naskhBold],
    ]);
  }

  /**
   * The width of some text at a size, in points, as pdfkit measures it: it lays text out a
   * word at a time, each word with the space after it, and adds the widths up.
   */
  width(face: Face, size: number, text: string): number {
    const key = faceKey(face);
    let total = 0;
    let start = 0;
    for (let index = 0; index < text.length; index += 1) {
      if (text[index] === ' ' || index === text.length - 1) {
        total += this.wordWidth(key, text.slice(start, index + 1));
        start = index + 1;
      }
    }
    return total * size;
  }

  /**
   * The glyphs pdfkit will draw for some text of one word (no spaces) in a face, left to
   * right, as the same font engine lays them out: pdfkit shapes a word at a time, as here.
   */
  glyphs(face: Face, text: string): LaidOutGlyph[] {
    const run = (this.faces.get(faceKey(face)) as Font).layout(text);
    return run.glyphs.map((glyph, index) => ({ id: glyph.id, advance: run.positions[index]?.xAdvance ?? 0 }));
  }

  /** The glyph a face has for a character, as its character map says (0 when it has none). */
  glyphFor(face: Face, codePoint: number): number {
    return (this.faces.get(faceKey(face)) as Font).glyphForCodePoint(codePoint).id;
  }

  has(family: Family, codePoint: number): boolean {
    const known = this.coverage[family].get(codePoint);
    if (known !== undefined) return known;
    const has = this.font(family).hasGlyphForCodePoint(codePoint);
    this.coverage[family].set(codePoint, has);
    return has;
  }

  private wordWidth(key: string, word: string): number {
    const cacheKey = `${key}\u0000${word}`;
    let width = this.widths.get(cacheKey);
    if (width === undefined) {
      const font = this.faces.get(key) as Font;
      width = font.layout(word).advanceWidth / font.unitsPerEm;
      this.widths.set(cacheKey, width);
    }
    return width;
  }

  private font(family: Family): Font {
    return this.faces.get(family) as Font;
  }
}

function faceKey(face: Face): string {
  const style = `${face.bold ? 'b' : ''}${face.italic ? 'i' : ''}`;
  return style ? `${face.family}-${style}` : face.family;
}

/** Where the fonts sit in pdfmake's in-memory file system. */
export const VIRTUAL_FONT_FILES = {
  sansRegular: 'briefwright/NotoSans-Regular.ttf',
  sansBold: 'briefwright/NotoSans-Bold.ttf',
  sansItalic: 'briefwright/NotoSans-Italic.ttf',
  sansBoldItalic: 'briefwright/NotoSans-BoldItalic.ttf',
  naskhRegular: 'briefwright/NotoNaskhArabic-Regular.ttf',
  naskhBold: 'briefwright/NotoNaskhArabic-Bold.ttf',
} as const;

/** Each face's bytes under its virtual file name. */
export function virtualFontFiles(fonts: PdfFonts): Array<[string, Uint8Array]> {
  return [
    [VIRTUAL_FONT_FILES.sansRegular, fonts.sans.regular],
    [VIRTUAL_FONT_FILES.sansBold, fonts.sans.bold],
    [VIRTUAL_FONT_FILES.sansItalic, fonts.sans.italic],
    [VIRTUAL_FONT_FILES.sansBoldItalic, fonts.sans.boldItalic],
    [VIRTUAL_FONT_FILES.naskhRegular, fonts.naskh.regular],
    [VIRTUAL_FONT_FILES.naskhBold, fonts.naskh.bold],
  ];
}

/** pdfmake's font table: each family's four styles, by virtual file name. */
export const FONT_FAMILIES = {
  [FAMILY_NAMES.sans]: {
    normal: VIRTUAL_FONT_FILES.sansRegular,
    bold: VIRTUAL_FONT_FILES.sansBold,
    italics: VIRTUAL_FONT_FILES.sansItalic,
    bolditalics: VIRTUAL_FONT_FILES.sansBoldItalic,
  },
  [FAMILY_NAMES.naskh]: {
    normal: VIRTUAL_FONT_FILES.naskhRegular,
    bold: VIRTUAL_FONT_FILES.naskhBold,
    italics: VIRTUAL_FONT_FILES.naskhRegular,
    bolditalics: VIRTUAL_FONT_FILES.naskhBold,
  },
};
