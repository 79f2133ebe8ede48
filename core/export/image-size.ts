import type { ImageFormat } from './types';

export interface PixelSize {
  width: number;
  height: number;
}

/**
 * An image's size in pixels, read from its file header, so writers can scale it to the
 * page without decoding it. Null when the header is not what the format says it should be.
 */
export function readImageSize(format: ImageFormat, bytes: Uint8Array): PixelSize | null {
  const size = readers[format](bytes);
  return size && size.width > 0 && size.height > 0 ? size : null;
}

const readers: Record<ImageFormat, (bytes: Uint8Array) => PixelSize | null> = {
  png: (bytes) => (bytes.length >= 24 && ascii(bytes, 12, 4) === 'IHDR' ? { width: uint32(bytes, 16), height: uint32(bytes, 20) } : null),
  gif: (bytes) => (bytes.length >= 10 && ascii(bytes, 0, 3) === 'GIF' ? { width: uint16le(bytes, 6), height: uint16le(bytes, 8) } : null),
  jpeg: readJpegSize,
  webp: readWebpSize,
};

/** Walks the JPEG segments to the first start-of-frame marker, which holds the size. */
function readJpegSize(bytes: Uint8Array): PixelSize | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return null;
  let offset = 2;
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return null;
    const marker = bytes[offset + 1] as number;
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC), which share the range.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: uint16(bytes, offset + 5), width: uint16(bytes, offset + 7) };
    }
    offset += 2 + uint16(bytes, offset + 2);
  }
  return null;
}

function readWebpSize(bytes: Uint8Array): PixelSize | null {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') return null;
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ') return { width: uint16le(bytes, 26) & 0x3fff, height: uint16le(bytes, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = uint32le(bytes, 21);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: uint24le(bytes, 24) + 1, height: uint24le(bytes, 27) + 1 };
  return null;
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

const at = (bytes: Uint8Array, offset: number): number => bytes[offset] ?? 0;
const uint16 = (bytes: Uint8Array, offset: number): number => (at(bytes, offset) << 8) | at(bytes, offset + 1);
const uint32 = (bytes: Uint8Array, offset: number): number => ((uint16(bytes, offset) << 16) >>> 0) + uint16(bytes, offset + 2);
const uint16le = (bytes: Uint8Array, offset: number): number => at(bytes, offset) | (at(bytes, offset + 1) << 8);
const uint24le = (bytes: Uint8Array, offset: number): number => uint16le(bytes, offset) | (at(bytes, offset + 2) << 16);
const uint32le = (bytes: Uint8Array, offset: number): number => (uint24le(bytes, offset) | (at(bytes, offset + 3) << 24)) >>> 0;
