import { describe, expect, it } from 'vitest';
import { modelToPandocMarkdown } from '../../../bench/export/pandoc-markdown';
import { buildExportModel } from '../../../core/export/model';
import { generateSampleBriefing } from '../../../core/sample/generate';

describe('the sample as pandoc Markdown', () => {
  const document = generateSampleBriefing({ pages: 10, seed: 3 });
  const { model } = buildExportModel(document, { notes: 'footnotes', includeSourceList: true, distribution: false });
  const markdown = modelToPandocMarkdown(model);

  it('carries every note as a footnote, referenced once and defined once, with the same reference text', () => {
    const references = markdown.match(/\[\^\d+\](?!:)/g) ?? [];
    const definitions = markdown.match(/^\[\^\d+\]:/gm) ?? [];
    expect(references).toHaveLength(model.notes.items.length);
    expect(definitions).toHaveLength(model.notes.items.length);
  });

  it('keeps headings, nested lists, pipe tables, quotes and right-to-left paragraphs', () => {
    expect(markdown).toMatch(/^# Key judgments$/m);
    expect(markdown).toMatch(/^\s{4}- /m);
    expect(markdown).toMatch(/^\|---\|/m);
    expect(markdown).toMatch(/^> “/m);
    expect(markdown).toMatch(/^::: \{dir="rtl"\}\n[\u0600-\u06FF]/m);
  });

  it('takes dollar signs and other markup characters literally', () => {
    expect(markdown).not.toMatch(/(^|[^\\])\$\d/m);
  });
});
