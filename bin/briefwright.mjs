#!/usr/bin/env node
// The `briefwright` command: runs the bundled CLI, building it first if needed (a second or two).
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist/cli/briefwright.mjs');
if (!existsSync(cli)) {
  const { buildCli } = await import(pathToFileURL(join(root, 'scripts/build-node.mjs')).href);
  await buildCli();
}
await import(pathToFileURL(cli).href);
