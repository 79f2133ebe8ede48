import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBrief } from '../../../core/document/container';
import { fromCslJson } from '../../../core/sources/csl-json';
import { sampleReadout } from '../../fixtures/documents';
import { runCli } from './run-cli';

describe('briefwright sources export', () => {
  let folder: string;
  let documentPath: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-sources-export-'));
    documentPath = join(folder, 'readout.brief');
    await writeFile(documentPath, encodeBrief(sampleReadout()));
  });

  it('prints the sources as CSL-JSON that reads back to the same sources', async () => {
    const { code, stdout } = await runCli('sources', 'export', documentPath);
    expect(code).toBe(0);
    const items = JSON.parse(stdout) as Array<Record<string, unknown>>;
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ type: 'article-newspaper', title: 'Adviser urges repatriation of detainees', 'container-title': 'Example News' });
    const [original] = sampleReadout().sources;
    expect(fromCslJson(stdout).sources[0]).toMatchObject({ title: original?.title, reliability: 'B', credibility: '2', descriptor: original?.descriptor });
  });

  it('writes them to a file with -o', async () => {
    const target = join(folder, 'sources.json');
    const { code, stderr } = await runCli('sources', 'export', documentPath, '-o', target);
    expect(code).toBe(0);
    expect(stderr).toBe('sources.json: 1 source written as CSL-JSON.\n');
    expect(JSON.parse(await readFile(target, 'utf8'))).toHaveLength(1);
  });

  it('says what is wrong with its arguments', async () => {
    expect(await runCli('sources', 'export', documentPath, '-o')).toMatchObject({ code: 2 });
    const missing = await runCli('sources', 'export', join(folder, 'missing.brief'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^briefwright sources: /);
  });
});
