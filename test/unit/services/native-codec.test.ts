import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { deflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { strToU8, unzipSync, type UnzipFileInfo } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief, javaScriptCodec, type PartCodec } from '../../../core/document/container';
import { salvageBrief } from '../../../core/document/salvage';
import { generateSampleBriefing } from '../../../core/sample/generate';
import { crc32 } from '../../../core/document/zip-writer';
import { BriefError } from '../../../core/errors';
import { check } from '../../../electron/cli/document-commands';
import { DocumentFiles } from '../../../electron/services/document-files';
import { nativeCodec } from '../../../electron/services/native-codec';
import { RecoveryStore } from '../../../electron/services/recovery-store';
import { sampleReadout } from '../../fixtures/documents';
import { CONTENTS, partsRead, withEntry, writtenByFflate, writtenByZip } from '../document/zip-samples';

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
  const bytes = encodeBrief(document, { codec: nativeCodec });

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
    expect(encodeBrief(document, { codec: nativeCodec })).toEqual(bytes);
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

/** The parts as plain Uint8Arrays (Node's zlib gives Buffers, which toEqual tells apart). */
function plainPartsRead(bytes: Uint8Array, codec: PartCodec): Record<string, Uint8Array> {
  return Object.fromEntries(Object.entries(partsRead(bytes, codec)).map(([name, part]) => [name, new Uint8Array(part)]));
}

/** The detail with which decodeBrief, given this codec, refuses the bytes as damaged. */
function damageFound(bytes: Uint8Array, codec: PartCodec): string | undefined {
  try {
    decodeBrief(bytes, { codec });
  } catch (thrown) {
    if (thrown instanceof BriefError && thrown.code === 'damaged-file') return thrown.detail;
    throw thrown;
  }
  throw new Error('expected the file to be refused as damaged');
}

describe('.brief files read with Node’s native inflate', () => {
  const document = { ...generateSampleBriefing({ pages: 10, seed: 1 }), media: sampleReadout().media };
  const good = encodeBrief(document, { codec: nativeCodec });
  const body = new TextEncoder().encode(JSON.stringify(document.body));

  it.each([
    ['zip-writer with native deflate', () => writtenByZip(nativeCodec)],
    ['zip-writer with fflate’s deflate', () => writtenByZip(javaScriptCodec)],
    ['fflate’s zipSync', writtenByFflate],
  ])('give the same parts as the JavaScript codec, from zips written by %s', (_writer, make) => {
    const bytes = make();
    expect(plainPartsRead(bytes, nativeCodec)).toEqual(CONTENTS);
    expect(plainPartsRead(bytes, nativeCodec)).toEqual(partsRead(bytes, javaScriptCodec));
  });

  it('open to the same document as with the JavaScript codec, whichever deflated them', () => {
    expect(decodeBrief(good, { codec: nativeCodec })).toEqual(document);
    expect(decodeBrief(encodeBrief(document), { codec: nativeCodec })).toEqual(decodeBrief(encodeBrief(document)));
  });

  it('refuse a part that unpacks to more than its directory claims, stopping at the claim (a zip bomb lying about its size)', () => {
    const bomb = deflateRawSync(new Uint8Array(16 * 1024 * 1024));
    const bytes = withEntry(good, 'body.json', (entry) => ({ ...entry, size: 1000, data: bomb }));
    expect(damageFound(bytes, nativeCodec)).toBe('"body.json" cannot be inflated: Cannot create a Buffer larger than 1000 bytes');
    expect(damageFound(bytes, javaScriptCodec)).toBe('"body.json" unpacks to more than the 1000 bytes its directory entry claims');
  });

  it('refuse an empty part that unpacks to a byte', () => {
    const bytes = withEntry(good, 'media/img-1.type', (entry) => ({ ...entry, size: 0, crc: 0, data: deflateRawSync(strToU8('x')) }));
    expect(damageFound(bytes, nativeCodec)).toBe('"media/img-1.type" unpacks to more than the 0 bytes its directory entry claims');
    expect(damageFound(bytes, javaScriptCodec)).toBe('"media/img-1.type" unpacks to more than the 0 bytes its directory entry claims');
  });

  it('refuse a part that unpacks to less than its directory claims', () => {
    const bytes = withEntry(good, 'body.json', (entry) => ({ ...entry, size: entry.size + 100 }));
    const detail = `"body.json" unpacks to only ${body.length} of the ${body.length + 100} bytes its directory entry claims`;
    expect(damageFound(bytes, nativeCodec)).toBe(detail);
    expect(damageFound(bytes, javaScriptCodec)).toBe(detail);
  });

  it('refuse a part whose deflated data was cut short, or whose bytes do not match its CRC-32', () => {
    const cut = withEntry(good, 'body.json', (entry) => ({ ...entry, data: entry.data.subarray(0, entry.data.length - 10) }));
    expect(damageFound(cut, nativeCodec)).toBe('"body.json" cannot be inflated: unexpected end of file');
    const changed = withEntry(good, 'body.json', (entry) => ({ ...entry, crc: crc32(body) ^ 1 }));
    expect(damageFound(changed, nativeCodec)).toBe('"body.json" does not match its CRC-32: its bytes are damaged');
  });

  it('are what the file service, the recovery store and `briefwright check` read with', async () => {
    // Only the native codec stops a lying part at its claim, and says so in the detail.
    const bomb = withEntry(good, 'body.json', (entry) => ({ ...entry, size: 1000, data: deflateRawSync(new Uint8Array(1024 * 1024)) }));
    const stopped = { code: 'damaged-file', detail: '"body.json" cannot be inflated: Cannot create a Buffer larger than 1000 bytes' };
    const folder = await mkdtemp(join(tmpdir(), 'bw-native-'));
    await writeFile(join(folder, 'bomb.brief'), bomb);
    await expect(new DocumentFiles().read(join(folder, 'bomb.brief'))).rejects.toMatchObject(stopped);
    expect((await check(join(folder, 'bomb.brief'))).error).toMatchObject(stopped);
    const recovery = new RecoveryStore(folder);
    await recovery.store({ id: 'window-bbbb', documentPath: null, name: 'Untitled', baseSha256: null }, document);
    await writeFile(join(folder, 'window-bbbb.brief'), bomb);
    await expect(recovery.restore('window-bbbb')).rejects.toMatchObject(stopped);
  });
});
