import { deflateSync, strToU8, zipSync } from 'fflate';
import { mkdtemp, readdir, readFile, rm, stat, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief } from '../../../core/document/container';
import { salvageBrief } from '../../../core/document/salvage';
import { BriefDocumentSchema, type DocumentSource } from '../../../core/document/schema';
import { BriefError, type BriefErrorCode } from '../../../core/errors';
import { DocumentFiles } from '../../../electron/services/document-files';
import { sampleReadout } from '../../fixtures/documents';
import { refusalOf } from '../../fixtures/refusals';
import { withEntry } from '../document/zip-samples';
import { endOfDirectory, partsOf, withDeclaredSize, withJson, withoutPart, withPart, withZip64EntryCount, zipParts } from './brief-bytes';

/**
 * Each damaged or foreign file an analyst may try to open, with the code and the
 * message they get. Every case is opened twice: by decodeBrief, and through the file
 * service from a file on disk, which must be left exactly as it was.
 */
const DAMAGED = 'This document is damaged and cannot be read. It may have been cut short while saving or copying.';
const NOT_A_BRIEF = 'This is not a Briefwright document (.brief).';
const FOREIGN_ZIP = 'This is a zip file, but not a Briefwright document (.brief).';
const PART_CONTENT: Record<string, string> = {
  'document.json': 'its title and details',
  'body.json': 'its text',
  'sources.json': 'its list of sources',
  'manifest.json': 'its format information',
};
const partMessage = (part: string) =>
  `This document is damaged: ${PART_CONTENT[part] ?? 'one of its images'} does not have the expected content (part "${part}").`;

const good = encodeBrief(sampleReadout());
const files = new DocumentFiles();
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'bw-damaged-'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** Opens the bytes from a file through DocumentFiles; checks the refusal and that the file was not touched. */
async function refusalFromDisk(bytes: Uint8Array, name = 'damaged.brief'): Promise<BriefError> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  const longAgo = new Date('2001-02-03T04:05:06Z');
  await utimes(path, longAgo, longAgo);
  const error = await files.read(path).then(
    () => new Error('expected the file to be refused'),
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(BriefError);
  expect((await stat(path)).mtimeMs).toBe(longAgo.getTime());
  expect(Buffer.compare(await readFile(path), bytes)).toBe(0);
  expect(await readdir(folder)).toEqual([name]);
  await rm(path);
  return error as BriefError;
}

async function expectRefused(bytes: Uint8Array, code: BriefErrorCode, message: string): Promise<BriefError> {
  const error = refusalOf(bytes);
  expect({ code: error.code, message: error.message }).toEqual({ code, message });
  const fromDisk = await refusalFromDisk(bytes);
  expect({ code: fromDisk.code, message: fromDisk.message }).toEqual({ code, message });
  return error;
}

function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed;
  for (let index = 0; index < length; index += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  return bytes;
}

