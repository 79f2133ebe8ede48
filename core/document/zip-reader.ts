import { strFromU8 } from 'fflate';
import type { ZipEntry } from './zip-writer';

// The reading twin of zip-writer.ts: it lists a zip's entries from its central directory and
// leaves the inflating to the caller, so that the host can hand each part to its native zlib
// (fflate's unzipSync inflates in JavaScript, slowly on its first, cold call).

const END_OF_DIRECTORY = 0x06054b50;
const ZIP64_END_LOCATOR = 0x07064b50;
const DIRECTORY_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
/** The end record is 22 bytes, followed by a comment of at most 65,535. */
const LONGEST_END = 22 + 0xffff;

/**
 * The entries of a zip as its central directory lists them, in order, each with its data as it
 * is in the file (still deflated for method 8) and the size and CRC-32 the directory claims for
 * it unpacked. Throws a plain Error saying what is wrong when the directory or a local header is
 * damaged, lies outside the file, or uses what Briefwright never writes (zip64, encryption,
 * methods other than stored and deflate).
 */
export function readZip(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfDirectory(bytes, view);
  const count = view.getUint16(end + 10, true);
  const directoryLength = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  if (count === 0xffff || directoryLength === 0xffffffff || directoryStart === 0xffffffff || (end >= 20 && view.getUint32(end - 20, true) === ZIP64_END_LOCATOR)) {
    throw new Error('the zip uses zip64, which Briefwright never writes');
  }
  if (directoryStart + directoryLength > end) {
    throw new Error(`the zip directory (${directoryLength} bytes from ${directoryStart}) lies outside the file`);
  }
  // Each record takes at least 46 bytes.
  if (count * 46 > directoryLength) {
    throw new Error(`the zip directory claims ${count} entries, more than its ${directoryLength} bytes can hold`);
  }
  const directoryEnd = directoryStart + directoryLength;
  const entries: ZipEntry[] = [];
  let record = directoryStart;
  for (let index = 0; index < count; index += 1) {
    if (record + 46 > directoryEnd || view.getUint32(record, true) !== DIRECTORY_RECORD) {
      throw new Error(`entry ${index + 1} of the zip directory is damaged`);
    }
    const flags = view.getUint16(record + 8, true);
    const method = view.getUint16(record + 10, true);
    const compressedSize = view.getUint32(record + 20, true);
    const size = view.getUint32(record + 24, true);
    const nameLength = view.getUint16(record + 28, true);
    const local = view.getUint32(record + 42, true);
    const next = record + 46 + nameLength + view.getUint16(record + 30, true) + view.getUint16(record + 32, true);
    if (next > directoryEnd) throw new Error(`entry ${index + 1} of the zip directory runs past its end`);
    // Bit 11: the name is UTF-8; without it, read as fflate does (latin1, for CP437).
    const name = strFromU8(bytes.subarray(record + 46, record + 46 + nameLength), (flags & 0x800) === 0);
    if (compressedSize === 0xffffffff || size === 0xffffffff || local === 0xffffffff) {
      throw new Error(`"${name}" uses zip64, which Briefwright never writes`);
    }
    if (flags & 1) throw new Error(`"${name}" is encrypted`);
    if (method !== 0 && method !== 8) throw new Error(`"${name}" uses compression method ${method}; only stored (0) and deflate (8) can be read`);
    if (local + 30 > directoryStart || view.getUint32(local, true) !== LOCAL_HEADER) {
      throw new Error(`"${name}" has no local header at ${local}`);
    }
    // The data follows the local header's own name and extra field, whose lengths may differ from the directory's.
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + compressedSize > directoryStart) {
      throw new Error(`"${name}" claims ${compressedSize} bytes of data from ${dataStart}, past the end of the entries at ${directoryStart}`);
    }
    entries.push({ name, method: method === 0 ? 0 : 8, size, crc: view.getUint32(record + 16, true), data: bytes.subarray(dataStart, dataStart + compressedSize) });
    record = next;
  }
  return entries;
}

function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const last = Math.max(0, bytes.length - LONGEST_END);
  for (let at = bytes.length - 22; at >= last; at -= 1) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) return at;
  }
  throw new Error('the zip has no end-of-directory record (the file may have been cut short)');
}
