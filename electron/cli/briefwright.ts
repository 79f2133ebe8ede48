import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { walkBody } from '../../core/document/body';
import { BRIEF_EXTENSION, decodeBrief } from '../../core/document/container';
import type { MetadataValue } from '../../core/document/schema';
import { BriefError, toErrorInfo, type BriefErrorInfo } from '../../core/errors';
import { builtinTemplates, findTemplate } from '../../core/templates/builtin';
import { createDocumentFromTemplate, parsePeople, validateMetadata } from '../../core/templates/create-from-template';
import { DocumentFiles } from '../services/document-files';

declare const BRIEFWRIGHT_VERSION: string;

const USAGE = `Usage: briefwright <command> [options]

Commands:
  check FILE.brief [--json]   Check that a document opens: format, every part, every image.
                              Exits 1 when the file cannot be opened; never changes it.
  new --template ID [--set NAME=VALUE …] -o FILE.brief [--force]
                              Create a document from a template, with its sections and
                              metadata. Refuses to replace an existing file unless --force
                              (the replaced file is kept as FILE.brief.bak). Exits 1 when a
                              value is missing or not valid, naming each problem.
                              People fields take name|title|organisation, ';' between people:
                                --set participants="Qasim al-Araji|National Security Advisor|Iraq; Michael Anker|Commander|NATO Mission Iraq"
                              Dates are written 2022-01-30; dates with a time 2022-01-30T14:30.
  new --list-templates        List the templates: id, name and description.
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

/** `new`'s options, or the usage problem that stops it. */
interface NewOptions {
  template?: string;
  values: [name: string, value: string][];
  output?: string;
  force: boolean;
  list: boolean;
}

function parseNewOptions(args: string[]): NewOptions | string {
  const options: NewOptions = { values: [], force: false, list: false };
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++index];
    switch (flag) {
      case '--template':
      case '-t':
        options.template = value();
        if (!options.template) return '--template needs a template id (see --list-templates).';
        break;
      case '--set': {
        const assignment = value();
        const equals = assignment?.indexOf('=') ?? -1;
        if (assignment === undefined || equals < 1) return '--set needs NAME=VALUE, e.g. --set date=2022-01-30.';
        options.values.push([assignment.slice(0, equals), assignment.slice(equals + 1)]);
        break;
      }
      case '-o':
      case '--output':
        options.output = value();
        if (!options.output) return `${flag} needs the name of the .brief file to create.`;
        break;
      case '--force':
        options.force = true;
        break;
      case '--list-templates':
        options.list = true;
        break;
      default:
        return `unknown option "${arg}".`;
    }
  }
  if (options.list) return options;
  if (!options.template) return 'name a template with --template ID (see --list-templates).';
  if (!options.output) return 'name the file to create with -o FILE.brief.';
  if (!options.output.toLowerCase().endsWith(BRIEF_EXTENSION)) return `the file to create must end in ${BRIEF_EXTENSION}.`;
  return options;
}

function listTemplates(): string {
  const width = Math.max(...builtinTemplates.map((template) => template.id.length));
  return builtinTemplates.map((template) => `${template.id.padEnd(width)}  ${template.name} — ${template.description}`).join('\n');
}

async function newDocument(args: string[]): Promise<number> {
  const options = parseNewOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`briefwright new: ${options}\n\n${USAGE}`);
    return 2;
  }
  if (options.list) {
    process.stdout.write(`${listTemplates()}\n`);
    return 0;
  }
  const template = findTemplate(options.template as string);
  if (!template) {
    process.stderr.write(`briefwright new: there is no template "${options.template}". The templates are: ${builtinTemplates.map((t) => t.id).join(', ')}.\n`);
    return 1;
  }
  const problems: string[] = [];
  const values: Record<string, MetadataValue> = {};
  for (const [name, text] of options.values) {
    const field = template.fields.find((candidate) => candidate.name === name);
    if (!field) {
      problems.push(`The template "${template.name}" has no field "${name}". Its fields are: ${template.fields.map((f) => f.name).join(', ') || 'none'}.`);
      continue;
    }
    const previous = values[name];
    // People may be given over several --set options; any other field takes the last value.
    values[name] = field.type === 'people' ? [...(Array.isArray(previous) ? previous : []), ...parsePeople(text)] : text;
  }
  problems.push(...validateMetadata(template, values).map((problem) => problem.message));
  if (problems.length > 0) {
    process.stderr.write(problems.map((problem) => `briefwright new: ${problem}\n`).join(''));
    return 1;
  }
  const path = resolve(options.output as string);
  const document = createDocumentFromTemplate(template, values, { now: new Date() });
  try {
    await new DocumentFiles().write(path, document, { expectedSha256: null, overwrite: options.force });
  } catch (thrown) {
    const error = toErrorInfo(thrown);
    const hint = error.code === 'already-exists' ? ' Use --force to replace it (the old file is kept as .bak).' : '';
    process.stderr.write(`briefwright new: ${error.message}${hint}\n`);
    return 1;
  }
  const sections = template.sections.length;
  process.stdout.write(`${basename(path)}: created from the “${template.name}” template, ${sections} ${sections === 1 ? 'section' : 'sections'}.\n`);
  return 0;
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
  if (command === 'new') return newDocument(rest);
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
