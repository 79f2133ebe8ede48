import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { buildExportModel, type ExportOptions } from '../../../core/export/model';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import { bytesToBase64 } from '../../../core/text/base64';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { ARABIC_SENTENCE, barChartPng, bodyOf, cite, exportReadout, heading, image, item, list, paragraph, source, table, tallRowDocument, text } from './fixtures';
import { POPPLER, QPDF, outline, pageTexts, pdfFonts, pdfInfo, qpdfCheck, readingOrder, savePdf } from './pdf-readers';

const FOOTNOTES: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false };

async function exportPdf(document: BriefDocument, options: Partial<ExportOptions> = {}) {
  const { model, warnings } = buildExportModel(document, { ...FOOTNOTES, ...options });
  const pdf = await writePdf(model, await loadPdfFonts());
  return { ...pdf, modelWarnings: warnings, path: await savePdf(pdf.bytes, 'export.pdf') };
}

const lines = (page: string) => page.split('\n').filter((line) => line.trim() !== '');

/** A word no other part of the document holds, from a number: 1 → "Qb", 27 → "Qbb". */
function tag(number: number): string {
  return `Q${[...number.toString(26)].map((digit) => String.fromCharCode(97 + parseInt(digit, 26))).join('')}`;
}

const FILLER =
  'Officials described the transfer schedule in detail, naming the facilities involved, the number of guards on each shift and the order in which the detainees would be moved between sites over the coming weeks.';

/**
 * A long assessment: every paragraph holds a tag word and cites a source of its own, so each
 * note's text starts with a name only it has. One page has many short cited paragraphs; one
 * source has a very long title, so its note runs over several lines.
 */
function longAssessment(): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), author: 'Jo Moreau', title: 'Detention facilities: outlook' });
  document.marking = { scheme: 'uk', level: 'OFFICIAL', controls: [] };
  const body: SerializedBodyNode[] = [heading('h1', 'Background')];
  const count = 40;
  for (let number = 1; number <= count; number += 1) {
    // Note 12 is far too long for the foot of one page: a long title and a very long address.
    const long = number === 12;
    const longTitle = long ? ` ${Array.from({ length: 8 }, () => 'with an account of every facility, every transfer and every inspection carried out').join(', ')}` : '';
    const longUrl = long ? `https://archive.example.org/${Array.from({ length: 200 }, () => 'facility-records').join('/')}/final-segment` : '';
    document.sources.push(
      source({
        id: `src-${number}`,
        cslType: 'article-newspaper',
        title: `Report on the facilities${longTitle}`,
        url: longUrl,
        authors: [{ family: 'Writer', given: `Scribe${tag(number)}` }],
        containerTitle: 'Northern Dispatch',
        issued: '2025-03-12',
        kind: 'news-report',
        reliability: 'B',
        credibility: '2',
      }),
    );
    // Paragraphs 14 to 24 are short: one page holds many of them, and many notes.
    const words = number >= 14 && number <= 24 ? 'A short point.' : `${FILLER} ${number % 3 === 0 ? FILLER : ''}`;
    // The tag is the last word before the note's mark, so both are on one line.
    body.push(paragraph([text(`${words} ${tag(number)}`), cite(`src-${number}`, `para. ${number}`)]));
    if (number % 10 === 0) body.push(heading('h2', `Part ${number / 10}`));
  }
  return bodyOf(document, body);
}

