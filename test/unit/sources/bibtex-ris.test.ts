import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { BriefError } from '../../../core/errors';
import { importBibtex, importRis } from '../../../core/sources/bibtex-ris';
import { detectInterchangeFormat, importSourcesFile } from '../../../core/sources/interchange';

/**
 * Every way out to the network, replaced before citation-js loads (vi.hoisted runs ahead of
 * the imports above): its core bundles sync-fetch (a child process running node-fetch) and
 * fetch-ponyfill. Whatever we import, nothing may reach for them.
 */
const network = await vi.hoisted(async () => {
  const { createRequire, syncBuiltinESMExports } = await import('node:module');
  const require = createRequire(import.meta.url);
  const alreadyLoaded = Object.keys(require.cache).some((path) => path.includes('@citation-js') || path.includes('sync-fetch'));
  const calls: string[] = [];
  const restores: Array<() => void> = [];
  const trap = (module: Record<string, unknown>, moduleName: string, names: readonly string[]) => {
    for (const name of names) {
      const original = module[name];
      module[name] = () => {
        calls.push(`${moduleName}.${name}`);
        throw new Error(`Network access (${moduleName}.${name}) is not allowed in this test.`);
      };
      restores.push(() => {
        module[name] = original;
      });
    }
  };
  trap((await import('node:http')).default as never, 'http', ['request', 'get']);
  trap((await import('node:https')).default as never, 'https', ['request', 'get']);
  trap((await import('node:net')).default as never, 'net', ['connect', 'createConnection']);
  trap((await import('node:tls')).default as never, 'tls', ['connect']);
  trap((await import('node:child_process')).default as never, 'child_process', ['execFileSync', 'execSync', 'spawnSync', 'spawn', 'execFile', 'exec', 'fork']);
  trap(globalThis as never, 'globalThis', ['fetch']);
  // So that `import { request } from 'node:http'` sees the trap too, not only require('http').
  syncBuiltinESMExports();
  const restore = () => {
    restores.forEach((undo) => undo());
    syncBuiltinESMExports();
  };
  return { calls, alreadyLoaded, restore };
});

afterAll(() => network.restore());

const FIXTURES = join(__dirname, '../../fixtures/sources/interchange');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('a BibTeX file', () => {
  const { sources, problems } = importBibtex(fixture('sources.bib'));

  it('reads an article, a report and a web page, with @string abbreviations and LaTeX undone', () => {
    expect(problems).toEqual([]);
    expect(sources.map((value) => [value.id, value.cslType, value.kind])).toEqual([
      ['writer2022hasaka', 'article-newspaper', 'news-report'],
      ['icg2023detained', 'report', 'report'],
      ['mfa2022statement', 'webpage', 'other'],
    ]);
  });

  it('a newspaper article (entrysubtype), with authors, dates, place, link and a BCP 47 language', () => {
    expect(sources[0]).toMatchObject({
      title: 'Death Toll from Hasaka Prison Attack Rises',
      authors: [{ family: 'Writer', given: 'Test' }, { family: 'Reporter', given: 'Second' }],
      containerTitle: 'Rudaw',
      issued: '2022-01-30',
      accessed: '2026-11-28',
      place: 'Erbil',
      url: 'https://www.example.net/english/hasaka-toll',
      language: 'en',
    });
  });

  it('a report: a braced corporate author, institution as publisher, year and month', () => {
    expect(sources[1]).toMatchObject({
      title: 'Detained and Forgotten: Foreign Fighters in North-East Syria',
      authors: [{ family: 'International Crisis Group', given: '' }],
      publisher: 'International Crisis Group',
      place: 'Brussels',
      issued: '2023-05',
    });
  });

  it('a web page: organisation as publisher, the note as plain text', () => {
    expect(sources[2]).toMatchObject({
      title: 'Statement on the Repatriation of Foreign Nationals',
      publisher: 'Ministry of Foreign Affairs',
      url: 'https://www.example.iq/en/statement',
      issued: '2022-01-31',
      accessed: '2026-11-28',
      notes: 'Café talk & not an official translation',
    });
  });

  it('a broken entry costs only itself, and is named by the line it starts on', () => {
    const broken = importBibtex(fixture('broken.bib'));
    expect(broken.sources.map((value) => value.id)).toEqual(['first2022', 'third2022']);
    expect(broken.sources[0]?.containerTitle).toBe('Rudaw');
    expect(broken.problems).toEqual(['The BibTeX entry starting on line 10 was skipped: it could not be read (expected "rbrace", got "identifier").']);
  });

  it('text with no entries holds no references', () => {
    expect(importBibtex('% nothing but a comment\n')).toEqual({ sources: [], problems: ['The file holds no references.'] });
    expect(importBibtex('@comment{only a comment}')).toEqual({ sources: [], problems: ['The file holds no references.'] });
  });

  it('an entry with nothing to cite it by is skipped by its key', () => {
    expect(importBibtex('@misc{empty2022, year = {2022}}').problems).toEqual(['BibTeX entry “empty2022” was skipped: it has no title, author, outlet or URL to cite it by.']);
  });
});