describe('opening a damaged or foreign file', () => {
  it('an empty file: says it is empty', async () => {
    await expectRefused(new Uint8Array(), 'empty-file', 'This file is empty. It may not have finished saving or copying.');
  });

  it.each([
    ['just after the zip signature', 2],
    ['inside the first part', 100],
    ['half way', Math.floor(good.length / 2)],
    ['inside the zip directory', good.length - 40],
    ['one byte before the end', good.length - 1],
  ])('a file cut short %s: says it is damaged, perhaps cut short', async (_where, length) => {
    const error = await expectRefused(good.slice(0, length), 'damaged-file', DAMAGED);
    expect(error.detail).toBeTruthy();
  });

  it('random bytes: says it is not a Briefwright document', async () => {
    const bytes = seededBytes(4096, 7);
    bytes[0] = 0x7f;
    const error = await expectRefused(bytes, 'not-a-brief', NOT_A_BRIEF);
    expect(error.detail).toBe('no zip signature');
  });

  it('random bytes behind a zip signature: says it is damaged', async () => {
    const bytes = seededBytes(4096, 11);
    bytes.set([0x50, 0x4b, 0x03, 0x04], 0);
    await expectRefused(bytes, 'damaged-file', DAMAGED);
  });

  it('a Word document (a zip with no .brief mimetype): says it is a zip but not a Briefwright document', async () => {
    const docx = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8('<Relationships/>'),
      'word/document.xml': strToU8('<w:document><w:body><w:p/></w:body></w:document>'),
    });
    const error = await expectRefused(docx, 'not-a-brief', FOREIGN_ZIP);
    expect(error.detail).toBe('no mimetype entry');
  });

  it('an OpenDocument file (a zip with another mimetype): names that type in the detail', async () => {
    const odt = zipSync({ mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }], 'content.xml': strToU8('<office:document-content/>') });
    const error = await expectRefused(odt, 'not-a-brief', FOREIGN_ZIP);
    expect(error.detail).toBe('mimetype is "application/vnd.oasis.opendocument.text"');
  });

  it('a .brief whose mimetype names another type: says it is not a Briefwright document (a trailing newline is forgiven)', async () => {
    const error = await expectRefused(withPart(good, 'mimetype', 'application/zip'), 'not-a-brief', FOREIGN_ZIP);
    expect(error.detail).toBe('mimetype is "application/zip"');
    expect(decodeBrief(withPart(good, 'mimetype', `${BRIEF_MIME_TYPE}\n`))).toEqual(sampleReadout());
  });

  it('a file from a newer Briefwright: names its format and the newest this version reads', async () => {
    // A newer format may change any part; the version is checked before the parts are.
    const newer = withPart(withJson(good, 'manifest.json', () => ({ formatVersion: 3, generator: 'Briefwright 9' })), 'body.json', '{"blocks":[]}');
    await expectRefused(newer, 'newer-format', 'This file was made by a newer Briefwright (format 3); this version reads up to format 2. Update Briefwright to open it.');
  });

  it.each<[string, () => Uint8Array, string, RegExp]>([
    ['a date that is not a date', () => withJson<{ metadata: { created: string } }>(good, 'document.json', (head) => void (head.metadata.created = 'last Tuesday')), partMessage('document.json'), /^document\.json at metadata\.created: /],
    ['a title of the wrong type', () => withJson<{ metadata: { title: unknown } }>(good, 'document.json', (head) => void (head.metadata.title = { text: 'x' })), partMessage('document.json'), /^document\.json at metadata\.title: /],
    ['a body whose root is not a root', () => withJson<{ root: { type: string } }>(good, 'body.json', (body) => void (body.root.type = 'paragraph')), partMessage('body.json'), /^body\.json at root\.type: /],
    ['a block without a type', () => withJson<{ root: { children: { type?: string }[] } }>(good, 'body.json', (body) => void delete body.root.children[1]?.type), partMessage('body.json'), /^body\.json at root\.children\.1\.type: /],
    ['sources that are not a list', () => withJson(good, 'sources.json', () => ({ 'src-1': {} })), partMessage('sources.json'), /^sources\.json: /],
    ['more than 5,000 sources', () => withJson<DocumentSource[]>(good, 'sources.json', ([source]) => Array.from({ length: 5001 }, (_, index) => ({ ...source, id: `src-${index}` }))), partMessage('sources.json'), /5000/],
    ['an image of a type that is not an image', () => withPart(good, 'media/img-1.type', 'text/html'), partMessage('media/img-1'), /^media\/img-1 at mimeType: /],
  ])('a part with %s: names the part, and the field in the detail', async (_case, make, message, detail) => {
    const error = await expectRefused(make(), 'invalid-part', message);
    expect(error.detail).toMatch(detail);
  });

  it('a part that is not JSON: says the part cannot be read', async () => {
    await expectRefused(withPart(good, 'sources.json', '[{"id": "src-1", "title": '), 'invalid-part', 'This document is damaged: its list of sources cannot be read (part "sources.json").');
  });

  it('a missing part: names it', async () => {
    await expectRefused(withoutPart(good, 'body.json'), 'invalid-part', 'This document is damaged: its text is missing (part "body.json").');
  });

  it('a format version nested thousands of lists deep: says it is not valid, without overflowing the stack', async () => {
    const manifest = `{"formatVersion": ${'['.repeat(20_000)}${']'.repeat(20_000)}}`;
    const error = await expectRefused(withPart(good, 'manifest.json', manifest), 'invalid-part', 'This document is damaged: its format version is missing or not valid.');
    expect(error.detail).toBe('manifest.json formatVersion is a list');
  });

  it('a missing format version: says so', async () => {
    await expectRefused(withoutPart(good, 'manifest.json'), 'invalid-part', 'This document is damaged: its format version is missing or not valid.');
  });

  it('a source whose snapshot fingerprint is not hexadecimal: names the sources part and the field; salvage keeps the rest', async () => {
    const bytes = withJson<DocumentSource[]>(good, 'sources.json', (sources) => {
      const snapshot = sources[0]?.snapshot;
      if (snapshot) snapshot.sha256 = 'not-a-fingerprint';
    });
    const error = await expectRefused(bytes, 'invalid-part', partMessage('sources.json'));
    expect(error.detail).toMatch(/^sources\.json at 0\.snapshot\.sha256: /);

    const salvaged = salvageBrief(bytes, new Date('2026-11-28T12:00:00Z'));
    expect(salvaged).not.toBeNull();
    expect(BriefDocumentSchema.safeParse(salvaged?.document).success).toBe(true);
    expect(salvaged?.document.body.root.children).toEqual(sampleReadout().body.root.children);
    expect(salvaged?.document.metadata).toEqual(sampleReadout().metadata);
    expect(salvaged?.document.sources).toEqual([]);
    expect(salvaged?.lost.join('; ')).toMatch(/source/);
  });

  // The limits are checked from the zip's directory, before anything is unpacked. So these files
  // need only a directory that says so, with sizes a real file could have (its data inside the file,
  // expanded no more than deflate can), and 1 MB of padding, not hundreds of megabytes.
  const padded = zipParts({ ...partsOf(good), 'padding.bin': seededBytes(1024 * 1024, 3) });

  it('a part that unpacks to 200 MB: says it is too large, without unpacking it', async () => {
    const bytes = withDeclaredSize(padded, 'body.json', 200 * 1024 * 1024, 256 * 1024);
    await expectRefused(bytes, 'too-large', 'This document is too large to open: its text unpacks to 200.0 MB (part "body.json").');
  });

  it('an image that unpacks to 65 MB: says it is too large', async () => {
    const bytes = withDeclaredSize(padded, 'media/img-1', 65 * 1024 * 1024, 256 * 1024);
    await expectRefused(bytes, 'too-large', 'This document is too large to open: one of its images unpacks to 65.0 MB (part "media/img-1").');
  });

  it('a size in the zip directory that no real file could have (say, one flipped bit): says it is damaged, not too large', async () => {
    const bytes = withDeclaredSize(good, 'body.json', 200 * 1024 * 1024);
    const error = await expectRefused(bytes, 'damaged-file', DAMAGED);
    expect(error.detail).toMatch(/^"body\.json" claims 209715200 bytes from \d+ in a file of \d+$/);
  });

  it('a 300 MB file: says it is too large before reading it, and leaves it alone', async () => {
    // Sparse: 300 MB long, no disk used.
    const path = join(folder, 'huge.brief');
    await writeFile(path, good);
    await truncate(path, 300 * 1024 * 1024);
    const before = await stat(path);
    await expect(files.read(path)).rejects.toMatchObject({ code: 'too-large', message: '"huge.brief" is too large to open (300 MB; the limit is 256 MB).' });
    const after = await stat(path);
    expect({ size: after.size, mtimeMs: after.mtimeMs }).toEqual({ size: before.size, mtimeMs: before.mtimeMs });
    await rm(path);
  });

  it('a zip directory that claims millions of entries: says it is damaged at once (it used to loop through them all)', async () => {
    // The claim is in a zip64 record, which Briefwright never writes and refuses before reading the count.
    const error = await expectRefused(withZip64EntryCount(good, 3_000_000, 0x7fffffff), 'damaged-file', DAMAGED);
    expect(error.detail).toBe('the zip uses zip64, which Briefwright never writes');
  });

  it('a zip directory that claims more entries than it can hold: says it is damaged', async () => {
    const end = endOfDirectory(good);
    const bytes = good.slice();
    new DataView(bytes.buffer).setUint16(end + 10, 60_000, true);
    const error = await expectRefused(bytes, 'damaged-file', DAMAGED);
    expect(error.detail).toMatch(/^the zip directory claims 60000 entries, more than its \d+ bytes can hold$/);
  });

  it('an image with one byte changed (its CRC-32 no longer matches): says it is damaged, rather than opening a spoiled image', async () => {
    const bytes = withEntry(good, 'media/img-1', (entry) => {
      const data = entry.data.slice();
      data[20] = (data[20] as number) ^ 0x10;
      return { ...entry, data };
    });
    const error = await expectRefused(bytes, 'damaged-file', DAMAGED);
    expect(error.detail).toBe('"media/img-1" does not match its CRC-32: its bytes are damaged');
  });

  it('a part that unpacks to more than its directory claims (a zip bomb lying about its size): says it is damaged', async () => {
    const bytes = withEntry(good, 'body.json', (entry) => ({ ...entry, size: 1000, data: deflateSync(new Uint8Array(8 * 1024 * 1024)) }));
    const error = await expectRefused(bytes, 'damaged-file', DAMAGED);
    expect(error.detail).toBe('"body.json" unpacks to more than the 1000 bytes its directory entry claims');
  });

  it('a part that unpacks to less than its directory claims: says it is damaged', async () => {
    const bytes = withEntry(good, 'sources.json', (entry) => ({ ...entry, size: entry.size + 1 }));
    const error = await expectRefused(bytes, 'damaged-file', DAMAGED);
    expect(error.detail).toMatch(/^"sources\.json" unpacks to only (\d+) of the \d+ bytes its directory entry claims$/);
  });
});

describe('salvaging a damaged file', () => {
  it('gives a document the contract accepts even from a file listing more than 5,000 sources', () => {
    const bytes = withJson<DocumentSource[]>(good, 'sources.json', ([source]) => Array.from({ length: 5001 }, (_, index) => ({ ...source, id: `src-${index}` })));
    const salvaged = salvageBrief(bytes, new Date('2026-11-28T12:00:00Z'));
    expect(salvaged).not.toBeNull();
    expect(BriefDocumentSchema.safeParse(salvaged?.document).success).toBe(true);
    expect(salvaged?.document.sources).toHaveLength(5000);
    expect(salvaged?.lost).toContain('1 source');
  });
});
