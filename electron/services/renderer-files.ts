import { readFile } from 'node:fs/promises';
import { join, normalize, relative, isAbsolute } from 'node:path';
import { contentTypeFor } from './content-security';

/** Serves the built page (dist/renderer) to a shell; anything outside it does not exist. */
export class RendererFiles {
  constructor(private readonly root: string) {}

  async get(urlPath: string): Promise<{ body: Buffer; contentType: string } | null> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    const wanted = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
    const absolute = normalize(join(this.root, wanted));
    const rel = relative(this.root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel) || wanted.includes('\0')) return null;
    try {
      return { body: await readFile(absolute), contentType: contentTypeFor(absolute) };
    } catch {
      return null;
    }
  }
}
