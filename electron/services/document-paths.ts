import { mkdir, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { WorkspaceEntry } from '../../core/contract';
import { BRIEF_EXTENSION } from '../../core/document/container';
import { BriefError } from '../../core/errors';
import { fileSystemError } from './fs-errors';

/**
 * Turns the paths the page names into absolute paths on disk, refusing any the page
 * has no right to. The web host confines the page to one workspace folder; the
 * desktop app to the files the analyst picked in a dialog or passed to the app.
 */
export interface DocumentPaths {
  /** The absolute path for a page-supplied path, or a BriefError. */
  resolve(pagePath: string, purpose: PathPurpose): Promise<string>;
  /** The path to show to the page for an absolute path. */
  toPagePath(absolutePath: string): string;
  /** Allows a page path that the host itself handed out (a recovered document's path). */
  grant(pagePath: string): void;
}

/** Opening and saving documents, or writing an export (DOCX or PDF) of one. */
export type PathPurpose = 'open' | 'save' | 'export';

const EXPORT_EXTENSIONS = ['.docx', '.pdf'];

/** Documents are .brief files and exports .docx or .pdf: the page cannot write anything else, anywhere. */
function requireExtension(path: string, purpose: PathPurpose): void {
  const lower = path.toLowerCase();
  if (purpose === 'export') {
    if (!EXPORT_EXTENSIONS.some((extension) => lower.endsWith(extension))) {
      throw new BriefError('invalid-request', `Exports are written as .docx or .pdf files; "${basename(path)}" is neither.`);
    }
  } else if (!lower.endsWith(BRIEF_EXTENSION)) {
    throw new BriefError('invalid-request', `Documents are saved as ${BRIEF_EXTENSION} files; "${basename(path)}" is not one.`);
  }
}

/** Confines every path to one folder; `..`, absolute paths and symbolic links out of it are refused. */
export class WorkspacePaths implements DocumentPaths {
  private constructor(readonly root: string) {}

  static async open(folder: string): Promise<WorkspacePaths> {
    await mkdir(folder, { recursive: true });
    return new WorkspacePaths(await realpath(folder));
  }

  async resolve(pagePath: string, purpose: PathPurpose): Promise<string> {
    const absolute = await this.resolveInside(pagePath);
    requireExtension(absolute, purpose);
    if (purpose === 'open') {
      const real = await realpath(absolute).catch((thrown: unknown) => {
        throw fileSystemError(thrown, 'open', basename(absolute));
      });
      this.assertInside(real, pagePath);
      return real;
    }
    return absolute;
  }

  toPagePath(absolutePath: string): string {
    return relative(this.root, absolutePath).split(sep).join('/');
  }

  /** Nothing to grant: every path inside the workspace is allowed, every other refused. */
  grant(): void {}

  async list(folder: string): Promise<{ folder: string; entries: WorkspaceEntry[] }> {
    const absolute = folder === '' ? this.root : await this.resolveInside(folder);
    const real = await realpath(absolute).catch((thrown: unknown) => {
      throw fileSystemError(thrown, 'list', folder || 'workspace');
    });
    this.assertInside(real, folder);
    const dirents = await readdir(real, { withFileTypes: true }).catch((thrown: unknown) => {
      throw fileSystemError(thrown, 'list', folder || 'workspace');
    });
    const entries: WorkspaceEntry[] = [];
    for (const entry of dirents) {
      if (entry.name.startsWith('.')) continue;
      const isDocument = entry.isFile() && entry.name.toLowerCase().endsWith(BRIEF_EXTENSION);
      if (!entry.isDirectory() && !isDocument) continue;
      const full = join(real, entry.name);
      const info = await stat(full).catch(() => null);
      if (!info) continue;
      entries.push({
        path: this.toPagePath(full),
        name: entry.name,
        kind: entry.isDirectory() ? 'folder' : 'document',
        modifiedMs: info.mtimeMs,
      });
    }
    entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
    return { folder: real === this.root ? '' : this.toPagePath(real), entries };
  }

  /** Resolves lexically and checks the nearest existing ancestor's real path, so symlinked folders cannot lead out. */
  private async resolveInside(pagePath: string): Promise<string> {
    if (pagePath.includes('\0') || isAbsolute(pagePath) || /^[a-zA-Z]:/.test(pagePath)) {
      throw outside(pagePath);
    }
    const absolute = resolve(this.root, pagePath);
    this.assertInside(absolute, pagePath);
    let ancestor = dirname(absolute);
    for (;;) {
      const real = await realpath(ancestor).catch(() => null);
      if (real) {
        this.assertInside(real, pagePath);
        break;
      }
      if (ancestor === this.root || dirname(ancestor) === ancestor) break;
      ancestor = dirname(ancestor);
    }
    return absolute;
  }

  private assertInside(absolute: string, pagePath: string): void {
    const rel = relative(this.root, absolute);
    if (rel.startsWith('..') || isAbsolute(rel)) throw outside(pagePath);
  }
}

function outside(pagePath: string): BriefError {
  return new BriefError(
    'outside-workspace',
    'Briefwright can only open and save documents inside its workspace folder.',
    `refused path: ${pagePath.slice(0, 300)}`,
  );
}

/**
 * The desktop app's rule: the page may use only paths that the analyst granted, by
 * choosing them in a native dialog or by opening them from the operating system.
 */
export class GrantedPaths implements DocumentPaths {
  private readonly granted = new Set<string>();

  grant(absolutePath: string): string {
    const normalised = resolve(absolutePath);
    this.granted.add(normalised);
    return normalised;
  }


  async resolve(pagePath: string, purpose: PathPurpose): Promise<string> {
    const normalised = resolve(pagePath);
    if (!isAbsolute(pagePath) || !this.granted.has(normalised)) {
      throw new BriefError('permission-denied', 'Choose the document with File › Open or File › Save As first.', `not granted: ${pagePath.slice(0, 300)}`);
    }
    requireExtension(normalised, purpose);
    return normalised;
  }

  toPagePath(absolutePath: string): string {
    return absolutePath;
  }
}
