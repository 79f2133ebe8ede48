// `npm run bench`: builds what the benchmarks run — the page and the Node bundles
// (scripts/build.mjs), then the suite itself (bench/*.ts, bundled like the CLI) — and runs
// it. Nothing is fetched; arguments after `--` go to the suite (see bench/main.ts).
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function run(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, BRIEFWRIGHT_ROOT: root } });
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
}

process.stderr.write('bench: building (scripts/build.mjs --quiet and the bench bundles)…\n');
const built = await run([join(root, 'scripts', 'build.mjs'), '--quiet']);
if (built !== 0) process.exit(built);

// CommonJS packages inside an ES module bundle need Node's require, as in scripts/build-node.mjs.
const nodeRequire = "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);";
await build({
  entryPoints: { main: join(root, 'bench', 'main.ts'), 'export-worker': join(root, 'bench', 'export', 'export-worker.ts') },
  outdir: join(root, 'dist', 'bench'),
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  banner: { js: nodeRequire },
  // Loaded from node_modules at run time: the browser driver and the renderer's build tool (for the initial-JavaScript figure).
  external: ['playwright-core', 'vite'],
  logLevel: 'warning',
});

process.exit(await run([join(root, 'dist', 'bench', 'main.mjs'), ...process.argv.slice(2)]));
