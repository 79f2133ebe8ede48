import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { javaScriptCodec } from '../../../core/document/container';
import { readZip } from '../../../core/document/zip-reader';
import { crc32, zip } from '../../../core/document/zip-writer';
import { endOfDirectory, withZip64EntryCount } from '../reliability/brief-bytes';
import { CONTENTS, methodOf, partsRead, writtenByFflate, writtenByZip } from './zip-samples';

const written = writtenByZip(javaScriptCodec);

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Offsets of each entry's directory record and local header, walked by hand. */
function records(bytes: Uint8Array): { name: string; record: number; local: number }[] {
  const data = view(bytes);
  const end = endOfDirectory(bytes);
  const found = [];
  let record = data.getUint32(end + 16, true);
  for (let index = 0; index < data.getUint16(end + 10, true); index += 1) {
    const nameLength = data.getUint16(record + 28, true);
    found.push({ name: new TextDecoder().decode(bytes.subarray(record + 46, record + 46 + nameLength)), record, local: data.getUint32(record + 42, true) });
    record += 46 + nameLength + data.getUint16(record + 30, true) + data.getUint16(record + 32, true);
  }
  return found;
}

function recordOf(bytes: Uint8Array, name: string): { record: number; local: number } {
  const found = records(bytes).find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no entry ${name}`);
  return found;
}

/** A copy of `bytes` with `change` applied to its DataView. */
function patched(bytes: Uint8Array, change: (data: DataView) => void): Uint8Array {
  const out = bytes.slice();
  change(view(out));
  return out;
}

describe('reading a zip', () => {
  it('lists what zip-writer writes, in order: UTF-8 names, methods, sizes and CRC-32s', () => {
    expect(readZip(written).map(({ name, method, size, crc }) => ({ name, method, size, crc }))).toEqual(
      Object.entries(CONTENTS).map(([name, bytes]) => ({ name, method: methodOf(name), size: bytes.length, crc: crc32(bytes) })),
    );
  });

  it('gives back each entry’s bytes, stored or deflated, empty ones included', () => {
    expect(partsRead(written, javaScriptCodec)).toEqual(CONTENTS);
    expect(readZip(written).find((entry) => entry.name === 'résumé/Zürich.json')?.data.length).toBeLessThan(100);
  });

  it('reads what fflate’s zipSync writes, extra fields and entry comments included, as fflate reads it', () => {
    const bytes = writtenByFflate();
    expect(readZip(bytes).map((entry) => [entry.name, entry.method])).toEqual(Object.keys(CONTENTS).map((name) => [name, methodOf(name)]));
    expect(partsRead(bytes, javaScriptCodec)).toEqual(CONTENTS);
    expect(partsRead(bytes, javaScriptCodec)).toEqual(unzipSync(bytes));
  });

  it('reads a name without the UTF-8 flag as latin1 (for CP437), as fflate does', () => {
    const bytes = zip([{ name: 'café.txt', method: 0, size: 1, crc: crc32(strToU8('x')), data: strToU8('x') }]);
    const { record } = recordOf(bytes, 'café.txt');
    const legacy = patched(bytes, (data) => data.setUint16(record + 8, data.getUint16(record + 8, true) & ~0x800, true));
    expect(readZip(legacy).map((entry) => entry.name)).toEqual(['cafÃ©.txt']);
    expect(Object.keys(unzipSync(legacy))).toEqual(['cafÃ©.txt']);
  });

  it('finds the end of the directory behind a zip comment', () => {
    const comment = strToU8('Written by hand. PK, but not a record.');
    const bytes = new Uint8Array(written.length + comment.length);
    bytes.set(written);
    bytes.set(comment, written.length);
    view(bytes).setUint16(written.length - 2, comment.length, true);
    expect(partsRead(bytes, javaScriptCodec)).toEqual(CONTENTS);
  });

  it('gives no entries for an empty zip', () => {
    expect(readZip(zip([]))).toEqual([]);
  });
});

describe('refusing a zip it cannot trust', () => {
  const end = endOfDirectory(written);
  const directoryStart = view(written).getUint32(end + 16, true);
  const directoryLength = end - directoryStart;
  const body = recordOf(written, 'résumé/Zürich.json');

  it.each<[string, () => Uint8Array, string]>([
    ['a file cut short', () => written.slice(0, written.length - 1), 'the zip has no end-of-directory record (the file may have been cut short)'],
    ['a directory past the end of the file', () => patched(written, (data) => data.setUint32(end + 16, end, true)), `the zip directory (${directoryLength} bytes from ${end}) lies outside the file`],
    ['more entries than the directory can hold', () => patched(written, (data) => data.setUint16(end + 10, 1000, true)), `the zip directory claims 1000 entries, more than its ${directoryLength} bytes can hold`],
    ['a zip64 entry count', () => patched(written, (data) => data.setUint16(end + 10, 0xffff, true)), 'the zip uses zip64, which Briefwright never writes'],
    ['a zip64 directory offset', () => patched(written, (data) => data.setUint32(end + 16, 0xffffffff, true)), 'the zip uses zip64, which Briefwright never writes'],
    ['a zip64 end record (claiming millions of entries)', () => withZip64EntryCount(written, 3_000_000), 'the zip uses zip64, which Briefwright never writes'],
    ['a zip64 size on an entry', () => patched(written, (data) => data.setUint32(body.record + 24, 0xffffffff, true)), '"résumé/Zürich.json" uses zip64, which Briefwright never writes'],
    ['a damaged directory record', () => patched(written, (data) => data.setUint32(body.record, 0x12345678, true)), 'entry 2 of the zip directory is damaged'],
    ['a name running past the directory', () => patched(written, (data) => data.setUint16(records(written).at(-1)!.record + 28, 0xfff0, true)), 'entry 6 of the zip directory runs past its end'],
    ['a local header past the entries', () => patched(written, (data) => data.setUint32(body.record + 42, directoryStart, true)), `"résumé/Zürich.json" has no local header at ${directoryStart}`],
    ['a damaged local header', () => patched(written, (data) => data.setUint32(body.local, 0, true)), `"résumé/Zürich.json" has no local header at ${body.local}`],
    ['data running past the entries', () => patched(written, (data) => data.setUint32(body.record + 20, 100_000, true)), `"résumé/Zürich.json" claims 100000 bytes of data from ${body.local + 30 + strToU8('résumé/Zürich.json').length}, past the end of the entries at ${directoryStart}`],
    ['an unknown compression method', () => patched(written, (data) => data.setUint16(body.record + 10, 12, true)), '"résumé/Zürich.json" uses compression method 12; only stored (0) and deflate (8) can be read'],
    ['an encrypted entry', () => patched(written, (data) => data.setUint16(body.record + 8, data.getUint16(body.record + 8, true) | 1, true)), '"résumé/Zürich.json" is encrypted'],
  ])('%s: says what is wrong', (_case, make, message) => {
    expect(() => readZip(make())).toThrow(new Error(message));
  });

  it('looks for the end of the directory only as far back as the longest zip comment (64 KB)', () => {
    const behind = (length: number) => {
      const bytes = new Uint8Array(written.length + length);
      bytes.set(written);
      return bytes;
    };
    expect(readZip(behind(0xffff)).map((entry) => entry.name)).toEqual(Object.keys(CONTENTS));
    expect(() => readZip(behind(0x10000))).toThrow(new Error('the zip has no end-of-directory record (the file may have been cut short)'));
  });
});
