import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebHost } from './server';

declare const BRIEFWRIGHT_VERSION: string;

/** `npm run web`: starts the local web host and prints the address to open. */
async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const here = dirname(fileURLToPath(import.meta.url));
  const workspace = resolve(option('workspace') ?? process.env.BRIEFWRIGHT_WORKSPACE ?? join(homedir(), 'Briefwright'));
  const port = option('port');
  const host = await startWebHost({
    workspace,
    rendererRoot: resolve(here, '../renderer'),
    version: BRIEFWRIGHT_VERSION,
    port: port === undefined ? undefined : Number(port),
  });
  process.stdout.write(`Briefwright is running at ${host.url}\nDocuments are kept in ${host.workspace}\nPress Ctrl+C to stop.\n`);
  const stop = (): void => {
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((thrown: unknown) => {
  process.stderr.write(`Briefwright's web host could not start: ${thrown instanceof Error ? thrown.message : String(thrown)}\n`);
  process.exit(1);
});
