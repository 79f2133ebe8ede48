import { describe, expect, it } from 'vitest';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';
import { bannerText } from '../../../core/export/banner';
import { defaultExportFileName } from '../../../core/export/file-name';
import { buildExportModel, type Block, type ExportModel, type ExportOptions, type Inline, type ListBlock, type ParagraphBlock, type TableBlock } from '../../../core/export/model';
import { ONE_PIXEL_PNG_BASE64, sampleReadout } from '../../fixtures/documents';
import {
  ARABIC_SENTENCE,
  NEWS,
  bodyOf,
  cite,
  exportReadout,
  heading,
  image,
  item,
  lineBreak,
  link,
  list,
  paragraph,
  section,
  spanningTable,
  tab,
  table,
  text,
} from './fixtures';

const FOOTNOTES: ExportOptions = { notes: 'footnotes', includeSourceList: true, distribution: false };

function modelOf(document: BriefDocument, options: Partial<ExportOptions> = {}) {
  return buildExportModel(document, { ...FOOTNOTES, ...options });
}

/** A blank document with these blocks as its body. */
function documentWith(children: SerializedBodyNode[]): BriefDocument {
  const document = createDocument({ now: new Date('2025-03-12T09:00:00Z'), author: 'Jo Moreau', title: 'Test brief' });
  document.sources = [NEWS];
  return bodyOf(document, children);
}

function plain(runs: readonly Inline[]): string {
  return runs.map((run) => (run.kind === 'text' ? run.text : run.kind === 'link' ? plain(run.children) : run.kind === 'note-ref' ? `[${run.number}]` : run.kind === 'break' ? '\n' : '\t')).join('');
}

function blocksOfKind<K extends Block['kind']>(model: ExportModel, kind: K): Extract<Block, { kind: K }>[] {
  return model.blocks.filter((block): block is Extract<Block, { kind: K }> => block.kind === kind);
}

