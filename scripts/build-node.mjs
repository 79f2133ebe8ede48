// esbuild bundles of the Node side: Electron main and preload, the web host, the export worker, the CLI.
import { build } from 'esbuild';
import { copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { BRIEFWRIGHT_VERSION: JSON.stringify(version) },
};

// CommonJS packages bundled into an ES module (mammoth, for source capture) require Node
// built-ins; esbuild's ESM output has no require of its own, so those bundles get Node's.
// pdfmake's in-memory file system also reads __dirname, which an ES module lacks.
const nodeRequire = {
  js: "import { createRequire as createRequireForBundle } from 'node:module'; import { fileURLToPath as fileURLToPathForBundle } from 'node:url'; const require = createRequireForBundle(import.meta.url); const __dirname = fileURLToPathForBundle(new URL('.', import.meta.url));",
};

// The fonts PDF export embeds (electron/services/pdf-fonts.ts), beside the bundles in dist/: a packaged app has no node_modules.
const PDF_FONTS = [
  'noto-sans/400Regular/NotoSans_400Regular.ttf',
  'noto-sans/700Bold/NotoSans_700Bold.ttf',
  'noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  'noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf',
  'noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  'noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
];

async function copyPdfFonts() {
  await mkdir(join(root, 'dist/fonts'), { recursive: true });
  await Promise.all(PDF_FONTS.map((font) => copyFile(join(root, 'node_modules/@expo-google-fonts', font), join(root, 'dist/fonts', basename(font)))));
}

// Code that finds files beside its bundle reads __dirname where it exists and import.meta.url
// only when run from source (pdf-fonts.ts, export-worker-runner.ts), so CommonJS bundles may
// leave import.meta empty.
const guardedImportMeta = { 'empty-import-meta': 'silent' };

const CLI_FOLDER = join(root, 'dist/cli');

/**
 * The CLI, split: the entry (dist/cli/briefwright.mjs) holds the argument handling and the
 * help, and loads each command with a dynamic import from a chunk beside it
 * (dist/cli/chunk-*.mjs), so a command loads only its own dependencies. Chunks sit in the
 * same folder as the entry, since pdf-fonts.ts finds dist/fonts from its bundle's __dirname.
 * Chunks of earlier builds are removed once the new ones are written.
 */
async function buildCliBundles() {
  const result = await build({
    ...shared,
    entryPoints: { briefwright: join(root, 'electron/cli/briefwright.ts') },
    outdir: CLI_FOLDER,
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunk-[hash]',
    splitting: true,
    format: 'esm',
    banner: nodeRequire,
    metafile: true,
  });
  const written = new Set(Object.keys(result.metafile.outputs).map((output) => basename(output)));
  const stale = (await readdir(CLI_FOLDER)).filter((file) => /^chunk-[A-Z0-9]+\.mjs(\.map)?$/.test(file) && !written.has(file));
  await Promise.all(stale.map((file) => rm(join(CLI_FOLDER, file), { force: true })));
}

export function buildCli() {
  return Promise.all([buildCliBundles(), copyPdfFonts()]);
}

/**
 * The export worker (electron/services/export-worker.ts), which the host runs its exports in,
 * on worker threads; found beside the host's bundle (export-worker-runner.ts). CommonJS,
 * like Electron main, since a packaged app loads it from inside app.asar; pdf-fonts.ts finds
 * dist/fonts from its __dirname. Tests bundle it into a folder of their own.
 */
export function buildExportWorker(outfile) {
  return build({ ...shared, entryPoints: [join(root, 'electron/services/export-worker.ts')], outfile, format: 'cjs', logOverride: guardedImportMeta });
}

export function buildNode() {
  return Promise.all([
    build({ ...shared, entryPoints: [join(root, 'electron/main/main.ts')], outfile: join(root, 'dist/electron/main.cjs'), format: 'cjs', external: ['electron'], logOverride: guardedImportMeta }),
    build({ ...shared, entryPoints: [join(root, 'electron/preload/preload.ts')], outfile: join(root, 'dist/electron/preload.cjs'), format: 'cjs', external: ['electron'] }),
    build({ ...shared, entryPoints: [join(root, 'electron/web-host/main.ts')], outfile: join(root, 'dist/host/web-host.mjs'), format: 'esm', banner: nodeRequire }),
    buildExportWorker(join(root, 'dist/electron/export-worker.cjs')),
    buildExportWorker(join(root, 'dist/host/export-worker.cjs')),
    buildCli(),
  ]);
}
