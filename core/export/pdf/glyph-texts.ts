/**
 * What each glyph of a right-to-left piece stands for, so that a PDF reader extracts the
 * letters as written rather than what the glyphs' own Unicode entries say.
 *
 * Noto Naskh draws most letters as a dotless shape shared with other letters, plus dots: ب ت
 * ث ن ي all start from one shape, ح ج خ from another. A PDF maps each glyph to one text (its
 * ToUnicode entry), so every letter drawn with a shared shape would read as whichever letter
 * used that shape first. The PDF writer therefore draws each glyph of a right-to-left piece
 * that would be misread inside a marked-content span whose ActualText is what the glyph
 * stands for (drawing.ts): a letter's shape carries the letter, a vowel mark its mark, the
 * dots nothing. The texts come from the piece as written, which the line builder has
 * (text-lines.ts), matched to the glyphs as the font engine lays the piece out.
 *
 * One span a glyph, not one a word: readers put the glyphs of a line into reading order
 * themselves, from where they are drawn (pdftotext reverses each right-to-left run), and they
 * lay a span's text out left to right across the span, so a word in one span would be read
 * backwards. Drawn one glyph a span, the letters reach the reader as the glyphs would, in the
 * order they are drawn, each with the right letter.
 */

/** A glyph as the font engine laid it out: its id in the font and how far it moves the pen (0 for a mark placed on a letter). */
export interface LaidOutGlyph {
  id: number;
  advance: number;
}

/** The text a right-to-left piece is written with, and what each of its glyphs stands for. */
export interface ActualText {
  /** The piece as written: logical order, brackets not mirrored. */
  text: string;
  /** Per glyph, in the order the glyphs are drawn (left to right); null when the glyphs could not be matched to the letters. */
  glyphs: string[] | null;
}

/** Combining marks (vowel signs, shadda, hamza above) and format characters (ZWJ) belong to the letter before them. */
const JOINS_PREVIOUS = /[\p{M}\p{Cf}]/u;

/**
 * Matches the glyphs of a right-to-left piece to the characters it is written with. The
 * glyphs are given as drawn, left to right, which for a right-to-left piece is the reverse of
 * the characters' order. In reading order, each glyph that moves the pen starts a letter, and
 * the glyphs that do not (dots, vowel marks) belong to it; each character that is not a
 * mark starts a letter, and its marks belong to it. Letter by letter, the first glyph takes
 * the letter, a mark glyph takes the mark it is the font's glyph for, and the dots take
 * nothing; a mark no glyph is the font's glyph for (merged into another glyph) goes with its
 * letter. When there are not as many letters drawn as written (a ligature, a letter the font
 * splits in two), nothing can be told of single glyphs: null.
 */
export function glyphTexts(written: string, drawn: readonly LaidOutGlyph[], glyphFor: (codePoint: number) => number): string[] | null {
  const letters = groups([...written], (character) => !JOINS_PREVIOUS.test(character));
  const reading = drawn.map((glyph, index) => ({ ...glyph, index })).reverse();
  const shapes = groups(reading, (glyph) => glyph.advance > 0);
  if (letters.length !== shapes.length) return null;
  const texts = drawn.map(() => '');
  letters.forEach((characters, letterIndex) => {
    const [base = '', ...marks] = characters;
    const [first, ...markGlyphs] = shapes[letterIndex] as typeof reading;
    const unplaced: string[] = [];
    const taken = new Set<number>();
    for (const mark of marks) {
      const glyph = markGlyphs.find((candidate) => !taken.has(candidate.index) && candidate.id === glyphFor(mark.codePointAt(0) as number));
      if (glyph) {
        taken.add(glyph.index);
        texts[glyph.index] = mark;
      } else {
        unplaced.push(mark);
      }
    }
    if (first) texts[first.index] = [base, ...unplaced].join('');
  });
  return texts;
}

/** Items in runs, each run starting where `starts` says (or at the first item). */
function groups<T>(items: readonly T[], starts: (item: T) => boolean): T[][] {
  const runs: T[][] = [];
  for (const item of items) {
    const last = runs[runs.length - 1];
    if (last && !starts(item)) last.push(item);
    else runs.push([item]);
  }
  return runs;
}
