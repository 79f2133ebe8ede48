import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { walkBody } from '../../core/document/body';
import { decodeBrief } from '../../core/document/container';
import { BriefError, toErrorInfo, type BriefErrorInfo } from '../../core/errors';

declare const BRIEFWRIGHT_VERSION: string;

const USAGE = `Usage: briefwright <command> [options]

Commands:
  check FILE.brief [--json]   Check that a document opens: format, every part, every image.
                              Exits 1 when the file cannot be opened; never changes it.
  --version                   Print the version.
  --help                      Print this help.
`;

/** What `check` reports about one file. */
interface CheckReport {
  file: string;
  ok: boolean;
  formatVersion?: number;
  title?: string;
  blocks?: number;
  sources?: number;
  images?: number;
  error?: BriefErrorInfo;
}

export async function check(path: string): Promise<CheckReport> {
  const file = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BriefError('invalid-request', `"${file}" is a folder, not a document.`);
    const document = decodeBrief(new Uint8Array(await readFile(path)));
    let blocks = 0;
    walkBody(document.body, () => (blocks += 1));
    return {
      file,
      ok: true,
      formatVersion: document.formatVersion,
      title: document.metadata.title,
      blocks,
      sources: document.sources.length,
      images: Object.keys(document.media).length,
    };
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const error = code === 'ENOENT' ? { code: 'not-found' as const, message: `"${file}" was not found.` } : toErrorInfo(thrown);
    return { file, ok: false, error };
  }
}

function describe(report: CheckReport): string {
  if (report.ok) {
    return `${report.file}: OK — format ${report.formatVersion}, “${report.title || 'Untitled'}”, ${report.blocks} nodes, ${report.sources} sources, ${report.images} images.`;
  }
  const detail = report.error?.detail ? `\n  detail: ${report.error.detail.replace(/\n/g, '\n          ')}` : '';
  return `${report.file}: ${report.error?.message}${detail}`;
}

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
  if (command === 'check') {
    const json = rest.includes('--json');
    const files = rest.filter((arg) => arg !== '--json');
    if (files.length === 0) {
      process.stderr.write('briefwright check: name at least one .brief file.\n');
      return 2;
    }
    const reports = await Promise.all(files.map(check));
    process.stdout.write(json ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n` : `${reports.map(describe).join('\n')}\n`);
    return reports.every((report) => report.ok) ? 0 : 1;
  }
  process.stderr.write(`briefwright: unknown command "${command}".\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (thrown: unknown) => {
    process.stderr.write(`briefwright: ${toErrorInfo(thrown).message}\n`);
    process.exit(2);
  },
);
