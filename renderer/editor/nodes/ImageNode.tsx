import {
  $applyNodeReplacement,
  $getEditor,
  DecoratorNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type LexicalEditor,
  type LexicalNode,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import type { JSX } from 'react';
import { MediaIdSchema } from '../../../core/document/schema';
import { mediaItemFromDataUrl } from '../image-data';
import { mediaStoreOf } from '../media-context';
import { ImageView } from './ImageView';

/** How an image sits in the document body: the bytes stay in the document's media, by id. */
export interface SerializedImageNode extends SerializedLexicalNode {
  type: 'image';
  version: 1;
  mediaId: string;
  altText: string;
  width?: number;
}

export interface ImageNodeFields {
  mediaId: string;
  altText: string;
  width?: number | undefined;
}

const MAX_WIDTH = 10_000;
const MAX_ALT_TEXT = 2_000;

function validWidth(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 && value <= MAX_WIDTH ? Math.round(value) : undefined;
}

/** An embedded image. Inline, so it sits in a paragraph (or a table cell) like a character. */
export class ImageNode extends DecoratorNode<JSX.Element> {
  __mediaId: string;
  __altText: string;
  __width: number | undefined;

  static override getType(): string {
    return 'image';
  }

  static override clone(node: ImageNode): ImageNode {
    return new ImageNode({ mediaId: node.__mediaId, altText: node.__altText, width: node.__width }, node.__key);
  }

  /** Fields are checked here: a body from disk or from another editor's clipboard is not trusted. */
  static override importJSON(json: Record<string, unknown>): ImageNode {
    const mediaId = MediaIdSchema.safeParse(json.mediaId);
    return $createImageNode({
      mediaId: mediaId.success ? mediaId.data : '',
      altText: typeof json.altText === 'string' ? json.altText.slice(0, MAX_ALT_TEXT) : '',
      width: validWidth(json.width),
    });
  }

  static override importDOM(): DOMConversionMap {
    return { img: () => ({ conversion: $convertImageElement, priority: 0 }) };
  }

  constructor(fields: ImageNodeFields, key?: NodeKey) {
    super(key);
    this.__mediaId = fields.mediaId;
    this.__altText = fields.altText;
    this.__width = fields.width;
  }

  override exportJSON(): SerializedImageNode {
    const json: SerializedImageNode = { ...super.exportJSON(), type: 'image', version: 1, mediaId: this.__mediaId, altText: this.__altText };
    if (this.__width !== undefined) json.width = this.__width;
    return json;
  }

  /** Copy to other applications carries the bytes inline, since they cannot read our media. */
  override exportDOM(editor: LexicalEditor): DOMExportOutput {
    const image = document.createElement('img');
    image.alt = this.__altText;
    const item = mediaStoreOf(editor)?.get(this.__mediaId);
    if (item) image.src = `data:${item.mimeType};base64,${item.data}`;
    if (this.__width !== undefined) image.width = this.__width;
    return { element: image };
  }

  override createDOM(): HTMLElement {
    const host = document.createElement('span');
    host.className = 'bw-image';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): boolean {
    return true;
  }

  getMediaId(): string {
    return this.getLatest().__mediaId;
  }

  getAltText(): string {
    return this.getLatest().__altText;
  }

  setAltText(altText: string): this {
    const writable = this.getWritable();
    writable.__altText = altText.slice(0, MAX_ALT_TEXT);
    return writable;
  }

  override getTextContent(): string {
    return '';
  }

  override decorate(): JSX.Element {
    return <ImageView nodeKey={this.getKey()} mediaId={this.__mediaId} altText={this.__altText} width={this.__width} />;
  }
}

/**
 * Pasted or dropped HTML: only images embedded as data: URLs are kept, moved into the
 * document's media. Anything pointing elsewhere is dropped, so nothing is ever fetched.
 */
function $convertImageElement(element: HTMLElement): DOMConversionOutput {
  const media = mediaStoreOf($getEditor());
  const item = mediaItemFromDataUrl(element.getAttribute('src') ?? '');
  if (!media || !item) return { node: null };
  return {
    node: $createImageNode({
      mediaId: media.add(item),
      altText: (element.getAttribute('alt') ?? '').slice(0, MAX_ALT_TEXT),
      width: validWidth(Number(element.getAttribute('width'))),
    }),
  };
}

export function $createImageNode(fields: ImageNodeFields): ImageNode {
  return $applyNodeReplacement(new ImageNode(fields));
}

export function $isImageNode(node: LexicalNode | null | undefined): node is ImageNode {
  return node instanceof ImageNode;
}
