import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * The renderer's initial JavaScript: the entry chunk index.html loads and every chunk it
 * imports statically (Vite's modulepreload set), not the chunks loaded by import() nor the
 * workers. Measured two ways: the files of dist/renderer as built (the budget's figure,
 * bytes before compression), and, from a fresh build of the same sources with a plugin
 * that records which modules went into which chunk, what those bytes are made of.
 */

export interface InitialJs {
  /** The eager files of dist/renderer, with their sizes. */
  files: Array<{ file: string; bytes: number }>;
  totalBytes: number;
  /** What the eager chunks hold, by package or source folder, largest first (bytes of minified output, shared out by each module's share of its chunk before minifying). */
  contents: Array<{ name: string; bytes: number }>;
  /** Of those, what the issue says must load only when needed: export writers, fonts, pdf.js. */
  forbidden: string[];
  /** The chunks loaded on demand, for the record. */
  lazy: Array<{ file: string; bytes: number }>;
}

/** Loaded on demand only (issue #9): export writers, fonts, pdf.js. */
const ON_DEMAND_ONLY = [/^docx$/, /^pdfmake$/, /^pdfkit$/, /^pdfjs-dist$/, /^fontkit$/, /^@expo-google-fonts\//, /^mammoth$/, /^core\/export\/(docx|pdf)\//, /\.(ttf|otf|woff2?)$/];

/** Static imports of a minified ES module chunk: `import{a as b}from"./x.js"` and `import"./y.js"`, not import(). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(match[1] as string);
  for (const match of code.matchAll(/(?:^|[;}\n])\s*export\s*[\w$*{}\s,]*?\s*from\s*["'](\.{1,2}\/[^"']+\.js)["']/g)) found.add(match[1] as string);
  return [...found];
}

async function eagerFiles(rendererDir: string): Promise<Array<{ file: string; bytes: number }>> {
  const html = await readFile(join(rendererDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/<script[^>]*type="module"[^>]*src="\.\/([^"]+)"/g), ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="\.\/([^"]+)"/g)].map((match) => match[1] as string);
  const seen = new Map<string, number>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    const code = await readFile(join(rendererDir, file));
    seen.set(file, code.length);
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const target of staticImports(code.toString('utf8'))) queue.push(new URL(target, `http://x/${folder}`).pathname.slice(1));
  }
  return [...seen].map(([file, bytes]) => ({ file, bytes }));
}

interface ChunkInfo {
  fileName: string;
  bytes: number;
  isEntry: boolean;
  imports: string[];
  modules: Array<{ id: string; length: number }>;
}

function moduleOwner(root: string, id: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] as string;
  const inPackages = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(clean);
  if (inPackages) return inPackages[1] as string;
  const path = relative(root, clean);
  if (path.startsWith('..')) return clean;
  const parts = path.split('/');
  return parts.length > 2 ? `${parts.slice(0, 2).join('/')}/` : path;
}

/** Builds the renderer again into a scratch folder, recording each chunk's modules. */
async function chunkContents(root: string): Promise<ChunkInfo[]> {
  const { build } = await import('vite');
  const chunks: ChunkInfo[] = [];
  const recorder: Plugin = {
    name: 'briefwright-bench-chunk-contents',
    generateBundle(_options, bundle) {
      for (const item of Object.values(bundle)) {
        if (item.type !== 'chunk') continue;
        chunks.push({
          fileName: item.fileName,
          bytes: Buffer.byteLength(item.code),
          isEntry: item.isEntry,
          imports: item.imports,
          modules: Object.entries(item.modules).map(([id, info]) => ({ id, length: info.renderedLength })),
        });
      }
    },
  };
  const outDir = await mkdtemp(join(tmpdir(), 'briefwright-bench-renderer-'));
  try {
    await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true }, plugins: [recorder] });
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
  return chunks;
}

export async function measureInitialJs(root: string): Promise<InitialJs> {
  const rendererDir = join(root, 'dist', 'renderer');
  const files = await eagerFiles(rendererDir);
  const chunks = await chunkContents(root);
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const eager = new Set<string>();
  const queue = chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName);
  while (queue.length > 0) {
    const name = queue.shift() as string;
    if (eager.has(name)) continue;
    eager.add(name);
    queue.push(...(byName.get(name)?.imports ?? []));
  }
  const owners = new Map<string, number>();
  const forbidden = new Set<string>();
  for (const name of eager) {
    const chunk = byName.get(name);
    if (!chunk) continue;
    const rendered = chunk.modules.reduce((sum, module) => sum + module.length, 0) || 1;
    for (const module of chunk.modules) {
      const owner = moduleOwner(root, module.id);
      owners.set(owner, (owners.get(owner) ?? 0) + (chunk.bytes * module.length) / rendered);
      const path = relative(root, module.id.replace(/^\0/, '').split('?')[0] as string);
      if (module.length > 0 && ON_DEMAND_ONLY.some((pattern) => pattern.test(owner) || pattern.test(path))) forbidden.add(path.startsWith('node_modules') ? owner : path);
    }
  }
  const contents = [...owners].map(([name, bytes]) => ({ name, bytes: Math.round(bytes) })).sort((a, b) => b.bytes - a.bytes);
  return {
    files,
    totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
    contents,
    forbidden: [...forbidden],
    lazy: chunks.filter((chunk) => !eager.has(chunk.fileName)).map((chunk) => ({ file: chunk.fileName, bytes: chunk.bytes })),
  };
}