describe('the export model of a meeting readout', () => {
  const { model, warnings } = modelOf(exportReadout());

  it('builds the title block from the metadata: title, details with dates written out, participants', () => {
    expect(model.titleBlock.title).toBe('Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025');
    expect(model.titleBlock.details).toEqual([
      { label: 'Date', lines: ['12 March 2025'] },
      { label: 'Time', lines: ['10:00–11:15 (UTC+3)'] },
      { label: 'Place', lines: ['Ministry of Interior, conference room B'] },
      { label: 'Notetaker', lines: ['J. Moreau'] },
      { label: 'Distribution', lines: ['Mission leadership', 'Political section'] },
    ]);
    expect(model.titleBlock.people).toEqual([
      {
        label: 'Participants',
        showSide: true,
        people: [
          { name: 'Karim Saleh', title: 'Minister of Interior', organisation: 'Ministry of Interior', side: 'Host' },
          { name: 'Ilona Varga', title: 'Head of Mission', organisation: 'Advisory Mission', side: 'Visitor' },
        ],
      },
    ]);
  });

  it('makes template sections Heading 1 and a heading inside a section Heading 2', () => {
    const headings = blocksOfKind(model, 'heading').map((block) => [block.level, plain(block.runs), block.section?.role ?? null]);
    expect(headings).toEqual([
      [1, 'Purpose', 'other'],
      [1, 'Summary', 'reporting'],
      [1, 'Key points', 'reporting'],
      [2, 'Detention facilities', null],
      [1, 'Commitments and requests', 'reporting'],
      [1, 'Follow-ups', 'other'],
      [1, 'Analyst comment', 'comment'],
    ]);
  });

  it('never carries a section’s guidance', () => {
    const json = JSON.stringify(model, (_key, value: unknown) => (value instanceof Uint8Array ? null : value));
    expect(json).not.toContain('Bottom line up front');
    expect(json).not.toContain('guidance');
  });

  it('keeps every inline format, line breaks, tabs and links', () => {
    const figures = blocksOfKind(model, 'paragraph').find((block) => plain(block.runs).startsWith('Figures are'));
    expect(figures?.runs).toEqual([
      { kind: 'text', text: 'Figures are ', style: {} },
      { kind: 'text', text: 'provisional', style: { underline: true } },
      { kind: 'text', text: ' and ', style: {} },
      { kind: 'text', text: 'superseded', style: { strike: true } },
      { kind: 'text', text: ' by the ', style: {} },
      { kind: 'text', text: 'Q1-review', style: { code: true } },
      { kind: 'text', text: ' file; CO', style: {} },
      { kind: 'text', text: '2', style: { script: 'sub' } },
      { kind: 'text', text: ' and 10', style: {} },
      { kind: 'text', text: '3', style: { script: 'super' } },
      { kind: 'text', text: '.', style: {} },
      { kind: 'break' },
      { kind: 'text', text: 'See the', style: {} },
      { kind: 'tab' },
      { kind: 'link', url: 'https://monitor.example.org/q1', children: [{ kind: 'text', text: 'monitoring group’s page', style: {} }] },
      { kind: 'text', text: '.', style: {} },
    ]);
    const summary = blocksOfKind(model, 'paragraph').find((block) => plain(block.runs).startsWith('Saleh'));
    expect(summary?.runs.slice(0, 2)).toEqual([
      { kind: 'text', text: 'Saleh ', style: {} },
      { kind: 'text', text: 'urged', style: { bold: true } },
    ]);
  });

  it('nests lists under their items, each list with its own id, and keeps check marks', () => {
    const lists = blocksOfKind(model, 'list');
    const [numbered, checks] = lists as [ListBlock, ListBlock];
    expect(numbered.style).toBe('number');
    expect(numbered.items.map((entry) => plain(entry.runs))).toEqual([
      'Returns: states that cannot take nationals back should help move them elsewhere.[3]',
      'Facilities:',
      'Funding for the inspection teams.',
    ]);
    const nested = numbered.items[1]?.lists[0];
    expect(nested).toMatchObject({ style: 'bullet', depth: 1, start: 1 });
    expect(nested?.items.map((entry) => plain(entry.runs))).toEqual(['Inspections of all prisons began in February.', 'Two facilities are over capacity.[4]']);
    expect(checks.items.map((entry) => [plain(entry.runs), entry.checked])).toEqual([
      ['Share the inspection schedule', true],
      ['Name a liaison officer', false],
    ]);
    const ids = [numbered.listId, nested?.listId, checks.listId];
    expect(new Set(ids).size).toBe(3);
  });

  it('pads a ragged table row, flags the header row and turns column widths into shares', () => {
    const [followUps] = blocksOfKind(model, 'table') as [TableBlock];
    expect(followUps.columnCount).toBe(3);
    expect(followUps.headerRowCount).toBe(1);
    expect(followUps.rows.map((row) => row.cells.length)).toEqual([3, 3, 3]);
    expect(followUps.rows[2]?.cells[2]).toEqual({ blocks: [], header: false, column: 2, colSpan: 1, rowSpan: 1 });
    expect(followUps.columnWidths.map((share) => Math.round(share * 620))).toEqual([300, 200, 120]);
  });

  it('keeps quotes, rules and images, with the image’s bytes and size', () => {
    expect(blocksOfKind(model, 'quote').map((block) => plain(block.runs))).toEqual(['“Among them are leaders who must not walk free,” the minister said.[5]']);
    expect(blocksOfKind(model, 'rule')).toHaveLength(1);
    const [chart] = blocksOfKind(model, 'image');
    expect(chart).toMatchObject({ mediaId: 'chart-1', format: 'png', altText: 'Detainees by facility, January 2025', naturalSize: { width: 320, height: 160 }, displayWidth: 320 });
    expect(chart?.bytes.subarray(1, 4)).toEqual(new TextEncoder().encode('PNG'));
  });

  it('detects a right-to-left paragraph that has no direction from its first strong letter', () => {
    const arabic = blocksOfKind(model, 'paragraph').find((block) => plain(block.runs).startsWith(ARABIC_SENTENCE));
    expect(arabic?.direction).toBe('rtl');
  });

  it('numbers notes in reading order, full the first time, then Ibid. and short forms', () => {
    const notes = model.notes.items.map((note) => [note.number, note.sourceId, plain(note.runs)]);
    expect(notes).toEqual([
      [1, 'src-news', expect.stringMatching(/^Adaeze Okonkwo, “Minister presses partners on detainee returns,” Northern Dispatch, March 12, 2025, para\. 2, https:/)],
      [2, 'src-news', 'Ibid., para. 5.'],
      [3, 'src-statement', expect.stringContaining('“Joint statement on the advisory mission,”')],
      [4, 'src-monitor', expect.stringContaining('p. 4.')],
      [5, 'src-news', 'Okonkwo, “Minister presses partners.”'],
      [6, 'src-news', 'Ibid., para. 7.'],
      [7, 'src-monitor', 'Regional Monitoring Group, Detention facilities.'],
    ]);
    expect(model.notes.placement).toBe('footnotes');
  });

  it('lists every source with its grade, in the order first cited', () => {
    expect(model.sourceList?.entries.map((entry) => entry.sourceId)).toEqual(['src-news', 'src-statement', 'src-monitor']);
    expect(plain(model.sourceList?.entries[0]?.runs ?? [])).toContain('B2 (usually reliable; probably true)');
  });

  it('carries the banner and the document properties', () => {
    expect(model.banner).toEqual({ text: 'TLP:AMBER', kind: 'tlp', color: 'FFC000' });
    expect(model.paper).toBe('A4');
    expect(model.properties).toEqual({
      title: 'Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025',
      subject: 'Meeting readout',
      keywords: ['Meeting readout', 'Ministry of Interior', 'Advisory Mission'],
      author: 'Jo Moreau',
      created: '2025-03-12T15:00:00.000Z',
      modified: '2025-03-12T15:00:00.000Z',
      marking: 'TLP:AMBER',
    });
  });

  it('has nothing to warn about', () => {
    expect(warnings).toEqual([]);
  });
});

