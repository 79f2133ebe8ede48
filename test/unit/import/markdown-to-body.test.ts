import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SerializedBodyNode } from '../../../core/document/schema';
import { markdownToBlocks } from '../../../core/import/markdown-to-body';
import { plainTextToBlocks } from '../../../core/import/plain-text-to-body';

const notes = (name: string): string => readFileSync(new URL(`../../fixtures/notes/${name}`, import.meta.url), 'utf8');

/** A node's text runs as [text, format] pairs, line breaks as '\n', links as [text, url]. */
type Run = [text: string, formatOrUrl: number | string | null];
function runs(node: SerializedBodyNode): Run[] {
  return (node.children ?? []).flatMap((child): Run[] => {
    if (child.type === 'text') return [[child.text as string, child.format as number]];
    if (child.type === 'linebreak') return [['\n', null]];
    if (child.type === 'link') return [[(child.children ?? []).map((text) => text.text).join(''), child.url as string]];
    return [[`<${child.type}>`, null]];
  });
}

const types = (nodes: readonly SerializedBodyNode[]): string[] => nodes.map((node) => node.type);

describe('markdownToBlocks: a readout’s notes', () => {
  const { blocks, warnings } = markdownToBlocks(notes('readout-notes.md'));

  it('keeps the blocks in order, with nothing to warn about', () => {
    expect(types(blocks)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', 'heading', 'list', 'list', 'quote', 'heading', 'table', 'horizontalrule', 'paragraph']);
    expect(warnings).toEqual([]);
  });

  it('keeps heading levels and text, a trailing colon included', () => {
    const headings = blocks.filter((block) => block.type === 'heading');
    expect(headings.map((heading) => [heading.tag, runs(heading)])).toEqual([
      ['h1', [['Readout: harbour authority – port liaison team', 0]]],
      ['h2', [['Summary', 0]]],
      ['h2', [['Key points:', 0]]],
      ['h2', [['Follow-ups', 0]]],
    ]);
  });

  it('turns bold and italic into text formats, and a soft line break into a space', () => {
    expect(runs(blocks[3] as SerializedBodyNode)).toEqual([
      ['The harbour master ', 0],
      ['agreed', 1],
      [' to share the weekly berth schedule and ', 0],
      ['asked', 2],
      [' for a named contact on our side.', 0],
    ]);
  });

  it('nests a list inside an item of its own, numbered as the editor numbers it', () => {
    const list = blocks[5] as SerializedBodyNode;
    expect(list).toMatchObject({ type: 'list', listType: 'bullet', tag: 'ul', start: 1 });
    const items = list.children ?? [];
    expect(items.map((item) => item.value)).toEqual([1, 2, 2, 3]);
    expect(runs(items[0] as SerializedBodyNode)).toEqual([['Berth schedule', 0]]);
    const holder = items[1] as SerializedBodyNode;
    expect(types(holder.children ?? [])).toEqual(['list']);
    expect((holder.children?.[0]?.children ?? []).map((item) => runs(item))).toEqual([[['Shared every Monday by e-mail', 0]], [['Covers the outer basin only', 0]]]);
    expect(runs(items[2] as SerializedBodyNode)).toEqual([['Inspection backlog stands at ', 0], ['forty', 4], [' thirty-two vessels', 0]]);
  });

  it('keeps a web link with its address and title', () => {
    const item = (blocks[5] as SerializedBodyNode).children?.[3] as SerializedBodyNode;
    expect(item.children?.[1]).toEqual({
      type: 'link',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      url: 'https://port.example.org/contacts',
      rel: 'noreferrer',
      target: null,
      title: 'Port contacts',
      children: [{ type: 'text', version: 1, text: 'the port page', format: 0, detail: 0, mode: 'normal', style: '' }],
    });
  });

  it('makes a numbered list, with inline code as code-formatted text', () => {
    const list = blocks[6] as SerializedBodyNode;
    expect(list).toMatchObject({ listType: 'number', tag: 'ol', start: 1 });
    expect(runs(list.children?.[1] as SerializedBodyNode)).toEqual([['Second request: ', 0], ['AIS', 16], [' data for the outer basin', 0]]);
  });

  it('makes a quote of a block quote', () => {
    expect(runs(blocks[7] as SerializedBodyNode)).toEqual([['We cannot promise the inner basin before spring.', 0]]);
  });

  it('makes a table with a header row, paragraphs in its cells and the columns’ alignment', () => {
    const table = blocks[9] as SerializedBodyNode;
    expect(table.colWidths).toHaveLength(3);
    const rows = table.children ?? [];
    expect(types(rows)).toEqual(['tablerow', 'tablerow', 'tablerow']);
    expect(rows.map((row) => (row.children ?? []).map((cell) => cell.headerState))).toEqual([[1, 1, 1], [0, 0, 0], [0, 0, 0]]);
    const cell = rows[2]?.children?.[0] as SerializedBodyNode;
    expect(cell).toMatchObject({ type: 'tablecell', colSpan: 1, rowSpan: 1, backgroundColor: null });
    expect(types(cell.children ?? [])).toEqual(['paragraph']);
    expect(runs(cell.children?.[0] as SerializedBodyNode)).toEqual([['Confirm ', 0], ['AIS', 1], [' feed format', 0]]);
    expect((rows[1]?.children ?? []).map((c) => c.children?.[0]?.format)).toEqual(['left', 'center', 'right']);
  });

  it('keeps a rule and a hard line break', () => {
    expect(blocks[10]).toEqual({ type: 'horizontalrule', version: 1 });
    expect(runs(blocks[11] as SerializedBodyNode)).toEqual([['Line one of the closing remark', 0], ['\n', null], ['line two of the closing remark.', 0]]);
  });
});

describe('markdownToBlocks: hostile notes', () => {
  const { blocks, warnings } = markdownToBlocks(notes('hostile.md'));
  const allText = JSON.stringify(blocks);

  it('never keeps raw HTML, and names each HTML block it left out', () => {
    expect(allText).not.toMatch(/<script|<div|<b>|onclick|steal|alert\("boo"\)/);
    expect(warnings).toContain('An HTML block (<script>) was left out: raw HTML is never imported.');
    expect(warnings).toContain('An HTML block (<div>) was left out: raw HTML is never imported.');
    expect(warnings).toContain('HTML tags in the text were left out: raw HTML is never imported.');
  });

  it('keeps script and relative links as their text only', () => {
    expect(runs(blocks[1] as SerializedBodyNode)).toEqual([['Click here or there or read local.', 0]]);
    expect(allText).not.toMatch(/javascript/i);
    expect(warnings).toContain('A link to “javascript:…” was kept as plain text: only web (http, https) and e-mail (mailto) links are imported.');
    expect(warnings).toContain('A link to “notes/other.md” was kept as plain text: only web (http, https) and e-mail (mailto) links are imported.');
  });

  it('decodes character references into the characters they stand for', () => {
    expect(runs(blocks[2] as SerializedBodyNode)).toEqual([['Inline tags go, text stays & entities decode: <ok> ©.', 0]]);
  });

  it('keeps an image as its description, with a warning', () => {
    expect(runs(blocks[3] as SerializedBodyNode)).toEqual([['Org chart of the port', 0]]);
    expect(warnings).toContain('An image (“Org chart of the port”) was kept as its description only: add images in Briefwright.');
  });

  it('keeps mailto links', () => {
    expect(runs(blocks[4] as SerializedBodyNode)).toEqual([['Write to ', 0], ['the desk', 'mailto:desk@example.org'], ['.', 0]]);
  });

  it('leaves out the text of an inline script element with its tags', () => {
    const { blocks: inline } = markdownToBlocks('Before <script>steal()</script> after');
    expect(runs(inline[0] as SerializedBodyNode)).toEqual([['Before  after', 0]]);
  });

  it('makes h4 and deeper into h3, the deepest heading the editor has', () => {
    expect(markdownToBlocks('#### Deep\n\n###### Deeper').blocks.map((block) => block.tag)).toEqual(['h3', 'h3']);
  });

  it('flattens lists nested deeper than a document may hold', () => {
    const deep = Array.from({ length: 40 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
    const { blocks: nested, warnings: notes } = markdownToBlocks(deep);
    let depth = 0;
    const measure = (node: SerializedBodyNode, at: number): void => {
      depth = Math.max(depth, at);
      for (const child of node.children ?? []) measure(child, at + 1);
    };
    nested.forEach((block) => measure(block, 1));
    expect(depth).toBeLessThan(64);
    expect(JSON.stringify(nested)).toContain('level 39');
    expect(notes).toEqual(['Lists nested more than 16 levels deep were flattened.']);
  });
});

describe('plainTextToBlocks', () => {
  it('makes a paragraph of each blank-line-separated run, keeping its lines, and interprets nothing', () => {
    const { blocks, warnings } = plainTextToBlocks(notes('kitchen-note.txt'));
    expect(warnings).toEqual([]);
    expect(types(blocks)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(blocks.map(runs)).toEqual([
      [['Call with the logistics office, 3 December.', 0], ['\n', null], ['Present: two planners, one driver.', 0]],
      [['They will move the depot visit to Thursday.', 0], ['\n', null], ['   Second line keeps its place.', 0]],
      [['# Not a heading in plain text; **not bold** either.', 0]],
    ]);
  });

  it('reads Windows line ends and a byte-order mark', () => {
    expect(plainTextToBlocks('\uFEFFone\r\ntwo\r\n\r\nthree').blocks.map(runs)).toEqual([[['one', 0], ['\n', null], ['two', 0]], [['three', 0]]]);
  });
});
