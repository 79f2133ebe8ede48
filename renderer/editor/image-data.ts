import type { MediaItem } from '../../core/document/schema';
import { base64ToBytes, bytesToBase64 } from '../../core/text/base64';

export type ImageMimeType = MediaItem['mimeType'];

export const IMAGE_MIME_TYPES: readonly ImageMimeType[] = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

/** Large enough for a screenshot or a scanned page; small enough to keep a `.brief` shareable. */
const MAX_IMAGE_BYTES = 20 * 1024 * 1024;

const MAX_IMAGE_MEGABYTES = MAX_IMAGE_BYTES / 1024 / 1024;

export type ImageReadResult = { ok: true; item: MediaItem } | { ok: false; message: string };

/**
 * The image type the bytes really are, read from their signature. The declared type of a
 * file or data URL is not trusted: the bytes are what gets saved and exported.
 */
export function sniffImageType(bytes: Uint8Array): ImageMimeType | null {
  const starts = (...signature: number[]) => signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  const riff = starts(0x52, 0x49, 0x46, 0x46);
  const webp = bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50;
  if (riff && webp) return 'image/webp';
  return null;
}

function tooLarge(name: string): ImageReadResult {
  return { ok: false, message: `${name} is larger than ${MAX_IMAGE_MEGABYTES} MB, the limit for an image in a brief. Reduce it and insert it again.` };
}

/** Reads an image file chosen or pasted by the analyst into a media item, or says why not. */
export async function readImageFile(file: File): Promise<ImageReadResult> {
  const name = file.name ? `“${file.name}”` : 'The image';
  if (file.size > MAX_IMAGE_BYTES) return tooLarge(name);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mimeType = sniffImageType(bytes);
  if (!mimeType) return { ok: false, message: `${name} is not a PNG, JPEG, GIF or WebP image, so it cannot be inserted.` };
  return { ok: true, item: { mimeType, data: bytesToBase64(bytes) } };
}

const DATA_URL = /^data:image\/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]+)$/i;

/**
 * A media item from an embedded `data:` image (pasted HTML carries images this way), or
 * null for anything else: remote, file: and blob: sources are never followed.
 */
export function mediaItemFromDataUrl(src: string): MediaItem | null {
  const match = DATA_URL.exec(src.trim());
  if (!match?.[1]) return null;
  const base64 = match[1].replace(/\s+/g, '');
  if ((base64.length * 3) / 4 > MAX_IMAGE_BYTES) return null;
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(base64);
  } catch {
    return null;
  }
  const mimeType = sniffImageType(bytes);
  return mimeType ? { mimeType, data: bytesToBase64(bytes) } : null;
}

export function isImageFile(file: File): boolean {
  return (IMAGE_MIME_TYPES as readonly string[]).includes(file.type);
}
