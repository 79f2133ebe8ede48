import fc from 'fast-check';
import { strToU8 } from 'fflate';
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIEF_MIME_TYPE, decodeBrief, encodeBrief } from '../../../core/document/container';
import { createDocument } from '../../../core/document/create';
import { salvageBrief } from '../../../core/document/salvage';
import { BriefDocumentSchema, SourceSchema, type BriefDocument } from '../../../core/document/schema';
import { BriefError, type BriefErrorCode } from '../../../core/errors';
import { DocumentFiles } from '../../../electron/services/document-files';
import { sampleReadout } from '../../fixtures/documents';
import { propertySeed } from '../property-seed';
import { partsOf, renameEntry, withDeclaredSize, zipParts, type Parts } from './brief-bytes';

const FUZZ_SEED = propertySeed();
fc.configureGlobal({ seed: FUZZ_SEED });

/**
 * Thousands of damaged files, made by mutating good ones: cut short, bytes changed,
 * inserted or deleted; parts replaced by wrong JSON, missing, duplicated; foreign
 * mimetypes; any format version. Whatever the damage, opening either gives a valid
 * document or refuses with a known code and a plain sentence, salvage never throws,
 * and the file on disk is never touched.
 */

// The codes a file can be refused with when it is read.
const FILE_CODES: readonly BriefErrorCode[] = ['empty-file', 'not-a-brief', 'damaged-file', 'newer-format', 'invalid-part', 'too-large'];
const NOW = new Date('2026-11-28T12:00:00Z');

function richReadout(): BriefDocument {
  const document = sampleReadout();
  document.metadata.templateId = 'meeting-readout';
  document.metadata.fields = {
    subject: 'Repatriation of detainees',
    participants: [
      { name: 'Qasim al-Araji', title: 'National Security Advisor', organisation: 'Government of Iraq', side: 'Iraq' },
      { name: 'Michael Anker', title: 'Commander', organisation: 'NATO Mission Iraq', side: 'NATO' },
    ],
  };
  document.marking = { scheme: 'us', level: 'S', controls: ['NF'] };
  document.media['img-2'] = { mimeType: 'image/gif', data: 'R0lGODlhAQABAAAAACw=' };
  document.sources.push(
    SourceSchema.parse({ id: 'src-2', title: 'SOHR casualty figures', originator: 'SOHR', publisher: 'Rudaw' }),
    SourceSchema.parse({ id: 'src-3', title: 'Statement', language: 'ar', snapshot: { text: 'قال', sha256: 'b'.repeat(64), capturedAt: '2026-11-28T10:00:00+03:00' } }),
  );
  return document;
}

const BASES: readonly Uint8Array[] = [encodeBrief(sampleReadout()), encodeBrief(createDocument({ now: NOW })), encodeBrief(richReadout())];
const JSON_PARTS = ['manifest.json', 'document.json', 'body.json', 'sources.json'] as const;

// ── What must hold for every file ──────────────────────────────────────────────────

const tally = { files: 0, opened: 0, salvaged: 0, refused: {} as Record<string, number> };

