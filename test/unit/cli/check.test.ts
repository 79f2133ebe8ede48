import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';
import { encodeBrief } from '../../../core/document/container';
import { sampleReadout } from '../../fixtures/documents';

describe('briefwright check', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-cli-'));
  });

  it('reports a sound document and exits 0', async () => {
    const path = join(folder, 'readout.brief');
    await writeFile(path, encodeBrief(sampleReadout()));
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^readout\.brief: OK — format 2, “Readout: NSA – Mission Commander”, \d+ nodes, 1 sources, 1 images\.$/m);
  });

  it('names the problem of a damaged file, exits 1 and leaves the file alone', async () => {
    const path = join(folder, 'cut.brief');
    const bytes = encodeBrief(sampleReadout()).slice(0, 400);
    await writeFile(path, bytes);
    const before = await stat(path);
    const { code, stdout } = await runCli('check', path);
    expect(code).toBe(1);
    expect(stdout).toContain('cut.brief: This document is damaged and cannot be read.');
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
    expect((await stat(path)).mtimeMs).toBe(before.mtimeMs);
  });

  it('gives the same message as the app, as JSON on request', async () => {
    const path = join(folder, 'notes.brief');
    await writeFile(path, '# Notes\nplain text');
    const { code, stdout } = await runCli('check', path, '--json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      file: 'notes.brief',
      ok: false,
      error: { code: 'not-a-brief', message: 'This is not a Briefwright document (.brief).', detail: 'no zip signature' },
    });
  });

  it('explains its usage when called wrongly', async () => {
    const { code, stderr } = await runCli('frobnicate');
    expect(code).toBe(2);
    expect(stderr).toContain('unknown command "frobnicate"');
  });
});
