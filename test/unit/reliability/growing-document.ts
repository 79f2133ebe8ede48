import { randomBytes } from 'node:crypto';
import { createDocument } from '../../../core/document/create';
import type { BriefDocument, SerializedBodyNode } from '../../../core/document/schema';

/**
 * The document the crash test saves over and over. Version N records N in its title
 * and in a metadata field; each version adds paragraphs and an image to the one
 * before, and after CYCLE versions the document starts again from its smallest size,
 * so that a long run sweeps the whole range (about 0.5 MB to 3 MB on disk). The
 * paragraphs are random characters and the images random bytes, as a pasted
 * photograph is: deflate cannot shrink them, so every save writes megabytes and
 * takes long enough to be killed in the middle of writing. `scale` shrinks the text
 * and the images (not their number) for quicker runs.
 */
export const CYCLE = 12;
const FIRST_PARAGRAPHS = 20;
const PARAGRAPHS_PER_VERSION = 6;
const PARAGRAPH_CHARS = 2000;
const FIRST_IMAGES = 2;
const IMAGE_BYTES = 200 * 1024;
const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789  .,;-';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function paragraphsIn(version: number): number {
  return FIRST_PARAGRAPHS + (version % CYCLE) * PARAGRAPHS_PER_VERSION;
}

export function imagesIn(version: number): number {
  return FIRST_IMAGES + (version % CYCLE);
}

export function titleOf(version: number): string {
  return `Crash-test document, version ${version}`;
}

/** Builds versions that share their paragraphs and images, so a later version is an earlier one plus more. */
export class GrowingDocument {
  private readonly texts: string[] = [];
  private readonly images: string[] = [];

  constructor(private readonly scale = 1) {}

  version(version: number): BriefDocument {
    const document = createDocument({ now: new Date(Date.UTC(2026, 10, 28, 10, 0, 0) + version * 1000), author: 'Crash Test', title: titleOf(version) });
    document.metadata.fields = { sequence: String(version) };
    const children: SerializedBodyNode[] = [];
    const images = imagesIn(version);
    const paragraphs = paragraphsIn(version);
    for (let index = 0; index < paragraphs; index += 1) {
      children.push(paragraph(this.text(index)));
      // The images are spread through the text, one after every few paragraphs.
      const image = Math.floor((index * images) / paragraphs);
      if (Math.floor(((index + 1) * images) / paragraphs) > image) {
        const id = `image-${image + 1}`;
        children.push({ type: 'image', version: 1, mediaId: id, altText: `Figure ${image + 1}` });
        document.media[id] = { mimeType: 'image/png', data: this.image(image) };
      }
    }
    document.body = { root: { ...document.body.root, children } };
    return document;
  }

  private text(index: number): string {
    while (this.texts.length <= index) this.texts.push(randomText(this.texts.length, Math.round(PARAGRAPH_CHARS * this.scale)));
    return this.texts[index] as string;
  }

  private image(index: number): string {
    while (this.images.length <= index) {
      const bytes = randomBytes(Math.max(PNG_SIGNATURE.length, Math.round(IMAGE_BYTES * this.scale)));
      bytes.set(PNG_SIGNATURE, 0);
      this.images.push(bytes.toString('base64'));
    }
    return this.images[index] as string;
  }
}

/** The version number a crash-test document records, checked against its title, its paragraphs and its images. */
export function versionOf(document: BriefDocument): number {
  const version = Number(document.metadata.fields.sequence);
  if (!Number.isInteger(version) || version < 0) throw new Error(`no version number in the document (fields: ${JSON.stringify(document.metadata.fields)})`);
  if (document.metadata.title !== titleOf(version)) throw new Error(`version ${version} has the title "${document.metadata.title}"`);
  const blocks = document.body.root.children;
  const paragraphs = blocks.filter((block) => block.type === 'paragraph').length;
  const images = blocks.filter((block) => block.type === 'image').length;
  if (paragraphs !== paragraphsIn(version)) throw new Error(`version ${version} has ${paragraphs} paragraphs, not ${paragraphsIn(version)}`);
  if (images !== imagesIn(version) || Object.keys(document.media).length !== images) {
    throw new Error(`version ${version} has ${images} images and ${Object.keys(document.media).length} media parts, not ${imagesIn(version)}`);
  }
  return version;
}

function paragraph(text: string): SerializedBodyNode {
  return {
    type: 'paragraph',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  };
}

/** Random characters, the same for the same paragraph in every version and every process. */
function randomText(seed: number, length: number): string {
  let state = ((seed + 1) * 0x9e3779b1) | 0;
  const prefix = `Paragraph ${seed + 1}. `;
  const codes = new Uint8Array(Math.max(prefix.length, length));
  for (let index = 0; index < codes.length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    codes[index] = index < prefix.length ? prefix.charCodeAt(index) : ALPHABET.charCodeAt((state >>> 0) % ALPHABET.length);
  }
  return Buffer.from(codes).toString('latin1');
}
