import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Byte-level tools for making damaged and foreign `.brief` files in tests: read and
 * rewrite the parts of a package, and edit the zip's own records (entry names,
 * declared sizes, entry count) where fflate would never write such a thing.
 */
export type Parts = Record<string, Uint8Array>;

export function partsOf(bytes: Uint8Array): Parts {
  return unzipSync(bytes);
}

/** A zip of these parts in this order; the mimetype, if first, is stored as a .brief's is. */
export function zipParts(parts: Parts): Uint8Array {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(parts)) entries[name] = name === 'mimetype' ? [content, { level: 0 }] : content;
  return zipSync(entries, { level: 6, mtime: new Date('2000-01-01T00:00:00Z') });
}

export function jsonOf(parts: Parts, name: string): unknown {
  const content = parts[name];
  if (!content) throw new Error(`no part ${name}`);
  return JSON.parse(strFromU8(content));
}

export function withPart(bytes: Uint8Array, name: string, content: string | Uint8Array): Uint8Array {
  return zipParts({ ...partsOf(bytes), [name]: typeof content === 'string' ? strToU8(content) : content });
}

export function withoutPart(bytes: Uint8Array, name: string): Uint8Array {
  const parts = partsOf(bytes);
  delete parts[name];
  return zipParts(parts);
}

/** The package with one JSON part changed by `change`, which may edit the value or return a new one. */
export function withJson<T>(bytes: Uint8Array, name: string, change: (value: T) => unknown): Uint8Array {
  const value = jsonOf(partsOf(bytes), name) as T;
  const changed = change(value);
  return withPart(bytes, name, JSON.stringify(changed === undefined ? value : changed));
}

interface CentralEntry {
  /** Offset of the entry's record in the central directory. */
  record: number;
  /** Offset of the entry's local header. */
  local: number;
  name: string;
}

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offset of the end-of-central-directory record. */
export function endOfDirectory(bytes: Uint8Array): number {
  const data = view(bytes);
  for (let offset = bytes.length - 22; offset >= 0; offset -= 1) {
    if (data.getUint32(offset, true) === 0x06054b50) return offset;
  }
  throw new Error('not a zip: no end of central directory');
}

function centralEntries(bytes: Uint8Array): CentralEntry[] {
  const data = view(bytes);
  const end = endOfDirectory(bytes);
  const count = data.getUint16(end + 10, true);
  let offset = data.getUint32(end + 16, true);
  const entries: CentralEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (data.getUint32(offset, true) !== 0x02014b50) throw new Error('broken central directory');
    const nameLength = data.getUint16(offset + 28, true);
    entries.push({ record: offset, local: data.getUint32(offset + 42, true), name: strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength)) });
    offset += 46 + nameLength + data.getUint16(offset + 30, true) + data.getUint16(offset + 32, true);
  }
  return entries;
}

function entry(bytes: Uint8Array, name: string): CentralEntry {
  const found = centralEntries(bytes).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

/** Renames an entry in place, in its local header and in the directory; the names must be the same length. */
export function renameEntry(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const encodedTo = strToU8(to);
  if (encodedTo.length !== strToU8(from).length) throw new Error('renameEntry keeps the length of the name');
  const out = bytes.slice();
  const { record, local } = entry(out, from);
  out.set(encodedTo, record + 46);
  out.set(encodedTo, local + 30);
  return out;
}

/**
 * Declares, in the directory, that an entry unpacks to `size` bytes, and if given that
 * it takes `compressedSize` bytes in the file; the data itself stays what it was.
 */
export function withDeclaredSize(bytes: Uint8Array, name: string, size: number, compressedSize?: number): Uint8Array {
  const out = bytes.slice();
  const { record } = entry(out, name);
  view(out).setUint32(record + 24, size, true);
  if (compressedSize !== undefined) view(out).setUint32(record + 20, compressedSize, true);
  return out;
}

/**
 * Adds a zip64 end record that claims `count` entries, as a damaged or crafted file
 * might: readers that trust the count loop that many times. `directoryAt` moves the
 * directory it points to (past the end of the file, every entry read there is zeros).
 */
export function withZip64EntryCount(bytes: Uint8Array, count: number, directoryAt?: number): Uint8Array {
  const end = endOfDirectory(bytes);
  const directory = directoryAt ?? view(bytes).getUint32(end + 16, true);
  const record = new DataView(new ArrayBuffer(56));
  record.setUint32(0, 0x06064b50, true);
  record.setBigUint64(4, 44n, true);
  record.setUint16(12, 45, true);
  record.setUint16(14, 45, true);
  record.setBigUint64(24, BigInt(count), true);
  record.setBigUint64(32, BigInt(count), true);
  record.setBigUint64(48, BigInt(directory), true);
  const locator = new DataView(new ArrayBuffer(20));
  locator.setUint32(0, 0x07064b50, true);
  locator.setBigUint64(8, BigInt(end), true);
  locator.setUint32(16, 1, true);
  const out = new Uint8Array(bytes.length + 76);
  out.set(bytes.subarray(0, end), 0);
  out.set(new Uint8Array(record.buffer), end);
  out.set(new Uint8Array(locator.buffer), end + 56);
  out.set(bytes.subarray(end), end + 76);
  return out;
}
