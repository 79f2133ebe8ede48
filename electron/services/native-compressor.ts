import { crc32, deflateRawSync } from 'node:zlib';
import type { PartCompressor } from '../../core/document/container';

/** Node's zlib for the parts of a `.brief`: it deflates a 100-page body about 2.5 times faster than fflate. */
export const nativeCompressor: PartCompressor = {
  deflateRaw: (bytes) => deflateRawSync(bytes, { level: 6 }),
  crc32: (bytes) => crc32(bytes),
};
