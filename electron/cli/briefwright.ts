import { toErrorInfo } from '../../core/errors';
import { USAGE } from './usage';

declare const BRIEFWRIGHT_VERSION: string;

/**
 * The `briefwright` command. Each command's code is loaded only when it runs (a dynamic
 * import per command, split into chunks of their own by the build, scripts/build-node.mjs):
 * `--version` and `--help` load nothing but this file and the help text, `export --to docx`
 * neither source capture (pdf.js, mammoth) nor citation import nor the PDF writer.
 */
const COMMANDS: Readonly<Record<string, () => Promise<(args: string[]) => Promise<number>>>> = {
  check: async () => (await import('./document-commands')).checkCommand,
  new: async () => (await import('./document-commands')).newDocument,
  import: async () => (await import('./document-commands')).importDocument,
  export: async () => (await import('./export-command')).exportCommand,
  sources: async () => (await import('./sources-command')).sourcesCommand,
  sample: async () => (await import('./sample-command')).sampleCommand,
};

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (command === '--version') {
    process.stdout.write(`${BRIEFWRIGHT_VERSION}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    process.stderr.write(`briefwright: unknown command "${command}".\n\n${USAGE}`);
    return 2;
  }
  return (await load())(rest);
}

/**
 * Exits once everything written has gone out: writes to a pipe are queued, and process.exit
 * alone cut a long report (`check --json` piped to another program) off at 64 KB.
 */
function exitAfterOutput(code: number): void {
  let streams = 2;
  const flushed = () => {
    streams -= 1;
    if (streams === 0) process.exit(code);
  };
  process.stdout.write('', flushed);
  process.stderr.write('', flushed);
}

main(process.argv.slice(2)).then(exitAfterOutput, (thrown: unknown) => {
  process.stderr.write(`briefwright: ${toErrorInfo(thrown).message}\n`);
  exitAfterOutput(2);
});
