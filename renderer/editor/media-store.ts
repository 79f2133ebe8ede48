import { base64ToBytes } from '../../core/text/base64';
import type { MediaItem } from '../../core/document/schema';

/**
 * The document's embedded images for one editing session. Image nodes keep only a
 * media id; the bytes live here and are saved inside the `.brief`. Object URLs are
 * made on demand, so a 100-page document does not hold every image as a string in
 * the editor state.
 */
export class MediaStore {
  private readonly items = new Map<string, MediaItem>();
  private readonly urls = new Map<string, string>();

  constructor(initial: Record<string, MediaItem> = {}) {
    for (const [id, item] of Object.entries(initial)) this.items.set(id, item);
  }

  add(item: MediaItem): string {
    const id = `img-${crypto.randomUUID()}`;
    this.items.set(id, item);
    return id;
  }

  has(id: string): boolean {
    return this.items.has(id);
  }

  /** The stored bytes, for copying an image out to another application. */
  get(id: string): MediaItem | null {
    return this.items.get(id) ?? null;
  }

  /** A blob: URL for showing the image, or null when the document has no such image. */
  url(id: string): string | null {
    const cached = this.urls.get(id);
    if (cached) return cached;
    const item = this.items.get(id);
    if (!item) return null;
    const bytes = base64ToBytes(item.data);
    const url = URL.createObjectURL(new Blob([bytes.buffer as ArrayBuffer], { type: item.mimeType }));
    this.urls.set(id, url);
    return url;
  }

  /** The images still referenced by the document, for saving. */
  snapshot(referenced: ReadonlySet<string>): Record<string, MediaItem> {
    const kept: Record<string, MediaItem> = {};
    for (const id of referenced) {
      const item = this.items.get(id);
      if (item) kept[id] = item;
    }
    return kept;
  }

  dispose(): void {
    for (const url of this.urls.values()) URL.revokeObjectURL(url);
    this.urls.clear();
  }
}