describe('a distribution copy', () => {
  const { model } = modelOf(exportReadout(), { distribution: true });

  it('leaves out the analyst comment and renumbers nothing else', () => {
    const headings = blocksOfKind(model, 'heading').map((block) => plain(block.runs));
    expect(headings).not.toContain('Analyst comment');
    expect(JSON.stringify(model.blocks)).not.toContain('We judge the timetable');
    expect(model.notes.items).toHaveLength(6);
    expect(model.distribution).toBe(true);
  });

  it('leaves out personal metadata: author and edit times', () => {
    expect(model.properties).toMatchObject({ author: null, created: null, modified: null });
  });

  it('keeps a section that follows the analyst comment', () => {
    const document = documentWith([section('analyst-comment'), paragraph([text('Internal view.')]), section('follow-ups'), paragraph([text('Send the list.')])]);
    const texts = modelOf(document, { distribution: true }).model.blocks.map((block) => ('runs' in block ? plain(block.runs) : block.kind));
    expect(texts).toEqual(['Follow-ups', 'Send the list.']);
  });
});

describe('the export model of the sample readout', () => {
  const { model, warnings } = modelOf(sampleReadout());

  it('does not repeat the title as a heading under the title block', () => {
    expect(model.titleBlock.title).toBe('Readout: NSA – Mission Commander');
    expect(blocksOfKind(model, 'heading')).toEqual([]);
  });

  it('keeps an image that sits between paragraphs, and its Arabic paragraph right-to-left', () => {
    expect(blocksOfKind(model, 'image')[0]).toMatchObject({ naturalSize: { width: 1, height: 1 }, altText: 'Organisation chart' });
    expect(blocksOfKind(model, 'paragraph').at(-1)?.direction).toBe('rtl');
    expect(warnings).toEqual([]);
  });
});

describe('paragraph direction', () => {
  const directions = (children: SerializedBodyNode[][]) =>
    modelOf(documentWith(children.map((runs) => paragraph(runs, { direction: null })))).model.blocks.map((block) => (block as ParagraphBlock).direction);

  it('follows the first letter: numbers and punctuation before it do not decide, a Latin word first does', () => {
    expect(directions([[text('2022: قال الوزير')], [text('(قال) NATO')], [text('“NATO” قال')], [text('1200')]])).toEqual(['rtl', 'rtl', 'ltr', 'ltr']);
  });

  it('keeps the direction the editor stored', () => {
    const { model } = modelOf(documentWith([paragraph([text('قال الوزير')], { direction: 'ltr' })]));
    expect((model.blocks[0] as ParagraphBlock).direction).toBe('ltr');
  });
});

