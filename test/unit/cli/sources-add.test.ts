import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief } from '../../../core/document/container';
import { makeDocx } from '../../fixtures/sources/docx-bytes';
import { sourceFixturePath } from '../../fixtures/sources/capture-fixtures';
import { makePdf, setLines } from '../../fixtures/sources/pdf-bytes';
import { runCli } from './run-cli';

describe('briefwright sources add', () => {
  let folder: string;

  /** A new, empty document to add sources to. */
  async function newBrief(name: string): Promise<string> {
    const path = join(folder, name);
    const created = await runCli('new', '--template', 'blank', '-o', path);
    expect(created.code).toBe(0);
    return path;
  }

  async function sourcesIn(path: string) {
    return decodeBrief(new Uint8Array(await readFile(path))).sources;
  }

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-sources-'));
    await writeFile(join(folder, 'junk.bin'), new Uint8Array([0, 1, 2, 3, 0xff, 0xfe, 0, 7, 8, 9]));
  });

  it('adds each source, prints what it found, and names the file that failed', async () => {
    const path = await newBrief('readout.brief');
    const result = await runCli('sources', 'add', path, sourceFixturePath('erbil-border-article.txt'), join(folder, 'junk.bin'), sourceFixturePath('harbour-gazette-article.html'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('');
    const blocks = result.stdout.split(/\n(?=\S)/);
    expect(blocks[0]).toMatch(
      new RegExp(
        [
          '^erbil-border-article\\.txt: added “Border crossing to stay open longer after regional talks” \\(src-[0-9a-f]{8}\\)',
          '  outlet:  Rudaw',
          '  author:  Dana Hawrami',
          '  date:    2023-03-14',
          '  place:   Erbil, Kurdistan Region',
          '  URL:     not found',
          '  \\d+ words; 13 lines left out as site furniture or metadata$',
        ].join('\n'),
      ),
    );
    expect(blocks[1]).toBe(
      'junk.bin: not added — “junk.bin” is not in a format Briefwright can capture. Sources can be plain text (.txt), web pages (.html, .htm), Markdown (.md), PDF (.pdf) and Word (.docx).',
    );
    expect(blocks[2]).toContain('harbour-gazette-article.html: added “Harbour talks stall over berth fees”');
    expect(blocks[2]).toContain('  author:  Mira Solberg, Tomas Reyes');
    expect(blocks[2]).toContain('  URL:     https://harbourgazette.example/news/harbour-talks-stall');
    expect(blocks[2]).toContain("  warning: Only the page's text was kept (left out: 2 scripts, 1 embedded frame and 1 image); nothing in the page was run or loaded.");
    expect(blocks[3]).toBe('readout.brief: 2 sources added, 1 failed; the document has 2 sources.\n');

    const sources = await sourcesIn(path);
    expect(sources.map((source) => [source.title, source.containerTitle, source.issued])).toEqual([
      ['Border crossing to stay open longer after regional talks', 'Rudaw', '2023-03-14'],
      ['Harbour talks stall over berth fees', 'The Harbour Gazette', '2023-03-14'],
    ]);
    expect(sources[0]?.snapshot?.dropped).toContain('Rudaw Media Network\'s comment policy asks readers to keep to the subject of the article and to be courteous to one another.');
    expect((await stat(`${path}.bak`)).isFile()).toBe(true);
    expect((await runCli('check', path)).code).toBe(0);
  });

  it('reports as a JSON array with --json, evidence and dropped lines included', async () => {
    const path = await newBrief('json.brief');
    const { code, stdout } = await runCli('sources', 'add', path, sourceFixturePath('arabic-port-article.txt'), join(folder, 'missing.txt'), '--json');
    expect(code).toBe(1);
    const reports = JSON.parse(stdout) as Record<string, unknown>[];
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatchObject({
      file: 'arabic-port-article.txt',
      status: 'added',
      title: 'سلطة الميناء تؤجل رفع رسوم الرسو',
      issued: '2023-03-14',
      language: 'ar',
      dropped: ['سلطة الميناء تؤجل رفع رسوم الرسو', '١٤-٠٣-٢٠٢٣', 'A+ A-'],
      warnings: [],
    });
    expect(reports[0]?.detected).toContainEqual({ field: 'language', value: 'ar', evidence: 'Arabic script' });
    expect(reports[1]).toMatchObject({ file: 'missing.txt', status: 'failed', error: { code: 'not-found' } });
    const [source] = await sourcesIn(path);
    const file = await readFile(sourceFixturePath('arabic-port-article.txt'), 'utf8');
    expect(source?.snapshot?.text).toBe(file.trim().split('\n\n').slice(2).join('\n\n'));
  });

  it('captures PDF and Word files through the bundled command', async () => {
    const path = await newBrief('binary.brief');
    const pdf = join(folder, 'berth-report.pdf');
    const docx = join(folder, 'readout-notes.docx');
    await writeFile(pdf, makePdf([{ lines: setLines([['Berth closures report'], ['The harbour authority closed two berths on Monday after a crane', 'failure, the operations office said in a statement.']]) }]));
    await writeFile(docx, makeDocx(['Readout: harbour master', 'The harbour master said the berths would reopen after three weeks of repairs.']));
    const { code, stdout, stderr } = await runCli('sources', 'add', path, pdf, docx);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('berth-report.pdf: added “Berth closures report”');
    expect(stdout).toContain('readout-notes.docx: added “Readout: harbour master”');
    const sources = await sourcesIn(path);
    expect(sources.map((source) => [source.snapshot?.format, source.snapshot?.text])).toEqual([
      ['pdf', 'The harbour authority closed two berths on Monday after a crane failure, the operations office said in a statement.'],
      ['docx', 'The harbour master said the berths would reopen after three weeks of repairs.'],
    ]);
  });

  it('leaves the document untouched when nothing could be added', async () => {
    const path = await newBrief('untouched.brief');
    const before = await readFile(path);
    const failed = await runCli('sources', 'add', path, join(folder, 'junk.bin'), join(folder, 'missing.txt'));
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('untouched.brief: 0 sources added, 2 failed; the document has 0 sources.');
    expect(await readFile(path)).toEqual(before);
    await expect(stat(`${path}.bak`)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('does not add the same text twice', async () => {
    const path = await newBrief('twice.brief');
    expect((await runCli('sources', 'add', path, sourceFixturePath('quay-notice.html'))).code).toBe(0);
    const before = await readFile(path);
    const again = await runCli('sources', 'add', path, sourceFixturePath('quay-notice.html'));
    expect(again.code).toBe(0);
    expect(again.stdout).toBe('quay-notice.html: not added again — the document already has this text, as “Notice of quay works”.\ntwice.brief: 0 sources added; the document has 1 source.\n');
    expect(await readFile(path)).toEqual(before);
  });

  it('refuses a file that is not a document, and changes nothing', async () => {
    const path = join(folder, 'not-a.brief');
    await writeFile(path, 'an analyst’s notes, misnamed');
    const result = await runCli('sources', 'add', path, sourceFixturePath('field-notes.md'));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('briefwright sources: This is not a Briefwright document (.brief).\n');
    expect(await readFile(path, 'utf8')).toBe('an analyst’s notes, misnamed');
  });

  it.each([
    [['sources'], 'say what to do: sources add FILE.brief SOURCE…, or sources export FILE.brief.'],
    [['sources', 'remove', 'a.brief'], 'unknown action "remove".'],
    [['sources', 'add', 'a.brief'], 'name at least one source file to add.'],
    [['sources', 'add', 'notes.md', 'a.txt'], 'name the document first: a .brief file.'],
    [['sources', 'add', 'a.brief', 'a.txt', '--force'], 'unknown option "--force".'],
  ])('explains a usage mistake (%j) and exits 2', async (args, problem) => {
    const { code, stderr } = await runCli(...args);
    expect(code).toBe(2);
    expect(stderr.startsWith(`briefwright sources: ${problem}\n\nUsage:\n  sources add FILE.brief SOURCE… [--json]`)).toBe(true);
  });

  it('is listed in the help', async () => {
    const { stdout } = await runCli('--help');
    expect(stdout).toContain('  sources add FILE.brief SOURCE… [--json]');
  });
});
