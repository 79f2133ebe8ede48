import { describe, expect, it } from 'vitest';
import { blockTexts, collectCitations, readBodyText } from '../../../core/citations/collect';
import { heading, lineBreak, link, list, listItem, quote, table, tableCell, tableRow, textNode } from '../../../core/import/nodes';
import { bodyOf, cite, para, sectionHeading, text } from '../../fixtures/citations/bodies';

const selector = { type: 'TextQuoteSelector' as const, exact: 'urged foreign governments', prefix: 'adviser on Sunday ', suffix: ' to repatriate' };

/** A readout with citations in every kind of block the editor makes. */
const readout = bodyOf(
  heading(1, [text('Readout'), cite('title-src')]),
  sectionHeading('reporting', 'Key points'),
  para('The adviser urged repatriation.', cite('src-1', selector, 'para. 2'), cite('src-2'), ' He raised the camp.', cite('src-1')),
  list(false, 1, [
    listItem(1, [text('Transfer elsewhere'), cite('src-2')]),
    listItem(2, [list(false, 1, [listItem(1, [text('Prison inspections'), cite('src-1'), text(' '), cite('src-3')])])]),
  ]),
  table([tableRow([tableCell(true, [para('Owner', cite('src-2'))]), tableCell(true, [para('Due')])])], 2),
  sectionHeading('comment', 'Analyst comment'),
  para(link('https://example.org', null, [textNode('The mission page')]), cite('src-1'), lineBreak(), cite('src-2')),
  { type: 'image', version: 1, mediaId: 'img-1', altText: '' },
  quote([text('Quoted block'), cite('src-3')]),
  para(),
);

describe('collectCitations', () => {
  const citations = collectCitations(readout);

  it('numbers every citation in order of appearance, across headings, lists, tables and quotes', () => {
    expect(citations.map((citation) => [citation.number, citation.sourceId])).toEqual([
      [1, 'title-src'],
      [2, 'src-1'],
      [3, 'src-2'],
      [4, 'src-1'],
      [5, 'src-2'],
      [6, 'src-1'],
      [7, 'src-3'],
      [8, 'src-2'],
      [9, 'src-1'],
      [10, 'src-2'],
      [11, 'src-3'],
    ]);
    expect(citations.map((citation) => citation.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('puts citations with nothing but spaces between them in one cluster, and no others', () => {
    expect(citations.map((citation) => citation.cluster)).toEqual([0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8]);
  });

  it('gives each citation the role of the section it falls under', () => {
    expect(citations.map((citation) => citation.sectionRole)).toEqual([null, 'reporting', 'reporting', 'reporting', 'reporting', 'reporting', 'reporting', 'reporting', 'comment', 'comment', 'comment']);
  });

  it('counts a citation in a section heading under that section', () => {
    const heading = { ...sectionHeading('key-judgments', 'Key judgments'), children: [text('Key judgments'), cite('src-1')] };
    expect(collectCitations(bodyOf(heading)).map((citation) => citation.sectionRole)).toEqual(['key-judgments']);
  });

  it('keeps the passage, the pinpoint and the path of each citation node', () => {
    expect(citations[1]).toMatchObject({ selector, pinpoint: 'para. 2', path: [2, 1] });
    expect(citations[2]).toMatchObject({ selector: null, pinpoint: '', path: [2, 2] });
    expect(citations[6]?.path).toEqual([3, 1, 0, 0, 3]);
    expect(citations[7]?.path).toEqual([4, 0, 0, 0, 1]);
  });

  it('reads an unreadable selector as citing the whole source, and a missing source id as empty', () => {
    const [damaged] = collectCitations(bodyOf(para('Claim.', { type: 'citation', version: 1, selector: { exact: '' } })));
    expect(damaged).toMatchObject({ sourceId: '', selector: null, pinpoint: '' });
  });
});

describe('blockTexts', () => {
  const { blocks, citations } = readBodyText(readout);

  it('lists every block of running text with its plain text, including the empty paragraph', () => {
    expect(blocks.map((block) => [block.type, block.text])).toEqual([
      ['heading', 'Readout'],
      ['section-heading', 'Key points'],
      ['paragraph', 'The adviser urged repatriation. He raised the camp.'],
      ['listitem', 'Transfer elsewhere'],
      ['listitem', 'Prison inspections '],
      ['paragraph', 'Owner'],
      ['paragraph', 'Due'],
      ['section-heading', 'Analyst comment'],
      ['paragraph', 'The mission page\n'],
      ['quote', 'Quoted block'],
      ['paragraph', ''],
    ]);
    expect(blockTexts(readout)).toEqual(blocks);
  });

  it('says where each citation sits in its block text', () => {
    const paragraph = blocks[2];
    expect(paragraph?.citations).toEqual([1, 2, 3]);
    expect(paragraph?.citations.map((index) => citations[index]?.offset)).toEqual([31, 31, 51]);
    expect(citations[5]).toMatchObject({ block: 4, offset: 18 });
    expect(citations[6]).toMatchObject({ block: 4, offset: 19 });
    expect(blocks[4]?.path).toEqual([3, 1, 0, 0]);
    expect(blocks[5]?.path).toEqual([4, 0, 0, 0]);
  });

  it('reads a hundred-page body quickly', () => {
    const paragraphs = Array.from({ length: 3_000 }, (_, index) =>
      para(`Paragraph ${index} says the adviser “urged foreign governments” to act on the matter raised. `, cite('src-1', selector), ' A second sentence follows it.', cite('src-2')),
    );
    const big = bodyOf(...paragraphs);
    const started = performance.now();
    const read = readBodyText(big);
    const elapsed = performance.now() - started;
    expect(read.citations).toHaveLength(6_000);
    // A few milliseconds once warm; the bound only catches a walk gone quadratic.
    expect(elapsed).toBeLessThan(2_000);
  });
});
