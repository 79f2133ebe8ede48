import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief } from '../../../core/document/container';
import { salvageBrief } from '../../../core/document/salvage';
import { generateSampleBriefing } from '../../../core/sample/generate';
import { DocumentFiles } from '../../../electron/services/document-files';
import { nativeCompressor } from '../../../electron/services/native-compressor';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { sampleReadout } from '../../fixtures/documents';

const PYTHON = !spawnSync('python3', ['--version'], { stdio: 'ignore' }).error;

/** Each entry as the zip's directory lists it, in order. */
function entriesOf(bytes: Uint8Array): UnzipFileInfo[] {
  const entries: UnzipFileInfo[] = [];
  unzipSync(bytes, {
    filter: (file) => {
      entries.push(file);
      return false;
    },
  });
  return entries;
}

describe('.brief files written with Node’s native deflate', () => {
  const document = { ...generateSampleBriefing({ pages: 10, seed: 1 }), media: sampleReadout().media };
  const bytes = encodeBrief(document, { compressor: nativeCompressor });

  it('give back exactly the document they were given', () => {
    expect(decodeBrief(bytes)).toEqual(document);
  });

  it('start with the stored mimetype, keep images stored and deflate the JSON parts', () => {
    expect(new TextDecoder().decode(bytes.slice(30, 38 + BRIEF_MIME_TYPE.length))).toBe(`mimetype${BRIEF_MIME_TYPE}`);
    expect(entriesOf(bytes).map((entry) => [entry.name, entry.compression])).toEqual([
      ['mimetype', 0],
      ['manifest.json', 8],
      ['document.json', 8],
      ['body.json', 8],
      ['sources.json', 8],
      ['media/img-1', 0],
      ['media/img-1.type', 8],
    ]);
  });

  it('are the same bytes every time', () => {
    expect(encodeBrief(document, { compressor: nativeCompressor })).toEqual(bytes);
  });

  it('hold the text deflated to a fraction of its size', () => {
    const body = entriesOf(bytes).find((entry) => entry.name === 'body.json');
    expect(body?.originalSize).toBe(new TextEncoder().encode(JSON.stringify(document.body)).length);
    expect(body?.size).toBeLessThan((body?.originalSize ?? 0) / 4);
  });

  it('can be read entry by entry from the start, as salvage does', () => {
    expect(salvageBrief(bytes, new Date('2026-11-28T12:00:00Z'))).toEqual({ document, lost: [] });
  });

  it.skipIf(!PYTHON)(PYTHON ? 'pass Python’s zipfile check' : 'pass Python’s zipfile check — skipped: python3 is not installed', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'bw-native-')), 'sample.brief');
    await writeFile(path, bytes);
    const check = 'import sys, zipfile\nwith zipfile.ZipFile(sys.argv[1]) as z:\n  print(z.testzip() or "ok", *(i.filename for i in z.infolist()))';
    const result = spawnSync('python3', ['-c', check, path], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout.trim()).toBe('ok mimetype manifest.json document.json body.json sources.json media/img-1 media/img-1.type');
  });

  it('are what the file service and the recovery store write', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bw-native-'));
    await new DocumentFiles().write(join(folder, 'sample.brief'), document);
    expect(new Uint8Array(await readFile(join(folder, 'sample.brief')))).toEqual(bytes);
    await new RecoveryStore(folder).store({ id: 'window-aaaa', documentPath: null, name: 'Untitled', baseSha256: null }, document);
    expect(new Uint8Array(await readFile(join(folder, 'window-aaaa.brief')))).toEqual(bytes);
  });
});
