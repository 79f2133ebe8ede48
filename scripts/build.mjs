// Builds everything the app, the web host and the CLI run: the page (Vite) and the
// Node side (esbuild bundles, see build-node.mjs).
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as viteBuild } from 'vite';
import { buildNode } from './build-node.mjs';
import { buildUserGuide } from './user-guide.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet') || process.env.CI === 'true';

await viteBuild({ configFile: join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
// The guide goes into dist/renderer, which Vite has just emptied.
await Promise.all([buildNode(), buildUserGuide()]);
if (!quiet) console.log('Built dist/renderer (with the user guide in help/), dist/electron, dist/host and dist/cli.');
