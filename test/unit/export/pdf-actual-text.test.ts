import { describe, expect, it } from 'vitest';
import { inSpans, spanStart } from '../../../core/export/pdf/drawing';
import { FontMetrics } from '../../../core/export/pdf/fonts';
import { glyphTexts, type LaidOutGlyph } from '../../../core/export/pdf/glyph-texts';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';

/** Glyph ids for the made-up glyphs below: two dotless shapes, dots, a vowel mark. */
const SHAPE = { beh: 10, hah: 11, dotBelow: 20, twoDotsAbove: 21, fatha: 30 };
const glyphFor = (codePoint: number) => (codePoint === 0x64e ? SHAPE.fatha : 0);
const shape = (id: number): LaidOutGlyph => ({ id, advance: 500 });
const mark = (id: number): LaidOutGlyph => ({ id, advance: 0 });

describe('what each glyph of a right-to-left piece stands for', () => {
  it('gives each letter’s shape its letter and the dots nothing, the glyphs being drawn in the reverse of reading order', () => {
    // بت: ب is a dotless shape and a dot below, ت the same shape and two dots above; drawn left to right, ت comes first.
    const drawn = [mark(SHAPE.twoDotsAbove), shape(SHAPE.beh), mark(SHAPE.dotBelow), shape(SHAPE.beh)];
    expect(glyphTexts('بت', drawn, glyphFor)).toEqual(['', 'ت', '', 'ب']);
  });

  it('gives a vowel mark to the glyph the font has for it, and the dots still nothing', () => {
    const drawn = [mark(SHAPE.fatha), mark(SHAPE.dotBelow), shape(SHAPE.beh)];
    expect(glyphTexts('بَ', drawn, glyphFor)).toEqual(['َ', '', 'ب']);
  });

  it('keeps a mark no glyph stands for with its letter', () => {
    // The font merged the fatha into another glyph: the letter's shape carries it.
    const drawn = [mark(99), shape(SHAPE.hah)];
    expect(glyphTexts('حَ', drawn, glyphFor)).toEqual(['', 'حَ']);
  });

  it('gives a bracket drawn mirrored the bracket as written', () => {
    const drawn = [shape(1), shape(SHAPE.beh), shape(2)];
    expect(glyphTexts('(ب)', drawn, glyphFor)).toEqual([')', 'ب', '(']);
  });

  it('says nothing of single glyphs when the letters drawn are not the letters written (a ligature)', () => {
    expect(glyphTexts('لا', [shape(50)], glyphFor)).toBeNull();
  });

  it('matches the glyphs Noto Naskh draws to the letters of real words', async () => {
    const metrics = new FontMetrics(await loadPdfFonts());
    const face = { family: 'naskh', bold: false, italic: false } as const;
    for (const word of ['محتجز', 'قال', 'ثلاثة', 'أسئلة', 'مُحْتَجَزٌ', 'الله']) {
      const texts = glyphTexts(word, metrics.glyphs(face, word), (codePoint) => metrics.glyphFor(face, codePoint));
      expect(texts, word).not.toBeNull();
      expect([...(texts ?? [])].reverse().join(''), word).toBe(word);
      // Letters whose shapes are shared get a glyph each with their own letter.
      expect(texts?.filter((text) => text !== '').length, word).toBe([...word].length);
    }
  });
});

describe('pdfkit’s operators for a right-to-left piece, in ActualText spans', () => {
  const actual = { text: 'بت', glyphs: ['', 'ت', '', 'ب'] };
  const operators = ['q', '1 0 0 -1 0 841.89 cm', 'BT', '1 0 0 1 72 700 Tm', '/F4 12 Tf', '[<00050006> 0] TJ', '1 0 0 1 80 703 Tm', '[<0007> 0] TJ', '1 0 0 1 72 700 Tm', '[<0006> -15.5] TJ', 'ET', 'Q'];

  it('shows each glyph in a span of its own, keeping where pdfkit moved to and its adjustments', () => {
    expect(inSpans(operators, actual)).toEqual([
      'q',
      '1 0 0 -1 0 841.89 cm',
      'BT',
      '1 0 0 1 72 700 Tm',
      '/F4 12 Tf',
      '/Span <</ActualText ()>> BDC',
      '[<0005> 0] TJ',
      'EMC',
      '/Span <</ActualText <FEFF062A>>> BDC',
      '[<0006> 0] TJ',
      'EMC',
      '1 0 0 1 80 703 Tm',
      '/Span <</ActualText ()>> BDC',
      '[<0007> 0] TJ',
      'EMC',
      '1 0 0 1 72 700 Tm',
      '/Span <</ActualText <FEFF0628>>> BDC',
      '[<0006> -15.5] TJ',
      'EMC',
      'ET',
      'Q',
    ]);
  });

  it('leaves the glyphs a reader reads right by their ToUnicode entry as pdfkit showed them', () => {
    // 0005 is a dot (read as nothing), 0006 the shared shape (read as ب), 0007 another dot.
    const readAs = (glyph: string) => ({ '0005': '', '0006': 'ب', '0007': '' })[glyph];
    expect(inSpans(operators, actual, readAs).slice(5)).toEqual([
      '[<0005> 0] TJ',
      '/Span <</ActualText <FEFF062A>>> BDC',
      '[<0006> 0] TJ',
      'EMC',
      '1 0 0 1 80 703 Tm',
      '[<0007> 0] TJ',
      '1 0 0 1 72 700 Tm',
      '[<0006> -15.5] TJ',
      'ET',
      'Q',
    ]);
    expect(inSpans(['BT', '[<00050006> 0 <0007> -3] TJ', 'ET'], { text: 'ab', glyphs: ['', 'b', 'a'] }, (glyph) => ({ '0005': '', '0006': 'b', '0007': 'a' })[glyph])).toEqual(['BT', '[<00050006> 0 <0007> -3] TJ', 'ET']);
  });

  it('falls back to one span with the whole text, inside the text object, when the glyphs shown are not as many as matched', () => {
    const spanned = inSpans(operators, { text: 'بت', glyphs: ['ت', 'ب'] });
    expect(spanned.slice(4, 6)).toEqual(['/F4 12 Tf', '/Span <</ActualText <FEFF0628062A>>> BDC']);
    expect(spanned.slice(-4)).toEqual(['[<0006> -15.5] TJ', 'EMC', 'ET', 'Q']);
    expect(spanned.filter((operator) => operator.endsWith('BDC'))).toHaveLength(1);
  });

  it('falls back to one span when a TJ cannot be read, and leaves text without TJ as it is', () => {
    const odd = ['BT', '[(ab) 0] TJ', 'ET'];
    expect(inSpans(odd, { text: 'ب', glyphs: ['ب'] })).toEqual(['BT', '/Span <</ActualText <FEFF0628>>> BDC', '[(ab) 0] TJ', 'EMC', 'ET']);
    expect(inSpans(['q', 'Q'], actual)).toEqual(['q', 'Q']);
  });

  it('writes ActualText as UTF-16BE, surrogate pairs and all', () => {
    expect(spanStart('ب')).toBe('/Span <</ActualText <FEFF0628>>> BDC');
    expect(spanStart('𝑥')).toBe('/Span <</ActualText <FEFFD835DC65>>> BDC');
    expect(spanStart('')).toBe('/Span <</ActualText ()>> BDC');
  });
});
