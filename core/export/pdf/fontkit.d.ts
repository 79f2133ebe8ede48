// Types for the little of fontkit the PDF writer measures text with. fontkit ships none; it is
// the font engine pdfkit (under pdfmake) lays text out with, so widths measured here are the
// widths pdfmake uses.

declare module 'fontkit' {
  export interface Glyph {
    id: number;
  }

  export interface GlyphPosition {
    /** In font units; 0 for a mark placed on the letter before it. */
    xAdvance: number;
  }

  export interface GlyphRun {
    /** In font units. */
    advanceWidth: number;
    /** In the order they are drawn, left to right (a right-to-left run is reversed). */
    glyphs: Glyph[];
    positions: GlyphPosition[];
  }

  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
    layout(text: string): GlyphRun;
  }

  export function create(bytes: Uint8Array): Font;
}
