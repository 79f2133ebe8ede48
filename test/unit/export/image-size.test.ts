import { describe, expect, it } from 'vitest';
import { readImageSize } from '../../../core/export/image-size';
import { makePng } from './fixtures';

const bytes = (...parts: Array<number[] | string>) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...part].map((character) => character.charCodeAt(0)) : part)));

describe('reading an image’s size from its header', () => {
  it('PNG', () => {
    expect(readImageSize('png', makePng(37, 11, () => [0, 0, 0]))).toEqual({ width: 37, height: 11 });
  });

  it('JPEG, past the segments before its frame', () => {
    const app0 = [0xff, 0xe0, 0x00, 0x04, 0x00, 0x00];
    const sof2 = [0xff, 0xc2, 0x00, 0x0b, 0x08, 0x01, 0x2c, 0x02, 0x58, 0x03, 0x01];
    expect(readImageSize('jpeg', bytes([0xff, 0xd8], app0, sof2))).toEqual({ width: 600, height: 300 });
  });

  it('GIF', () => {
    expect(readImageSize('gif', bytes('GIF89a', [0x40, 0x01, 0xc8, 0x00]))).toEqual({ width: 320, height: 200 });
  });

  it('WebP, lossy, lossless and extended', () => {
    const riff = (chunk: string, payload: number[]) => bytes('RIFF', [0, 0, 0, 0], 'WEBP', chunk, [0, 0, 0, 0], payload);
    expect(readImageSize('webp', riff('VP8 ', [0, 0, 0, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xc8, 0x00]))).toEqual({ width: 320, height: 200 });
    // 14 bits each of width - 1 and height - 1 after the 0x2f signature: 319 and 199.
    const lossless = (319 | (199 << 14)) >>> 0;
    expect(readImageSize('webp', riff('VP8L', [0x2f, lossless & 0xff, (lossless >> 8) & 0xff, (lossless >> 16) & 0xff, lossless >>> 24, 0, 0, 0, 0, 0]))).toEqual({ width: 320, height: 200 });
    expect(readImageSize('webp', riff('VP8X', [0, 0, 0, 0, 0x3f, 0x01, 0x00, 0xc7, 0x00, 0x00]))).toEqual({ width: 320, height: 200 });
  });

  it('gives null for a file that is not what its type says', () => {
    expect(readImageSize('png', bytes('GIF89a', [1, 0, 1, 0]))).toBeNull();
    expect(readImageSize('jpeg', bytes([0xff, 0xd8, 0x00]))).toBeNull();
    expect(readImageSize('webp', bytes('RIFF'))).toBeNull();
  });
});