describe.skipIf(!POPPLER || !QPDF)(POPPLER && QPDF ? 'the PDF of a meeting readout' : 'the PDF of a meeting readout — skipped: poppler-utils or qpdf is not installed', () => {
  let exported: Awaited<ReturnType<typeof exportPdf>>;
  let pages: string[];

  beforeAll(async () => {
    exported = await exportPdf(exportReadout());
    pages = pageTexts(exported.path);
  }, 60_000);

  it('is a well-formed PDF with every font embedded', () => {
    expect(qpdfCheck(exported.path).ok).toBe(true);
    const fonts = pdfFonts(exported.path);
    expect(fonts.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['NotoNaskhArabic-Regular', 'NotoSans-Bold', 'NotoSans-Italic', 'NotoSans-Regular']);
    expect(fonts.every((font) => font.embedded)).toBe(true);
  });

  it('puts the TLP label at the top and the foot of every page, and Page X of Y', () => {
    expect(pages.length).toBe(2);
    pages.forEach((page, index) => {
      expect(lines(page)[0]?.trim(), `top of page ${index + 1}`).toBe('TLP:AMBER');
      expect(lines(page).at(-1)?.trim(), `foot of page ${index + 1}`).toBe('TLP:AMBER');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('has the title block, the sections, the list numbers, the table and the source list', () => {
    const all = pages.join('\n');
    expect(all).toMatch(/Readout: Interior Minister Saleh – Head of Advisory\s+Mission \(Varga\), 12 March 2025/);
    expect(all).toMatch(/Place\s+Ministry of Interior, conference room B/);
    expect(all).toMatch(/Karim Saleh\s+Minister of Interior\s+Ministry of Interior\s+Host/);
    expect(all).toMatch(/1\. Returns: states that cannot take nationals back/);
    expect(all).toMatch(/3\. Funding for the inspection teams\./);
    expect(all).toMatch(/Send list of nationals\s+Political section\s+2025-03-20/);
    expect(all).toContain('“Among them are leaders who must not walk free,” the minister said.');
    expect(all).toMatch(/Sources\s+Okonkwo, Adaeze\. “Minister presses partners on detainee returns\.”/);
  });

  it('prints each footnote at the foot of the page its mark is on', () => {
    const [first = '', second = ''] = pages;
    expect(first).toMatch(/nationals1 and said/);
    expect(first).toMatch(/^\s*1 Adaeze Okonkwo, “Minister presses partners on detainee returns,” Northern Dispatch/m);
    expect(first).toMatch(/^\s*2 Ibid\., para\. 5\.$/m);
    expect(second).toMatch(/^\s*7 Regional Monitoring Group, Detention facilities\.$/m);
    // The notes follow the text, below it.
    expect(first.indexOf('Ibid., para. 5.')).toBeGreaterThan(first.indexOf('Summary'));
  });

  it('extracts the Arabic sentence as written, letter for letter, right-aligned', () => {
    const line = pages.join('\n').split('\n').find((candidate) => candidate.includes('1200')) ?? '';
    // Right-aligned: the line starts far from the left margin.
    expect(line.length - line.trimStart().length).toBeGreaterThan(40);
    // Every letter as written, although Noto Naskh draws ق ف, ح ج خ and ر ز from shared
    // shapes: each glyph is drawn in a span that says which letter it is. (The note mark,
    // raised, is on the line above.)
    expect(readingOrder(line)).toBe(ARABIC_SENTENCE);
  });

  it('has an outline of the headings, nested as the document', () => {
    const entries = outline(exported.path);
    expect(entries.map((entry) => entry.title)).toEqual(['Purpose', 'Summary', 'Key points', 'Commitments and requests', 'Follow-ups', 'Analyst comment', 'Sources']);
    const keyPoints = entries.find((entry) => entry.title === 'Key points');
    expect(keyPoints?.kids.map((kid) => kid.title)).toEqual(['Detention facilities']);
    expect(entries.find((entry) => entry.title === 'Sources')?.destpageposfrom1).toBe(2);
  });

  it('carries the document properties and the marking', () => {
    const info = pdfInfo(exported.path);
    expect(info.Title).toBe('Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025');
    expect(info.Subject).toBe('Meeting readout');
    expect(info.Keywords).toBe('Meeting readout; Ministry of Interior; Advisory Mission');
    expect(info.Author).toBe('Jo Moreau');
    expect(info.Creator).toBe('Briefwright');
    expect(info.CreationDate).toMatch(/2025/);
    expect(info.Marking).toBe('TLP:AMBER');
  });

  it('needed nothing from the network and warned of nothing', () => {
    expect(exported.warnings).toEqual([]);
  });
});

describe.skipIf(!POPPLER)(POPPLER ? 'the PDF of a long assessment' : 'the PDF of a long assessment — skipped: poppler-utils is not installed', () => {
  let pages: string[];

  beforeAll(async () => {
    const exported = await exportPdf(longAssessment());
    pages = pageTexts(exported.path);
  }, 60_000);

  /** The page (from 1) whose text matches, or 0. */
  const pageOf = (pattern: RegExp) => pages.findIndex((page) => pattern.test(page)) + 1;

  it('puts every note at the foot of the page its mark is on, over several pages', () => {
    const notePages = new Set<number>();
    for (let number = 1; number <= 40; number += 1) {
      const markPage = pageOf(new RegExp(`\\b${tag(number)}(?![a-z])`));
      const notePage = pageOf(new RegExp(`^\\s*${number} Scribe${tag(number)} Writer`, 'm'));
      expect(notePage, `note ${number}`).toBe(markPage);
      notePages.add(notePage);
    }
    expect([...notePages].slice(0, 3)).toEqual([1, 2, 3]);
  });

  it('fits many notes on one page, and continues a long note on the next', () => {
    const notesPerPage = pages.map((page) => (page.match(/^\s*\d+ Scribe/gm) ?? []).length);
    expect(Math.max(...notesPerPage)).toBeGreaterThanOrEqual(8);
    const markPage = pageOf(/\bQm(?![a-z])/);
    expect(pageOf(/^\s*12 ScribeQm Writer, “Report on the facilities with an account/m)).toBe(markPage);
    expect(pageOf(/\/final-segment/)).toBe(markPage + 1);
  });

  it('keeps the banner and page numbers on every page', () => {
    expect(pages.length).toBeGreaterThanOrEqual(4);
    pages.forEach((page, index) => {
      expect(lines(page)[0]?.trim()).toBe('OFFICIAL');
      expect(lines(page).at(-1)?.trim()).toBe('OFFICIAL');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
  });

  it('never sets a note over the text: each page’s notes come after its last line of text', () => {
    for (const page of pages) {
      const noteAt = page.search(/^\s*\d+ Scribe/m);
      if (noteAt < 0) continue;
      expect(page.slice(noteAt)).not.toMatch(/Officials described|A short point/);
    }
  });
});

describe.skipIf(!POPPLER)(POPPLER ? 'the PDF as a distribution copy with endnotes' : 'the PDF as a distribution copy with endnotes — skipped: poppler-utils is not installed', () => {
  it('lists the notes at the end, names no author and carries no times', async () => {
    const exported = await exportPdf(exportReadout(), { notes: 'endnotes', distribution: true });
    const pages = pageTexts(exported.path);
    const all = pages.join('\n');
    expect(all).not.toContain('Analyst comment');
    const notes = all.slice(all.lastIndexOf('Notes'));
    expect(notes).toMatch(/^\s*1 Adaeze Okonkwo/m);
    expect(notes).toMatch(/^\s*6 Ibid\., para\. 7\.$/m);
    const info = pdfInfo(exported.path);
    expect(info.Author).toBeUndefined();
    expect(info.CreationDate).toBeUndefined();
    expect(info.ModDate).toBeUndefined();
    expect(info.DistributionCopy).toBe('Yes');
    expect(outline(exported.path).map((entry) => entry.title)).toContain('Notes');
  });
});

describe('the PDF of a document export has to degrade', () => {
  it('shows WebP and GIF images as their description, with a warning each, and still exports', async () => {
    const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Degraded' });
    const gif = new Uint8Array([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 10, 0, 10, 0, 0, 0, 0]);
    const webp = new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8L\0\0\0\0\x2f\0\0\0\0\0\0\0\0\0\0\0\0\0');
    document.media = {
      'gif-1': { mimeType: 'image/gif', data: bytesToBase64(gif) },
      'webp-1': { mimeType: 'image/webp', data: bytesToBase64(webp) },
      'png-1': { mimeType: 'image/png', data: bytesToBase64(barChartPng()) },
    };
    const wide = Array.from({ length: 12 }, (_, index) => `Column heading number ${index + 1} https://example.org/a/very/long/address/${index}`);
    bodyOf(document, [
      paragraph([image('gif-1', 'Animated map')]),
      paragraph([image('webp-1', 'Satellite view')]),
      paragraph([image('png-1', 'Chart', 5000)]),
      table([wide, wide]),
      paragraph([text('עברית and 中文 have no bundled font.')]),
      list('number', [item([text('One')])]),
    ]);
    const exported = await exportPdf(document);
    expect(exported.warnings.map((warning) => warning.message)).toEqual([
      'The image “Animated map” is in GIF format, which PDF export cannot embed; the PDF shows its description instead.',
      'The image “Satellite view” is in WEBP format, which PDF export cannot embed; the PDF shows its description instead.',
      'Some text is in a script the PDF’s fonts (Noto Sans, Noto Naskh Arabic) do not cover (“ע ב ר י ת 中 文”); those characters show as empty boxes.',
    ]);
    if (!POPPLER) return;
    const all = pageTexts(exported.path).join('\n');
    expect(all).toContain('[Image: Animated map]');
    expect(all).toContain('[Image: Satellite view]');
    expect(all).toMatch(/Colu\s+Colu/);
  });
});

describe.skipIf(!POPPLER)(POPPLER ? 'the PDF of a table row taller than a page' : 'the PDF of a table row taller than a page — skipped: poppler-utils is not installed', () => {
  it('falls back to pages pdfmake breaks itself, notes as endnotes, and says so', async () => {
    const exported = await exportPdf(tallRowDocument());
    expect(exported.warnings.map((warning) => warning.message)).toEqual([
      'The PDF’s pages could not be laid out with the notes at their foot (a table row or image taller than a page?); the notes are listed at the end instead, under “Notes”.',
    ]);
    const all = pageTexts(exported.path).join('\n');
    expect(all).toContain('Transfer 90');
    expect(all).toMatch(/Notes\s+1 Ministry of Interior, Register of transfers/);
  });
});
