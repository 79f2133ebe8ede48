// Types for the little of fontkit the PDF writer measures text with. fontkit ships none; it is
// the font engine pdfkit (under pdfmake) lays text out with, so widths measured here are the
// widths pdfmake uses.

declare module 'fontkit' {
  export interface GlyphRun {
    /** In font units. */
    advanceWidth: number;
  }

  export interface Font {
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    layout(text: string): GlyphRun;
  }

  export function create(bytes: Uint8Array): Font;
}
