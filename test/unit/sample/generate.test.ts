import { describe, expect, it } from 'vitest';
import { anchorSelector } from '../../../core/citations/anchor';
import { readBodyText } from '../../../core/citations/collect';
import { citationProblems } from '../../../core/citations/integrity';
import { findQuotations } from '../../../core/citations/sentences';
import { walkBody } from '../../../core/document/body';
import { BriefDocumentSchema, type BriefDocument, type SerializedBodyNode } from '../../../core/document/schema';
import { BriefError } from '../../../core/errors';
import { bannerText } from '../../../core/export/banner';
import { SAMPLE_WORDS_PER_PAGE, generateSampleBriefing } from '../../../core/sample/generate';
import { findTemplate } from '../../../core/templates/builtin';
import { validateMetadata } from '../../../core/templates/create-from-template';
import { sha256Hex } from '../../../core/text/sha256';
import { countWords } from '../../../core/text/word-count';

const ARABIC = /[\u0600-\u06FF]/;

function bodyWords(document: BriefDocument): number {
  return readBodyText(document.body).blocks.reduce((sum, block) => sum + countWords(block.text), 0);
}

function nodesOf(document: BriefDocument): SerializedBodyNode[] {
  const nodes: SerializedBodyNode[] = [];
  walkBody(document.body, (node) => nodes.push(node));
  return nodes;
}