/** decodeBrief gives a valid document, or a BriefError with a known code and a sentence an analyst can read. */
function expectOpensOrRefusesClearly(bytes: Uint8Array): void {
  tally.files += 1;
  let document: BriefDocument;
  try {
    document = decodeBrief(bytes);
  } catch (thrown) {
    if (!(thrown instanceof BriefError)) {
      throw new Error(`decodeBrief threw ${thrown instanceof Error ? thrown.constructor.name : typeof thrown}: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { cause: thrown });
    }
    tally.refused[thrown.code] = (tally.refused[thrown.code] ?? 0) + 1;
    expect(FILE_CODES).toContain(thrown.code);
    expectPlainSentence(thrown.message);
    if (thrown.detail !== undefined) expect(typeof thrown.detail).toBe('string');
    return;
  }
  tally.opened += 1;
  const valid = BriefDocumentSchema.safeParse(document);
  if (!valid.success) throw new Error(`decodeBrief returned a document that is not valid: ${valid.error.message.slice(0, 500)}`);
}

function expectPlainSentence(message: string): void {
  expect(message.length).toBeGreaterThan(10);
  expect(message.length).toBeLessThan(400);
  expect(message).toMatch(/^["A-Z]/);
  expect(message).toMatch(/\.$/);
  expect(message).not.toMatch(/\bat \S+ \(|\bat .+:\d+:\d+/);
  // No line breaks, no control characters (a damaged zip can put any bytes in a part's name).
  expect(message).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/); // eslint-disable-line no-control-regex
  expect(message).not.toMatch(/undefined|\[object Object\]|NaN/);
}

/** salvageBrief gives null or a valid document with a list of what was lost; it never throws. */
function expectSalvageNeverThrows(bytes: Uint8Array): void {
  let salvaged: ReturnType<typeof salvageBrief>;
  try {
    salvaged = salvageBrief(bytes, NOW);
  } catch (thrown) {
    throw new Error(`salvageBrief threw ${thrown instanceof Error ? `${thrown.constructor.name}: ${thrown.message}` : String(thrown)}`, { cause: thrown });
  }
  if (salvaged === null) return;
  tally.salvaged += 1;
  const valid = BriefDocumentSchema.safeParse(salvaged.document);
  if (!valid.success) throw new Error(`salvageBrief returned a document that is not valid: ${valid.error.message.slice(0, 500)}`);
  expect(salvaged.lost.every((item) => typeof item === 'string' && item.length > 0)).toBe(true);
}

// ── Damage to the bytes ────────────────────────────────────────────────────────────

type ByteDamage =
  | { kind: 'truncate'; at: number }
  | { kind: 'overwrite'; writes: { at: number; value: number }[] }
  | { kind: 'flip'; flips: { at: number; bit: number }[] }
  | { kind: 'insert'; at: number; run: Uint8Array }
  | { kind: 'delete'; at: number; length: number };

const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('overwrite' as const), writes: fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 16 }) }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.record({ at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 8 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), run: fc.uint8Array({ minLength: 1, maxLength: 64 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 512 }) }),
);

function damageBytes(bytes: Uint8Array, damage: ByteDamage): Uint8Array {
  const at = (position: number) => (bytes.length === 0 ? 0 : position % bytes.length);
  switch (damage.kind) {
    case 'truncate':
      return bytes.slice(0, damage.at % (bytes.length + 1));
    case 'overwrite': {
      const out = bytes.slice();
      for (const write of damage.writes) if (out.length > 0) out[at(write.at)] = write.value;
      return out;
    }
    case 'flip': {
      const out = bytes.slice();
      for (const flip of damage.flips) if (out.length > 0) out[at(flip.at)] = (out[at(flip.at)] as number) ^ (1 << flip.bit);
      return out;
    }
    case 'insert': {
      const position = damage.at % (bytes.length + 1);
      const out = new Uint8Array(bytes.length + damage.run.length);
      out.set(bytes.subarray(0, position), 0);
      out.set(damage.run, position);
      out.set(bytes.subarray(position), position + damage.run.length);
      return out;
    }
    case 'delete': {
      const position = at(damage.at);
      const out = new Uint8Array(bytes.length - Math.min(damage.length, bytes.length - position));
      out.set(bytes.subarray(0, position), 0);
      out.set(bytes.subarray(position + damage.length), position);
      return out;
    }
  }
}

// ── Damage to the parts ────────────────────────────────────────────────────────────

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
const DEEP = '\u0000deep\u0000';

type JsonEdit =
  | { kind: 'set'; slot: number; value: JsonValue }
  | { kind: 'delete'; slot: number }
  | { kind: 'huge-string'; slot: number; length: number }
  | { kind: 'deep'; slot: number; depth: number; shape: 'array' | 'object' | 'node' }
  | { kind: 'many'; slot: number; count: number };

const wrongTypes: JsonValue[] = [null, 0, -1, 1.5, 1e308, true, false, '', 'x', '2026-13-45T99:99:99Z', 'root', [], {}, [null], { type: 'root' }];
const jsonEdit: fc.Arbitrary<JsonEdit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), slot: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue> }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('set' as const), slot: fc.nat(), value: fc.constantFrom(...wrongTypes) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), slot: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('huge-string' as const), slot: fc.nat(), length: fc.constantFrom(501, 10_001, 200_000, 1_000_000) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('deep' as const), slot: fc.nat(), depth: fc.constantFrom(65, 1_000, 20_000), shape: fc.constantFrom('array' as const, 'object' as const, 'node' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('many' as const), slot: fc.nat(), count: fc.constantFrom(501, 5_001, 10_000) }) },
);

/** Every place a value sits in a JSON tree, as [container, key]; the root is [holder, 'value']. */
function slots(holder: { value: JsonValue }): [Record<string, JsonValue> | JsonValue[], string | number][] {
  const found: [Record<string, JsonValue> | JsonValue[], string | number][] = [[holder as unknown as Record<string, JsonValue>, 'value']];
  const walk = (value: JsonValue) => {
    if (found.length > 2000 || value === null || typeof value !== 'object') return;
    const children: [string | number, JsonValue][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
    for (const [key, item] of children) {
      found.push([value, key]);
      walk(item);
    }
  };
  walk(holder.value);
  return found;
}

function deepText(depth: number, shape: 'array' | 'object' | 'node'): string {
  if (shape === 'array') return `${'['.repeat(depth)}1${']'.repeat(depth)}`;
  if (shape === 'object') return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  return `${'{"type":"paragraph","version":1,"children":['.repeat(depth)}{"type":"text","version":1,"text":"x"}${']}'.repeat(depth)}`;
}

function editJson(text: string, edits: JsonEdit[]): string {
  const holder = { value: JSON.parse(text) as JsonValue };
  let deep: string | null = null;
  for (const edit of edits) {
    const all = slots(holder);
    const [container, key] = all[edit.slot % all.length] as [Record<string, JsonValue>, string];
    switch (edit.kind) {
      case 'set':
        container[key] = edit.value;
        break;
      case 'delete':
        if (Array.isArray(container)) container.splice(Number(key), 1);
        else if (container !== (holder as unknown)) delete container[key];
        else holder.value = null;
        break;
      case 'huge-string':
        container[key] = 'x'.repeat(edit.length);
        break;
      case 'deep':
        deep = deepText(edit.depth, edit.shape);
        container[key] = DEEP;
        break;
      case 'many': {
        // Many copies of a small value (a source, a block, a string): long lists, not gigabytes.
        const item = container[key] ?? null;
        const small = (JSON.stringify(item) ?? '').length <= 2000 ? item : null;
        container[key] = Array.from({ length: edit.count }, () => structuredClone(small));
        break;
      }
    }
  }
  const out = JSON.stringify(holder.value) ?? 'null';
  // Keep every file under a few tens of megabytes, whatever the edits multiplied.
  if (out.length > 32 * 1024 * 1024) return text;
  return deep === null ? out : out.replace(JSON.stringify(DEEP), deep);
}

type PartDamage =
  | { kind: 'json'; part: string; edits: JsonEdit[] }
  | { kind: 'replace'; part: string; content: Uint8Array }
  | { kind: 'remove'; part: string }
  | { kind: 'add'; name: string; content: Uint8Array }
  | { kind: 'duplicate'; part: string; content: Uint8Array | null }
  | { kind: 'mimetype'; value: string; last: boolean }
  | { kind: 'format-version'; value: JsonValue | undefined }
  | { kind: 'declared-size'; part: string; size: number }
  | { kind: 'compression'; part: string; method: number };

const anyPart = fc.constantFrom('mimetype', ...JSON_PARTS, 'media/img-1', 'media/img-1.type');
const content = fc.oneof(
  fc.string({ maxLength: 200 }).map((text) => strToU8(text)),
  fc.uint8Array({ maxLength: 200 }),
  fc.jsonValue({ maxDepth: 3 }).map((value) => strToU8(JSON.stringify(value))),
  fc.constant(new Uint8Array()),
);
const strangeNames = fc.constantFrom('media/img-2', 'media/img-2.type', 'media/', 'media/.type', 'media/UPPER', 'media/__proto__', 'media/constructor', '__proto__', 'constructor', '../escape.json', '/absolute.json', 'body.json/', 'MIMETYPE', 'manifest.json ');
const foreignTypes = [
  'application/zip',
  'application/epub+zip',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  BRIEF_MIME_TYPE.toUpperCase(),
  `${BRIEF_MIME_TYPE}; version=2`,
  `\uFEFF${BRIEF_MIME_TYPE}`,
  ` ${BRIEF_MIME_TYPE}\r\n`,
  '',
];

const partDamage: fc.Arbitrary<PartDamage> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ kind: fc.constant('json' as const), part: fc.constantFrom(...JSON_PARTS), edits: fc.array(jsonEdit, { minLength: 1, maxLength: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('replace' as const), part: anyPart, content }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('remove' as const), part: anyPart }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), name: fc.oneof(strangeNames, fc.string({ minLength: 1, maxLength: 40 })), content }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), part: anyPart, content: fc.option(content, { nil: null }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('mimetype' as const), value: fc.oneof(fc.constantFrom(...foreignTypes), fc.string({ maxLength: 60 })), last: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('format-version' as const),
      value: fc.oneof(fc.integer(), fc.integer({ min: -3, max: 5 }), fc.double(), fc.string({ maxLength: 10 }), fc.constantFrom<JsonValue | undefined>(null, undefined, true, [1], { major: 1 }, '1', 1.0000001, 2 ** 53, -0)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('declared-size' as const), part: anyPart, size: fc.oneof(fc.nat({ max: 4096 }), fc.constantFrom(0, 64 * 1024 * 1024 + 1, 128 * 1024 * 1024 + 1, 2 ** 31, 2 ** 32 - 1)) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('compression' as const), part: anyPart, method: fc.integer({ min: 0, max: 0xffff }) }) },
);

function damageParts(bytes: Uint8Array, damage: PartDamage): Uint8Array {
  let parts: Parts;
  try {
    parts = partsOf(bytes);
  } catch {
    return bytes; // An earlier damage already left no parts to change.
  }
  switch (damage.kind) {
    case 'json': {
      const current = parts[damage.part];
      if (!current) return bytes;
      let edited: string;
      try {
        edited = editJson(new TextDecoder().decode(current), damage.edits);
      } catch {
        return bytes; // An earlier damage left this part no JSON to edit.
      }
      parts[damage.part] = strToU8(edited);
      return zipParts(parts);
    }
    case 'replace':
      return zipParts({ ...parts, [damage.part]: damage.content });
    case 'remove':
      delete parts[damage.part];
      return zipParts(parts);
    case 'add':
      return zipParts({ ...parts, [damage.name]: damage.content });
    case 'duplicate': {
      // fflate will not write two entries of one name: write a stand-in name of the same length, then rename it in place.
      if (!parts[damage.part]) return bytes;
      const standIn = `${'~'.repeat(damage.part.length)}`;
      const zipped = zipParts({ ...parts, [standIn]: damage.content ?? (parts[damage.part] as Uint8Array) });
      return renameEntry(zipped, standIn, damage.part);
    }
    case 'mimetype': {
      const rest = { ...parts };
      delete rest.mimetype;
      return zipParts(damage.last ? { ...rest, mimetype: strToU8(damage.value) } : { mimetype: strToU8(damage.value), ...rest });
    }
    case 'format-version': {
      const manifest = { formatVersion: damage.value, generator: 'Briefwright' };
      return zipParts({ ...parts, 'manifest.json': strToU8(JSON.stringify(manifest)) });
    }
    case 'declared-size':
      return parts[damage.part] ? withDeclaredSize(bytes, damage.part, damage.size) : bytes;
    case 'compression':
      return parts[damage.part] ? withCompressionMethod(bytes, damage.part, damage.method) : bytes;
  }
}

/** Sets the compression method of an entry, in its local header and in the directory. */
function withCompressionMethod(bytes: Uint8Array, name: string, method: number): Uint8Array {
  const out = bytes.slice();
  const data = new DataView(out.buffer);
  const encoded = strToU8(name);
  for (let offset = 0; offset + 46 < out.length; offset += 1) {
    const signature = data.getUint32(offset, true);
    const isLocal = signature === 0x04034b50;
    const isCentral = signature === 0x02014b50;
    if (!isLocal && !isCentral) continue;
    const nameAt = offset + (isLocal ? 30 : 46);
    const nameLength = data.getUint16(offset + (isLocal ? 26 : 28), true);
    if (nameLength === encoded.length && encoded.every((byte, index) => out[nameAt + index] === byte)) data.setUint16(offset + (isLocal ? 8 : 10), method, true);
  }
  return out;
}

// ── The properties ─────────────────────────────────────────────────────────────────

// Damage is generated as a description and applied in the property, so that a failure reports what was done, not megabytes.
interface Damage {
  base: number;
  parts: PartDamage[];
  bytes: ByteDamage[];
}
const base = fc.integer({ min: 0, max: BASES.length - 1 });
const damagedFile: fc.Arbitrary<Damage> = fc
  .record({ base, parts: fc.array(partDamage, { maxLength: 3 }), bytes: fc.array(byteDamage, { maxLength: 3 }) })
  .filter(({ parts, bytes }) => parts.length + bytes.length > 0);
const damagedBytes: fc.Arbitrary<Damage> = fc.record({ base, parts: fc.constant([]), bytes: fc.array(byteDamage, { minLength: 1, maxLength: 4 }) });

function damaged({ base: index, parts, bytes }: Damage): Uint8Array {
  return bytes.reduce(damageBytes, parts.reduce(damageParts, BASES[index] as Uint8Array));
}

describe('any damaged file', () => {
  afterAll(() => {
    console.info(`fuzzed ${tally.files} files: ${tally.opened} opened as valid documents, refused ${JSON.stringify(tally.refused)}; salvage gave a document for ${tally.salvaged}`);
  });

  it('cut short at every byte: is refused clearly, and salvage never throws', () => {
    const bytes = BASES[0] as Uint8Array;
    for (let length = 0; length < bytes.length; length += 1) {
      const cut = bytes.slice(0, length);
      expectOpensOrRefusesClearly(cut);
      expectSalvageNeverThrows(cut);
    }
  }, 120_000);

  it('with bytes changed, inserted or deleted: opens as a valid document or is refused clearly; salvage never throws', () => {
    fc.assert(
      fc.property(damagedBytes, (damage) => {
        const bytes = damaged(damage);
        expectOpensOrRefusesClearly(bytes);
        expectSalvageNeverThrows(bytes);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('with parts replaced, missing, duplicated, foreign or of another format, and then bytes damaged: the same', () => {
    fc.assert(
      fc.property(damagedFile, (damage) => {
        const bytes = damaged(damage);
        expectOpensOrRefusesClearly(bytes);
        expectSalvageNeverThrows(bytes);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);
});

describe('opening a damaged file from disk', () => {
  let folder: string;
  const files = new DocumentFiles();

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-fuzz-'));
  });

  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('never changes the file, whether it opens or not', async () => {
    const longAgo = new Date('2001-02-03T04:05:06Z');
    await fc.assert(
      fc.asyncProperty(fc.oneof(damagedFile, damagedBytes), async (damage) => {
        const bytes = damaged(damage);
        const path = join(folder, 'fuzzed.brief');
        await writeFile(path, bytes);
        await utimes(path, longAgo, longAgo);
        const outcome = await files.read(path).then(
          ({ document }) => BriefDocumentSchema.safeParse(document).success,
          (thrown: unknown) => thrown instanceof BriefError && FILE_CODES.includes(thrown.code),
        );
        expect(outcome).toBe(true);
        expect((await stat(path)).mtimeMs).toBe(longAgo.getTime());
        expect(Buffer.compare(await readFile(path), bytes)).toBe(0);
        expect(await readdir(folder)).toEqual(['fuzzed.brief']);
        await rm(path);
      }),
      { numRuns: 200 },
    );
  }, 120_000);
});