describe('what the model warns about', () => {
  it('a citation of a source that is gone: the note says so', () => {
    const { model, warnings } = modelOf(documentWith([section('summary'), paragraph([text('A claim.'), cite('src-deleted')])]));
    expect(model.notes.items[0]).toMatchObject({ sourceId: null });
    expect(plain(model.notes.items[0]?.runs ?? [])).toContain('src-deleted');
    expect(warnings).toEqual([
      { code: 'dangling-citation', section: 'Summary', message: 'Note 1 cites a source that is no longer in the document (“src-deleted”); the note says so instead of giving a reference (in “Summary”).' },
    ]);
  });

  it('a missing image: a placeholder with its description', () => {
    const { model, warnings } = modelOf(documentWith([paragraph([image('gone-1', 'Map of the camp')])]));
    expect(model.blocks).toEqual([
      { kind: 'paragraph', runs: [{ kind: 'text', text: '[Image missing: Map of the camp]', style: { italic: true } }], direction: 'ltr', align: null, indent: 0, placeholder: true },
    ]);
    expect(warnings.map((warning) => warning.code)).toEqual(['missing-image']);
    expect(warnings[0]?.message).toContain('Map of the camp');
  });

  it('an empty table: left out', () => {
    const { model, warnings } = modelOf(documentWith([table([['', ''], ['', '']]), { type: 'table', version: 1, children: [] }]));
    expect(model.blocks).toEqual([]);
    expect(warnings.map((warning) => warning.code)).toEqual(['empty-table', 'empty-table']);
  });

  it('a table wider than the page: exported, with a warning', () => {
    const row = Array.from({ length: 9 }, (_, index) => `C${index + 1}`);
    const { model, warnings } = modelOf(documentWith([table([row, row])]));
    expect((model.blocks[0] as TableBlock).columnCount).toBe(9);
    expect(warnings.map((warning) => warning.code)).toEqual(['wide-table']);
    expect(warnings[0]?.message).toContain('9 columns');
  });

  it('a paragraph of more than 2,000 words: exported whole, with a warning naming its start', () => {
    const long = Array.from({ length: 2100 }, (_, index) => `word${index}`).join(' ');
    const { model, warnings } = modelOf(documentWith([paragraph([text(long)])]));
    expect(plain((model.blocks[0] as ParagraphBlock).runs)).toBe(long);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^The paragraph starting “word0 word1 word2 word3 word4 word5 word6 word7…” is 2,100 words long/);
  });

  it('content of an unknown kind: its text kept, one warning per kind', () => {
    const mention = { type: 'mention', version: 1, text: '@Varga' };
    const callout = { type: 'callout', version: 1, children: [paragraph([text('Boxed note.')])] };
    const { model, warnings } = modelOf(documentWith([paragraph([text('Ask '), mention, text(' and '), { ...mention }]), callout]));
    expect(model.blocks.map((block) => plain((block as ParagraphBlock).runs))).toEqual(['Ask @Varga and @Varga', 'Boxed note.']);
    expect(warnings.map((warning) => warning.message)).toEqual([
      'The document holds content of a kind this version of Briefwright cannot export (“mention”, 2 times); its text is kept, without its layout.',
      'The document holds content of a kind this version of Briefwright cannot export (“callout”, once); its text is kept, without its layout.',
    ]);
  });

  it('an image inside a list item: its description instead', () => {
    const document = documentWith([list('bullet', [item([text('See '), image('chart-1', 'Chart')])])]);
    document.media = { 'chart-1': { mimeType: 'image/png', data: ONE_PIXEL_PNG_BASE64 } };
    const { model, warnings } = modelOf(document);
    expect(plain((model.blocks[0] as ListBlock).items[0]?.runs ?? [])).toBe('See [Image: Chart]');
    expect(warnings.map((warning) => warning.code)).toEqual(['unsupported-image']);
  });
});

