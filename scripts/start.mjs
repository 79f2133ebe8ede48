// `npm start`: runs the desktop app from the built dist/. Where the Electron runtime
// cannot be had (it is downloaded on install, and some machines have no network),
// starts the local web host instead, so the analyst still gets Briefwright.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const electronPackage = join(root, 'node_modules', 'electron');
const args = process.argv.slice(2);

/** The Electron executable as the `electron` package would find it, or null when it is not on this machine. */
function findElectronBinary() {
  const pathFile = join(electronPackage, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? candidate : null;
  }
  if (!relative) return null;
  const candidate = join(electronPackage, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}

/** One attempt at the package's own download, bounded in time; its output is not the analyst's concern. */
function tryInstallElectron() {
  const installer = join(electronPackage, 'install.js');
  if (!existsSync(installer)) return;
  spawnSync(process.execPath, [installer], { cwd: root, stdio: 'ignore', timeout: 60_000 });
}

function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env });
  const forward = (signal) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(`Briefwright could not start: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

let electron = findElectronBinary();
if (!electron && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  tryInstallElectron();
  electron = findElectronBinary();
}

if (electron) {
  // A stray ELECTRON_RUN_AS_NODE would start Electron as plain Node and skip the app.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, ['.', ...args], env);
} else {
  console.log('Electron runtime not available on this machine (could not download it); starting the local web host instead.');
  run(process.execPath, [join(root, 'dist', 'host', 'web-host.mjs'), ...args]);
}
