import type { ImageBlock } from '../types';
import type { PartRelationships } from './relationships';

/** The image formats a DOCX holds, by the extension of their part; WebP is not one of them. */
export const DOCX_IMAGE_EXTENSIONS = { png: 'png', jpeg: 'jpeg', gif: 'gif' } as const;
export type DocxImageExtension = (typeof DOCX_IMAGE_EXTENSIONS)[keyof typeof DOCX_IMAGE_EXTENSIONS];

export interface MediaPart {
  path: string;
  bytes: Uint8Array;
}

/**
 * The images the document shows, each once in `word/media/` however often it is shown,
 * with the relationship the document's drawings point at it by.
 */
export class DocumentMedia {
  readonly parts: MediaPart[] = [];
  readonly extensions = new Set<DocxImageExtension>();
  private readonly relationshipIds = new Map<string, string>();

  constructor(private readonly relationships: PartRelationships) {}

  /** The relationship id of an image's part, adding the part when the image is new. */
  add(image: ImageBlock, extension: DocxImageExtension): string {
    let id = this.relationshipIds.get(image.mediaId);
    if (id === undefined) {
      const name = `image${this.parts.length + 1}.${extension}`;
      this.parts.push({ path: `word/media/${name}`, bytes: image.bytes });
      this.extensions.add(extension);
      id = this.relationships.add('image', `media/${name}`);
      this.relationshipIds.set(image.mediaId, id);
    }
    return id;
  }
}