describe('odd but valid bodies', () => {
  it('leaves out empty paragraphs and follows a nested list that opens a list', () => {
    const nestedFirst = list('number', [item([list('bullet', [item([text('Inner')])])]), item([text('Outer')])], 3);
    const { model } = modelOf(documentWith([paragraph([]), paragraph([text('   ')]), nestedFirst]));
    const outer = model.blocks[0] as ListBlock;
    expect(model.blocks).toHaveLength(1);
    expect(outer.start).toBe(3);
    expect(outer.items.map((entry) => [plain(entry.runs), entry.lists.length])).toEqual([
      ['', 1],
      ['Outer', 0],
    ]);
  });

  it('keeps a heading’s level where there are no template sections', () => {
    const { model } = modelOf(documentWith([paragraph([text('Intro')]), heading('h2', 'Background'), heading('h3', 'Detail')]));
    expect(blocksOfKind(model, 'heading').map((block) => block.level)).toEqual([2, 3]);
  });

  it('links only addresses a reader can follow', () => {
    const { model } = modelOf(documentWith([paragraph([link('javascript:alert(1)', 'click'), text(' '), link('mailto:desk@example.org', 'desk')])]));
    expect((model.blocks[0] as ParagraphBlock).runs).toEqual([
      { kind: 'text', text: 'click', style: {} },
      { kind: 'text', text: ' ', style: {} },
      { kind: 'link', url: 'mailto:desk@example.org', children: [{ kind: 'text', text: 'desk', style: {} }] },
    ]);
  });

  it('places cells on the grid: a cell spanning down takes its column in the rows below', () => {
    const { model } = modelOf(documentWith([spanningTable()]));
    const grid = model.blocks[0] as TableBlock;
    expect(grid.columnCount).toBe(3);
    expect(grid.rows.map((row) => row.cells.map((cell) => [plain((cell.blocks[0] as ParagraphBlock | undefined)?.runs ?? []), cell.column, cell.colSpan, cell.rowSpan]))).toEqual([
      [
        ['Facility', 0, 1, 2],
        ['Capacity and count', 1, 2, 1],
      ],
      [
        ['Capacity', 1, 1, 1],
        ['Count', 2, 1, 1],
      ],
      [
        ['North', 0, 1, 1],
        ['400', 1, 1, 1],
        ['', 2, 1, 1],
      ],
    ]);
  });

  it('leaves the source list out when asked, and has none without sources', () => {
    expect(modelOf(exportReadout(), { includeSourceList: false }).model.sourceList).toBeNull();
    const unsourced = documentWith([paragraph([text('x'), lineBreak(), tab()])]);
    unsourced.sources = [];
    expect(modelOf(unsourced).model.sourceList).toBeNull();
  });
});

describe('the banner', () => {
  it('is absent for an unmarked document', () => {
    expect(bannerText({ scheme: 'none', level: null, controls: [] })).toBeNull();
  });

  it('writes TLP labels in capitals without spaces, in their colour', () => {
    expect(bannerText({ scheme: 'tlp', level: 'amber+strict', controls: [] })).toEqual({ text: 'TLP:AMBER+STRICT', kind: 'tlp', color: 'FFC000' });
    expect(bannerText({ scheme: 'tlp', level: 'TLP: red', controls: [] })).toEqual({ text: 'TLP:RED', kind: 'tlp', color: 'FF2B2B' });
    expect(bannerText({ scheme: 'tlp', level: 'CLEAR', controls: [] })?.color).toBe('FFFFFF');
    expect(bannerText({ scheme: 'tlp', level: 'GREEN', controls: [] })?.color).toBe('33FF00');
  });

  it('spells out US classification and controls', () => {
    expect(bannerText({ scheme: 'us', level: 'S', controls: ['NF'] })).toEqual({ text: 'SECRET//NOFORN', kind: 'classification', color: null });
    expect(bannerText({ scheme: 'us', level: 'TS', controls: ['OC', 'NF'] })?.text).toBe('TOP SECRET//ORCON/NOFORN');
    expect(bannerText({ scheme: 'uk', level: 'official-sensitive', controls: [] })?.text).toBe('OFFICIAL-SENSITIVE');
  });

  it('puts US products on Letter paper', () => {
    const document = exportReadout();
    document.marking = { scheme: 'us', level: 'S', controls: [] };
    expect(modelOf(document).model.paper).toBe('Letter');
  });
});

describe('the default export file name', () => {
  it('is date, title and marking, safe on every file system', () => {
    const document = exportReadout();
    expect(defaultExportFileName(document, 'docx', { distribution: false })).toBe('2025-03-12 Readout Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025 [TLP-AMBER].docx');
    document.marking = { scheme: 'us', level: 'S', controls: ['NF'] };
    document.metadata.title = 'What/why: a "test"?';
    expect(defaultExportFileName(document, 'pdf', { distribution: true })).toBe('2025-03-12 What why a test [SECRET-NOFORN] (distribution copy).pdf');
  });

  it('shortens a long title at a word', () => {
    const document = documentWith([]);
    document.metadata.title = 'Assessment '.repeat(30);
    const name = defaultExportFileName(document, 'docx', { distribution: false });
    expect(name.length).toBeLessThan(120);
    expect(name).toMatch(/^2025-03-12 (Assessment )+Assessment\.docx$/);
  });
});
