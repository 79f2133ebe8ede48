import { strToU8, zipSync, type Zippable } from 'fflate';
import type { PartCodec } from '../../../core/document/container';
import { readZip } from '../../../core/document/zip-reader';
import { crc32, zip, type ZipEntry } from '../../../core/document/zip-writer';

/**
 * Zips for the reader's tests, written by Briefwright's own writer and by fflate's zipSync:
 * names in other scripts, stored and deflated entries, empty ones.
 */
export const CONTENTS: Readonly<Record<string, Uint8Array>> = {
  mimetype: strToU8('application/vnd.briefwright.brief+zip'),
  'résumé/Zürich.json': strToU8('{"city":"Zürich","note":"Grüße"}'.repeat(40)),
  '报告/北京.txt': strToU8('北京的会议纪要。'.repeat(60)),
  'empty-stored': new Uint8Array(),
  'empty-deflated': new Uint8Array(),
  'media/img-1': Uint8Array.from({ length: 3000 }, (_, index) => (index * 7919) % 251),
};
const STORED = new Set(['mimetype', 'empty-stored', 'media/img-1']);

export function methodOf(name: string): 0 | 8 {
  return STORED.has(name) ? 0 : 8;
}

/** CONTENTS as zip-writer.ts writes them, deflated by `codec`. */
export function writtenByZip(codec: PartCodec): Uint8Array {
  return zip(
    Object.entries(CONTENTS).map(([name, bytes]): ZipEntry => {
      const method = methodOf(name);
      return { name, method, size: bytes.length, crc: crc32(bytes), data: method === 0 ? bytes : codec.deflateRaw(bytes) };
    }),
  );
}

/** CONTENTS as fflate's zipSync writes them, with an extra field and a comment on some entries. */
export function writtenByFflate(): Uint8Array {
  const entries: Zippable = {};
  for (const [name, bytes] of Object.entries(CONTENTS)) {
    entries[name] = [bytes, { level: methodOf(name) === 0 ? 0 : 6, extra: name.startsWith('r') ? { 0xcafe: strToU8('local and central') } : {}, comment: name.startsWith('m') ? 'a comment in the directory' : undefined }];
  }
  return zipSync(entries, { mtime: new Date('2000-01-01T00:00:00Z') });
}

/** Every entry read by readZip and unpacked with `codec`, by name. */
export function partsRead(bytes: Uint8Array, codec: PartCodec): Record<string, Uint8Array> {
  return Object.fromEntries(readZip(bytes).map((entry) => [entry.name, entry.method === 8 ? codec.inflateRaw(entry.data, entry.size) : entry.data]));
}

/** The zip written again by zip-writer with one entry changed by `change`: its claims, or its data as it is in the file. */
export function withEntry(bytes: Uint8Array, name: string, change: (entry: ZipEntry) => ZipEntry): Uint8Array {
  if (!readZip(bytes).some((entry) => entry.name === name)) throw new Error(`no entry ${name}`);
  return zip(readZip(bytes).map((entry) => (entry.name === name ? change(entry) : entry)));
}
