import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import { buildExportModel } from '../../../core/export/model';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { ARABIC_REPORT, bodyOf, heading, paragraph, table, text } from './fixtures';
import { POPPLER, QPDF, pageTexts, pdfFonts, qpdfCheck, savePdf, withoutSpacing } from './pdf-readers';

/** An Arabic report: an Arabic title and heading, its sentences as paragraphs, a vocalized line and a table row. */
async function exportArabicReport() {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), author: 'Jo Moreau', title: 'تقرير ميداني عن المعابر' });
  const [first = '', second = ''] = ARABIC_REPORT.sentences;
  bodyOf(document, [
    { ...heading('h1', ARABIC_REPORT.heading), direction: 'rtl' },
    ...ARABIC_REPORT.sentences.map((sentence) => paragraph([text(sentence)], { direction: null })),
    paragraph([text(ARABIC_REPORT.vocalized)], { direction: null }),
    table([[first.split(' ')[0] ?? '', second.split(' ')[0] ?? ''], ['ثلاث قوافل', 'بعد الظهر']]),
  ]);
  const { model } = buildExportModel(document, { notes: 'footnotes', includeSourceList: false, distribution: false });
  const pdf = await writePdf(model, await loadPdfFonts());
  return { ...pdf, path: await savePdf(pdf.bytes, 'arabic.pdf') };
}

const ARABIC_WORD = /\p{Script=Arabic}+/gu;
const MARK = /\p{M}/gu;

describe.skipIf(!POPPLER || !QPDF)(POPPLER && QPDF ? 'the PDF of an Arabic report' : 'the PDF of an Arabic report — skipped: poppler-utils or qpdf is not installed', () => {
  let exported: Awaited<ReturnType<typeof exportArabicReport>>;
  let lines: string[];

  beforeAll(async () => {
    exported = await exportArabicReport();
    lines = pageTexts(exported.path).join('\n').split('\n');
  }, 60_000);

  /** The extracted line that holds the most of a sentence's words (marks and spacing aside). */
  const lineOf = (sentence: string) => {
    const words = sentence.replace(MARK, '').match(ARABIC_WORD) ?? [];
    const score = (line: string) => words.filter((word) => withoutSpacing(line).replace(MARK, '').includes(word)).length;
    return lines.reduce((best, line) => (score(line) > score(best) ? line : best), '');
  };

  it('extracts every sentence as written: each letter, number, Latin word and bracket, in reading order', () => {
    // The page is mostly right to left, so pdftotext gives its lines in reading order.
    for (const sentence of ARABIC_REPORT.sentences) {
      const line = lineOf(sentence);
      expect(withoutSpacing(line), sentence).toBe(withoutSpacing(sentence));
      // And each Arabic word whole, not broken into pieces.
      const words = line.split(/[\s\u202a-\u202e]+/);
      for (const word of sentence.match(ARABIC_WORD) ?? []) expect(words.some((candidate) => candidate.includes(word)), `${word} in “${line.trim()}”`).toBe(true);
    }
  });

  it('extracts the title, the heading (in bold) and the table’s cells', () => {
    const all = lines.join('\n');
    expect(all).toContain('تقرير ميداني عن المعابر');
    expect(all).toContain(ARABIC_REPORT.heading);
    expect(all).toContain('ثلاث قوافل');
    expect(all).toContain('بعد الظهر');
  });

  it('extracts a vocalized line with every letter right and every vowel mark kept', () => {
    // Readers place vowel marks themselves (pdftotext sets each apart): the letters and the marks are checked, not where the marks sit.
    const line = withoutSpacing(lineOf(ARABIC_REPORT.vocalized));
    expect(line.replace(MARK, '')).toBe(withoutSpacing(ARABIC_REPORT.vocalized).replace(MARK, ''));
    expect([...(line.match(MARK) ?? [])].sort()).toEqual([...(ARABIC_REPORT.vocalized.match(MARK) ?? [])].sort());
  });

  it('is a well-formed PDF with the Arabic faces embedded', () => {
    expect(qpdfCheck(exported.path)).toMatchObject({ ok: true });
    const fonts = pdfFonts(exported.path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toEqual(expect.arrayContaining(['NotoNaskhArabic-Regular', 'NotoNaskhArabic-Bold']));
    expect(fonts.every((font) => font.embedded)).toBe(true);
    expect(exported.warnings).toEqual([]);
  });
});
