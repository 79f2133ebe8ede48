import { strToU8 } from 'fflate';

// The package's bytes, written here rather than by fflate's zipSync so that the host can hand
// in parts deflated by its native zlib (fflate's zip deflates in JavaScript; its streaming Zip,
// which takes outside compression, puts every entry's sizes in a descriptor after the data,
// which salvageBrief and some streaming readers cannot follow).

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  /** Size and CRC-32 of the bytes before compression. */
  size: number;
  crc: number;
  data: Uint8Array;
}

/** 2000-01-01 as an MS-DOS date (time 00:00): a fixed stamp, so the same document gives the same bytes. */
const FIXED_DOS_DATE = ((2000 - 1980) << 9) | (1 << 5) | 1;

/**
 * Every entry's sizes and CRC are in its local header, with no data descriptor after the data,
 * so that readers going from the start of the file (salvageBrief; streaming unzippers, some of
 * which refuse a stored entry with a descriptor) know where each entry ends.
 */
export function zip(entries: readonly ZipEntry[]): Uint8Array {
  const named = entries.map((entry) => ({ entry, name: strToU8(entry.name) }));
  const localLength = named.reduce((sum, { entry, name }) => sum + 30 + name.length + entry.data.length, 0);
  const directoryLength = named.reduce((sum, { name }) => sum + 46 + name.length, 0);
  const out = new Uint8Array(localLength + directoryLength + 22);
  const view = new DataView(out.buffer);
  let local = 0;
  let record = localLength;
  for (const { entry, name } of named) {
    // Bit 11: the name is UTF-8; set, as fflate does, only when it is not plain ASCII.
    const flags = name.length === entry.name.length ? 0 : 0x800;
    view.setUint32(local, 0x04034b50, true);
    writeEntryFields(view, local + 4, entry, flags, name.length);
    out.set(name, local + 30);
    out.set(entry.data, local + 30 + name.length);
    view.setUint32(record, 0x02014b50, true);
    view.setUint16(record + 4, 20, true); // made by: MS-DOS, zip 2.0
    writeEntryFields(view, record + 6, entry, flags, name.length);
    view.setUint32(record + 42, local, true);
    out.set(name, record + 46);
    local += 30 + name.length + entry.data.length;
    record += 46 + name.length;
  }
  view.setUint32(record, 0x06054b50, true);
  view.setUint16(record + 8, entries.length, true);
  view.setUint16(record + 10, entries.length, true);
  view.setUint32(record + 12, directoryLength, true);
  view.setUint32(record + 16, localLength, true);
  return out;
}

/** The fields a local header and a directory record share, from "version needed" to the name's length. */
function writeEntryFields(view: DataView, at: number, entry: ZipEntry, flags: number, nameLength: number): void {
  view.setUint16(at, 20, true); // needs zip 2.0, for deflate
  view.setUint16(at + 2, flags, true);
  view.setUint16(at + 4, entry.method, true);
  view.setUint16(at + 8, FIXED_DOS_DATE, true);
  view.setUint32(at + 10, entry.crc, true);
  view.setUint32(at + 14, entry.data.length, true);
  view.setUint32(at + 18, entry.size, true);
  view.setUint16(at + 22, nameLength, true);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_, byte) => {
  let crc = byte;
  for (let bit = 0; bit < 8; bit += 1) crc = crc & 1 ? 0xedb88320 ^ (crc >>> 1) : crc >>> 1;
  return crc;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  // Indexed, not for…of: the iterator makes this loop about six times slower.
  for (let index = 0; index < bytes.length; index += 1) crc = (CRC_TABLE[(crc ^ (bytes[index] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
