import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PartCodec } from '../../core/document/container';

/**
 * Node's zlib for the parts of a `.brief`: it deflates a 100-page body about 2.5 times faster
 * than fflate, and inflates it without fflate's cold start on the first file opened.
 */
export const nativeCodec: PartCodec = {
  deflateRaw: (bytes) => deflateRawSync(bytes, { level: 6 }),
  // zlib throws as soon as the output would pass the limit, so data lying about its size is not
  // inflated to its end. (The limit must be at least 1; an empty part that gives a byte is one
  // byte too long, which the container refuses.)
  inflateRaw: (bytes, size) => inflateRawSync(bytes, { maxOutputLength: Math.max(size, 1) }),
  crc32: (bytes) => crc32(bytes),
};
