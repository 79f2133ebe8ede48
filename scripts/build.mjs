// Builds everything the app and the web host run: the page (Vite) and the Node side
// (esbuild bundles of Electron main, the preload and the web host).
import { build as esbuild } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const quiet = process.argv.includes('--quiet') || process.env.CI === 'true';

await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  logLevel: 'warning',
  define: { BRIEFWRIGHT_VERSION: JSON.stringify(version) },
};
await Promise.all([
  esbuild({ ...shared, entryPoints: [join(root, 'electron/main/main.ts')], outfile: join(root, 'dist/electron/main.cjs'), format: 'cjs', external: ['electron'] }),
  esbuild({ ...shared, entryPoints: [join(root, 'electron/preload/preload.ts')], outfile: join(root, 'dist/electron/preload.cjs'), format: 'cjs', external: ['electron'] }),
  esbuild({ ...shared, entryPoints: [join(root, 'electron/web-host/main.ts')], outfile: join(root, 'dist/host/web-host.mjs'), format: 'esm' }),
]);
if (!quiet) console.log('Built dist/renderer, dist/electron and dist/host.');
