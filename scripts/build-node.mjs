// esbuild bundles of the Node side: Electron main and preload, the web host, the CLI.
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
const nodeRequire = { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" };

export function buildCli() {
  return build({
    ...shared,
    entryPoints: [join(root, 'electron/cli/briefwright.ts')],
    outfile: join(root, 'dist/cli/briefwright.mjs'),
    format: 'esm',
    banner: nodeRequire,
  });
}

export function buildNode() {
  return Promise.all([
    build({ ...shared, entryPoints: [join(root, 'electron/main/main.ts')], outfile: join(root, 'dist/electron/main.cjs'), format: 'cjs', external: ['electron'] }),
    build({ ...shared, entryPoints: [join(root, 'electron/preload/preload.ts')], outfile: join(root, 'dist/electron/preload.cjs'), format: 'cjs', external: ['electron'] }),
    build({ ...shared, entryPoints: [join(root, 'electron/web-host/main.ts')], outfile: join(root, 'dist/host/web-host.mjs'), format: 'esm', banner: nodeRequire }),
    buildCli(),
  ]);
}