describe('generateSampleBriefing', () => {
  const tenPages = generateSampleBriefing({ pages: 10, seed: 7 });
  const hundredPages = generateSampleBriefing({ pages: 100 });

  it('writes the same briefing for the same pages and seed, and another for another seed', () => {
    expect(generateSampleBriefing({ pages: 10, seed: 7 })).toEqual(tenPages);
    const other = generateSampleBriefing({ pages: 10, seed: 8 });
    expect(other.body).not.toEqual(tenPages.body);
    expect(other.sources.map((source) => source.snapshot?.sha256)).not.toEqual(tenPages.sources.map((source) => source.snapshot?.sha256));
  });

  it.each([1, 3, 10, 100])('holds 425 to 575 words a page (500 ± 15 percent) at %i pages', (pages) => {
    const document = pages === 100 ? hundredPages : generateSampleBriefing({ pages, seed: pages });
    const perPage = bodyWords(document) / pages;
    expect(perPage).toBeGreaterThanOrEqual(SAMPLE_WORDS_PER_PAGE * 0.85);
    expect(perPage).toBeLessThanOrEqual(SAMPLE_WORDS_PER_PAGE * 1.15);
  });

  it('is a threat assessment with the structures an analyst writes: sections, headings, formatting, nested lists, tables, quotes, links, citations', () => {
    const nodes = nodesOf(tenPages);
    const types = new Set(nodes.map((node) => node.type));
    for (const type of ['section-heading', 'heading', 'paragraph', 'text', 'list', 'listitem', 'table', 'tablerow', 'tablecell', 'quote', 'link', 'citation']) {
      expect(types, type).toContain(type);
    }
    const sections = tenPages.body.root.children.filter((node) => node.type === 'section-heading').map((node) => node.sectionId);
    expect(sections).toEqual(findTemplate('threat-assessment')?.sections.map((section) => section.id));
    const formats = new Set(nodes.filter((node) => node.type === 'text').map((node) => node.format));
    expect(formats).toContain(1);
    expect(formats).toContain(2);
    expect(nodes.some((node) => node.type === 'list' && node.listType === 'number')).toBe(true);
    expect(nodes.some((node) => node.type === 'listitem' && node.children?.[0]?.type === 'list')).toBe(true);
    expect(nodes.some((node) => node.type === 'tablecell' && node.headerState === 1)).toBe(true);
  });

  it('has a table every few pages and a citation every paragraph or two', () => {
    const nodes = nodesOf(hundredPages);
    const tables = nodes.filter((node) => node.type === 'table').length;
    expect(tables).toBeGreaterThanOrEqual(100 / 5);
    expect(tables).toBeLessThanOrEqual(100 / 2);
    const paragraphs = hundredPages.body.root.children.filter((node) => node.type === 'paragraph').length;
    const citations = nodes.filter((node) => node.type === 'citation').length;
    expect(citations).toBeGreaterThanOrEqual(paragraphs / 2);
  });

  it('cites a dozen sources, each with a snapshot of a few thousand words and its true sha256', () => {
    expect(hundredPages.sources).toHaveLength(12);
    for (const source of hundredPages.sources) {
      const text = source.snapshot?.text ?? '';
      expect(countWords(text), source.id).toBeGreaterThanOrEqual(2_000);
      expect(countWords(text), source.id).toBeLessThanOrEqual(4_000);
      expect(source.snapshot?.sha256).toBe(sha256Hex(text));
      expect(source.reliability && source.credibility, source.id).toBeTruthy();
    }
  });

  it('has citations that all anchor exactly, and quotations that match their passages word for word', () => {
    expect(citationProblems(hundredPages)).toEqual([]);
    const snapshots = new Map(hundredPages.sources.map((source) => [source.id, source.snapshot?.text ?? '']));
    const { citations, blocks } = readBodyText(hundredPages.body);
    for (const citation of citations) {
      if (citation.selector) expect(anchorSelector(snapshots.get(citation.sourceId) ?? '', citation.selector)?.quality).toBe('exact');
    }
    const quoted = blocks.filter((block) => block.citations.length > 0 && findQuotations(block.text).length > 0);
    expect(quoted.length).toBeGreaterThan(20);
  });

  it('has quotations the quote check really reads: a changed word is caught', () => {
    const document = structuredClone(tenPages);
    let changed = false;
    walkBody(document.body, (node) => {
      if (!changed && node.type === 'text' && typeof node.text === 'string' && /“[^”]*\bthe\b/.test(node.text)) {
        node.text = node.text.replace(/(“[^”]*?)\bthe\b/, '$1a');
        changed = true;
      }
    });
    expect(changed).toBe(true);
    expect(citationProblems(document).map((finding) => finding.rule)).toContain('citation.quote-mismatch');
  });

  it('has right-to-left Arabic paragraphs that cite the Arabic source', () => {
    const arabic = tenPages.body.root.children.filter((node) => node.type === 'paragraph' && node.direction === 'rtl');
    expect(arabic.length).toBeGreaterThan(0);
    for (const paragraph of arabic) {
      const texts = (paragraph.children ?? []).filter((child) => child.type === 'text').map((child) => String(child.text));
      expect(texts.join('')).toMatch(ARABIC);
      const cited = (paragraph.children ?? []).filter((child) => child.type === 'citation').map((child) => child.sourceId);
      expect(cited.length).toBeGreaterThan(0);
      for (const sourceId of cited) expect(tenPages.sources.find((source) => source.id === sourceId)?.language).toBe('ar');
    }
  });

  it('is a valid document, marked TLP:AMBER, with its metadata filled', () => {
    expect(BriefDocumentSchema.safeParse(hundredPages).success).toBe(true);
    expect(bannerText(hundredPages.marking)?.text).toBe('TLP:AMBER');
    const template = findTemplate('threat-assessment');
    expect(template).toBeDefined();
    expect(validateMetadata(template!, hundredPages.metadata.fields)).toEqual([]);
    for (const field of ['subject', 'date', 'timeFrame', 'scope']) expect(hundredPages.metadata.fields[field], field).toBeTruthy();
    expect(hundredPages.metadata.title).toBe(hundredPages.metadata.fields.subject);
    expect(hundredPages.metadata.author).not.toBe('');
    expect(hundredPages.metadata.templateId).toBe('threat-assessment');
  });

  it.each([0, -1, 1.5, 1_001, Number.NaN])('refuses %s pages', (pages) => {
    expect(() => generateSampleBriefing({ pages })).toThrow(BriefError);
  });

  it.each([-1, 0.5, 2 ** 32])('refuses the seed %s', (seed) => {
    expect(() => generateSampleBriefing({ pages: 1, seed })).toThrow(BriefError);
  });
});
