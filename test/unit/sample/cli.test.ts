import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { citationProblems } from '../../../core/citations/integrity';
import { decodeBrief } from '../../../core/document/container';
import { runCli } from '../cli/run-cli';

describe('briefwright sample', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-sample-'));
  });

  it('writes a sample that check opens, the same bytes for the same seed', async () => {
    const first = join(folder, 'first.brief');
    const second = join(folder, 'second.brief');
    const made = await runCli('sample', '--pages', '10', '--seed', '42', '-o', first);
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    expect(made.stdout).toMatch(/^first\.brief: a 10-page sample threat assessment \(seed 42\), [\d,]+ words, [\d,]+ citations of 12 sources\.\n$/);
    expect((await runCli('sample', '--pages=10', '--seed=42', '-o', second)).code).toBe(0);
    expect(await readFile(second)).toEqual(await readFile(first));

    const checked = await runCli('check', first);
    expect(checked.code).toBe(0);
    // The OK line, then the tradecraft findings: warnings only, none that fails the check.
    expect(checked.stdout).toMatch(/^first\.brief: OK — format 2, “The Northern Ridge Front: .*”, \d+ nodes, 12 sources, 0 images\.\n/);
    expect(checked.stdout).not.toMatch(/^ {2}error /m);
    expect(citationProblems(decodeBrief(new Uint8Array(await readFile(first))))).toEqual([]);
  });

  it.each([
    [['--pages', '0', '-o', 'x.brief'], '--pages needs a whole number of pages from 1 to 1000, not "0".'],
    [['--pages', 'abc', '-o', 'x.brief'], '--pages needs a whole number of pages from 1 to 1000, not "abc".'],
    [['--pages', '2.5', '-o', 'x.brief'], '--pages needs a whole number of pages from 1 to 1000, not "2.5".'],
    [['--pages', '1001', '-o', 'x.brief'], '--pages needs a whole number of pages from 1 to 1000, not "1001".'],
    [['--pages'], '--pages needs a whole number of pages from 1 to 1000.'],
    [['--pages', '3'], 'name the file to create with -o FILE.brief.'],
    [['-o', 'x.brief'], 'say how long the sample is with --pages N.'],
    [['--pages', '3', '-o', 'x.docx'], 'the file to create must end in .brief.'],
    [['--pages', '3', '--seed', '-1', '-o', 'x.brief'], '--seed needs a whole number from 0 to 4294967295, not "-1".'],
    [['--pages', '3', '--colour', '-o', 'x.brief'], 'unknown option "--colour".'],
  ])('answers %j with a usage message and exit code 2', async (args, problem) => {
    const { code, stdout, stderr } = await runCli('sample', ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`briefwright sample: ${problem}\n`);
    expect(stderr).toContain('sample --pages N -o FILE.brief [--seed S] [--force]');
  });

  it('refuses to replace an existing file unless --force', async () => {
    const path = join(folder, 'existing.brief');
    await writeFile(path, 'an analyst’s earlier work');
    const refused = await runCli('sample', '--pages', '1', '-o', path);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Use --force to replace it');
    expect(await readFile(path, 'utf8')).toBe('an analyst’s earlier work');
    expect((await runCli('sample', '--pages', '1', '-o', path, '--force')).code).toBe(0);
    expect(decodeBrief(new Uint8Array(await readFile(path))).sources).toHaveLength(12);
  });

  it('is listed in the help', async () => {
    const { stdout } = await runCli('--help');
    expect(stdout).toContain('sample --pages N -o FILE.brief');
  });
});