describe('an RIS file, as Zotero writes it', () => {
  const { sources, problems } = importRis(fixture('sources.ris'));

  it('reads a newspaper article, a report and a web page', () => {
    expect(problems).toEqual([]);
    expect(sources.map((value) => [value.id, value.cslType, value.kind])).toEqual([
      ['source-1', 'article-newspaper', 'news-report'],
      ['source-2', 'report', 'report'],
      ['source-3', 'webpage', 'other'],
    ]);
  });

  it('a newspaper article keeps its AU authors and its full DA date', () => {
    expect(sources[0]).toMatchObject({
      title: 'Death toll from Hasaka prison attack rises',
      authors: [{ family: 'Writer', given: 'Test' }, { family: 'Reporter', given: 'Second' }],
      containerTitle: 'Rudaw',
      place: 'Erbil',
      issued: '2022-01-30',
      accessed: '2026-11-28',
      url: 'https://www.example.net/english/hasaka-toll',
      language: 'en',
    });
  });

  it('a report with a corporate author and a month', () => {
    expect(sources[1]).toMatchObject({ authors: [{ literal: 'International Crisis Group' }], publisher: 'International Crisis Group', place: 'Brussels', issued: '2023-05' });
  });

  it('a web page takes its site name from T2 and its access date from Y2', () => {
    expect(sources[2]).toMatchObject({ containerTitle: 'Ministry of Foreign Affairs', issued: '2022-01-31', accessed: '2026-11-28', url: 'https://www.example.iq/en/statement' });
  });

  it('text with no records holds no references; a record with nothing to cite is skipped by number', () => {
    expect(importRis('not RIS at all')).toEqual({ sources: [], problems: ['The file holds no references.'] });
    expect(importRis('TY  - ZZZZ\nXX  - nothing known\nER  - \n').problems).toEqual(['RIS record 1 was skipped: it has no title, author, outlet or URL to cite it by.']);
  });
});

describe('recognising and importing a sources file', () => {
  it('recognises content whatever the extension, and the extension when the content says nothing', () => {
    expect(detectInterchangeFormat('export.txt', '\uFEFF[\n  {"id": "a"}]')).toBe('csl-json');
    expect(detectInterchangeFormat('export.txt', '\r\nTY  - NEWS\r\nER  - ')).toBe('ris');
    expect(detectInterchangeFormat('library.txt', '% JabRef\n@Article{key,\n title = {x}}')).toBe('bibtex');
    expect(detectInterchangeFormat('library.bib', '% only a comment')).toBe('bibtex');
    expect(detectInterchangeFormat('LIBRARY.RIS', '')).toBe('ris');
    expect(detectInterchangeFormat('notes.txt', 'Meeting notes, 30 January')).toBeNull();
    expect(detectInterchangeFormat('report.docx', 'PK\u0003\u0004')).toBeNull();
  });

  it('dispatches each format to its reader', () => {
    expect(importSourcesFile('zotero.json', fixture('zotero-export.json')).sources).toHaveLength(4);
    expect(importSourcesFile('sources.bib', fixture('sources.bib')).sources).toHaveLength(3);
    expect(importSourcesFile('sources.ris', fixture('sources.ris')).sources).toHaveLength(3);
  });

  it('refuses an empty file and a file in no format it reads, with a sentence for the analyst', () => {
    expect(() => importSourcesFile('empty.bib', ' \n')).toThrow(expect.objectContaining({ code: 'empty-file', message: '“empty.bib” is empty: there are no references in it.' }));
    const unknown = (() => {
      try {
        importSourcesFile('readout.docx', 'PK\u0003\u0004 binary');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(unknown).toBeInstanceOf(BriefError);
    expect(unknown).toMatchObject({ code: 'unsupported', message: expect.stringContaining('CSL-JSON (.json), BibTeX (.bib) and RIS (.ris)') });
  });

  it('a CSL-JSON file that is not a list is refused', () => {
    expect(() => importSourcesFile('item.json', '{"id": "a"}')).toThrow(expect.objectContaining({ code: 'invalid-request' }));
  });
});

describe('importing never touches the network', () => {
  it('the trap was set before citation-js was loaded, and catches citation-js’s own fetch', async () => {
    expect(network.alreadyLoaded).toBe(false);
    const http = await import('node:http');
    expect(() => http.get('http://example.invalid/')).toThrow(/not allowed/);
    const citationJs = createRequire(import.meta.url)('@citation-js/core') as { util: { fetchFile(url: string): string } };
    expect(() => citationJs.util.fetchFile('https://example.invalid/')).toThrow(/not allowed/);
    expect(network.calls).toEqual(['http.get', 'child_process.execFileSync']);
    network.calls.length = 0;
  });

  it('URLs and DOIs in any file, or as the whole file, are only ever text', () => {
    const reads = [
      importBibtex('@article{doi2021, title = {With a DOI}, doi = {10.1080/1057610X.2021.1}, url = {https://example.org/a}}'),
      importBibtex('https://doi.org/10.1080/1057610X.2021.1'),
      importBibtex('10.1080/1057610X.2021.1'),
      importRis('TY  - JOUR\nTI  - With a DOI\nDO  - 10.1080/1057610X.2021.1\nUR  - https://example.org/a\nER  - \n'),
      importSourcesFile('doi.json', '[{"id": "d", "title": "DOI only", "DOI": "10.1080/1057610X.2021.1"}]'),
      importSourcesFile('a.bib', fixture('sources.bib')),
      importSourcesFile('a.ris', fixture('sources.ris')),
    ];
    expect(() => importSourcesFile('link.txt', 'https://www.rudaw.net/english/middleeast/iraq/300120222')).toThrow(expect.objectContaining({ code: 'unsupported' }));
    expect(reads[0]?.sources[0]?.url).toBe('https://example.org/a');
    expect(reads[1]?.problems).toEqual(['The file holds no references.']);
    expect(network.calls).toEqual([]);
  });
});
