import { readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import type { Finding } from '../../core/checks/finding';
import { walkBody } from '../../core/document/body';
import { BRIEF_EXTENSION, decodeBrief } from '../../core/document/container';
import type { BriefDocument, MetadataValue } from '../../core/document/schema';
import { BriefError, toErrorInfo, type BriefErrorInfo } from '../../core/errors';
import { importNotes, type NotesFormat } from '../../core/import/import-notes';
import { builtinTemplates } from '../../core/templates/builtin';
import { createDocumentFromTemplate, parsePeople, validateMetadata } from '../../core/templates/create-from-template';
import type { Template } from '../../core/templates/schema';
import { newDocumentDefaults } from '../../core/preferences/schema';
import type { NewDocumentDefaults } from '../../core/document/create';
import { desktopDataFolder, desktopTemplatesFolder } from '../services/app-data-folder';
import { DocumentFiles } from '../services/document-files';
import { nativeCodec } from '../services/native-codec';
import { PreferencesStore } from '../services/preferences';
import { UserTemplates } from '../services/user-templates';
import { describeFindings, documentFindings, hasBlockingFindings } from './check-findings';
import { USAGE } from './usage';

/**
 * `briefwright check`, `new` and `import`: the commands that read or write documents but
 * neither export nor capture sources. Loaded only when one of them runs (briefwright.ts).
 */

/** What `check` reports about one file. */
interface CheckReport {
  file: string;
  ok: boolean;
  formatVersion?: number;
  title?: string;
  blocks?: number;
  sources?: number;
  images?: number;
  /** The tradecraft findings, in reading order, dismissed ones included (see core/checks). */
  findings?: Finding[];
  error?: BriefErrorInfo;
}

export async function check(path: string): Promise<CheckReport> {
  const file = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BriefError('invalid-request', `"${file}" is a folder, not a document.`);
    const document = decodeBrief(new Uint8Array(await readFile(path)), { codec: nativeCodec });
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
      findings: documentFindings(document),
    };
  } catch (thrown) {
    const code = (thrown as NodeJS.ErrnoException).code;
    const error = code === 'ENOENT' ? { code: 'not-found' as const, message: `"${file}" was not found.` } : toErrorInfo(thrown);
    return { file, ok: false, error };
  }
}

function describe(report: CheckReport): string {
  if (report.ok) {
    const opened = `${report.file}: OK — format ${report.formatVersion}, “${report.title || 'Untitled'}”, ${report.blocks} nodes, ${report.sources} sources, ${report.images} images.`;
    return [opened, ...describeFindings(report.findings ?? [])].join('\n');
  }
  const detail = report.error?.detail ? `\n  detail: ${report.error.detail.replace(/\n/g, '\n          ')}` : '';
  return `${report.file}: ${report.error?.message}${detail}`;
}

/** A command's options, or the usage problem that stops it. */
interface CommandOptions {
  /** Arguments that are not options: the notes file for `import`. */
  files: string[];
  template?: string;
  /** The folder of the analyst's own templates; the desktop app's when not given. */
  templatesFolder?: string;
  values: [name: string, value: string][];
  output?: string;
  force: boolean;
  list: boolean;
  json: boolean;
}

/** What a command accepts besides --template, --set, -o and --force. */
interface Accepts {
  files?: boolean;
  list?: boolean;
  json?: boolean;
}

function parseOptions(args: string[], accepts: Accepts): CommandOptions | string {
  const options: CommandOptions = { files: [], values: [], force: false, list: false, json: false };
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
      case '--templates':
        options.templatesFolder = value();
        if (!options.templatesFolder) return '--templates needs the folder that holds your templates.';
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
        if (!accepts.list) return `unknown option "${arg}".`;
        options.list = true;
        break;
      case '--json':
        if (!accepts.json) return `unknown option "${arg}".`;
        options.json = true;
        break;
      default:
        if (!accepts.files || arg.startsWith('-')) return `unknown option "${arg}".`;
        options.files.push(arg);
    }
  }
  return options;
}

/** The problem with -o, if any: it must be given and name a .brief file. */
function outputProblem(output: string | undefined): string | null {
  if (!output) return 'name the file to create with -o FILE.brief.';
  if (!output.toLowerCase().endsWith(BRIEF_EXTENSION)) return `the file to create must end in ${BRIEF_EXTENSION}.`;
  return null;
}

function parseNewOptions(args: string[]): CommandOptions | string {
  const options = parseOptions(args, { list: true });
  if (typeof options === 'string' || options.list) return options;
  if (!options.template) return 'name a template with --template ID (see --list-templates).';
  return outputProblem(options.output) ?? options;
}

/** The built-in templates and the analyst's own, with a warning for each template file that is not valid. */
async function availableTemplates(command: string, options: CommandOptions): Promise<Template[]> {
  const folder = options.templatesFolder ? resolve(options.templatesFolder) : desktopTemplatesFolder();
  const own = await new UserTemplates(folder).list();
  for (const problem of own.problems) process.stderr.write(`briefwright ${command}: warning: ${problem.message}\n`);
  return [...builtinTemplates, ...own.templates];
}

function listTemplates(templates: readonly Template[]): string {
  const width = Math.max(...templates.map((template) => template.id.length));
  return templates.map((template) => `${template.id.padEnd(width)}  ${template.name} — ${template.description}`).join('\n');
}

/** The template with this id; when there is none, says so (naming the ones there are). */
async function templateNamed(command: string, options: CommandOptions): Promise<Template | undefined> {
  const templates = await availableTemplates(command, options);
  const template = templates.find((candidate) => candidate.id === options.template);
  if (!template) process.stderr.write(`briefwright ${command}: there is no template "${options.template}". The templates are: ${templates.map((t) => t.id).join(', ')}.\n`);
  return template;
}

/**
 * The --set values as a template's metadata, checked with validateMetadata; when any is
 * unknown, missing or invalid, prints each problem on a line of its own and gives undefined.
 */
function templateValues(command: string, template: Template, assignments: [name: string, value: string][]): Record<string, MetadataValue> | undefined {
  const problems: string[] = [];
  const values: Record<string, MetadataValue> = {};
  for (const [name, text] of assignments) {
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
    process.stderr.write(problems.map((problem) => `briefwright ${command}: ${problem}\n`).join(''));
    return undefined;
  }
  return values;
}

/** Writes a new document as the app saves one; refuses to replace a file unless forced. */
async function save(command: string, path: string, document: BriefDocument, force: boolean): Promise<boolean> {
  try {
    await new DocumentFiles().write(path, document, { expectedSha256: null, overwrite: force });
    return true;
  } catch (thrown) {
    const error = toErrorInfo(thrown);
    const hint = error.code === 'already-exists' ? ' Use --force to replace it (the old file is kept as .bak).' : '';
    process.stderr.write(`briefwright ${command}: ${error.message}${hint}\n`);
    return false;
  }
}

export async function newDocument(args: string[]): Promise<number> {
  const options = parseNewOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`briefwright new: ${options}\n\n${USAGE}`);
    return 2;
  }
  if (options.list) {
    process.stdout.write(`${listTemplates(await availableTemplates('new', options))}\n`);
    return 0;
  }
  const template = await templateNamed('new', options);
  if (!template) return 1;
  const values = templateValues('new', template, options.values);
  if (!values) return 1;
  const path = resolve(options.output as string);
  const document = createDocumentFromTemplate(template, values, { now: new Date(), defaults: await preferredDefaults('new') });
  if (!(await save('new', path, document, options.force))) return 1;
  const sections = template.sections.length;
  process.stdout.write(`${basename(path)}: created from the “${template.name}” template, ${sections} ${sections === 1 ? 'section' : 'sections'}.\n`);
  return 0;
}

/**
 * What a new document takes from the analyst's preferences in the desktop app (author, marking,
 * yardstick, notes), as the app's New does; the built-in defaults when there are none.
 */
async function preferredDefaults(command: string): Promise<NewDocumentDefaults> {
  const { preferences, notice } = await new PreferencesStore(desktopDataFolder()).read();
  if (notice) process.stderr.write(`briefwright ${command}: warning: ${notice}\n`);
  return newDocumentDefaults(preferences);
}

/** Notes files `import` reads, by extension. */
const NOTES_FORMATS: Readonly<Record<string, NotesFormat>> = { '.md': 'markdown', '.markdown': 'markdown', '.txt': 'text', '.text': 'text' };

/** Far more than any set of notes; the bound keeps a wrong file (a video, a disk image) from being read whole. */
const MAX_NOTES_BYTES = 10 * 1024 * 1024;

function parseImportOptions(args: string[]): CommandOptions | string {
  const options = parseOptions(args, { files: true, json: true });
  if (typeof options === 'string') return options;
  if (options.files.length !== 1) return options.files.length === 0 ? 'name the notes to import: a .md or .txt file.' : 'import one notes file at a time.';
  const extension = extname(options.files[0] as string).toLowerCase();
  if (!(extension in NOTES_FORMATS)) return 'the notes must be Markdown (.md, .markdown) or plain text (.txt, .text).';
  if (options.template === undefined && options.values.length > 0) return '--set needs a --template whose fields it sets.';
  return outputProblem(options.output) ?? options;
}

/** What `import` reports about the document it made. */
interface ImportReport {
  file: string;
  notes: string;
  template: string | null;
  title: string;
  blocks: number;
  sectionsMatched: string[];
  sectionsAdded: string[];
  warnings: string[];
}

function describeImport(report: ImportReport): string {
  const template = report.template ? ` as a “${report.template}”` : '';
  const lines = [`${report.file}: imported ${report.notes}${template}, “${report.title || 'Untitled'}”, ${report.blocks} ${report.blocks === 1 ? 'block' : 'blocks'}.`];
  if (report.template) {
    lines.push(`  sections from the notes: ${report.sectionsMatched.join(', ') || 'none'}`);
    if (report.sectionsAdded.length > 0) lines.push(`  sections added empty: ${report.sectionsAdded.join(', ')}`);
  }
  lines.push(...report.warnings.map((warning) => `  warning: ${warning}`));
  return `${lines.join('\n')}\n`;
}

/** The notes as text: UTF-8 (with or without a byte-order mark), not too large. */
async function readNotes(path: string): Promise<string> {
  const name = basename(path);
  let info;
  try {
    info = await stat(path);
  } catch (thrown) {
    if ((thrown as NodeJS.ErrnoException).code === 'ENOENT') throw new BriefError('not-found', `"${name}" was not found.`);
    throw thrown;
  }
  if (info.isDirectory()) throw new BriefError('invalid-request', `"${name}" is a folder, not a notes file.`);
  if (info.size > MAX_NOTES_BYTES) throw new BriefError('invalid-request', `"${name}" is larger than ${MAX_NOTES_BYTES / 1024 / 1024} MB; notes are text, so this is probably not the file meant.`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(await readFile(path));
  } catch (thrown) {
    if (thrown instanceof TypeError) throw new BriefError('invalid-request', `"${name}" is not UTF-8 text; save the notes as UTF-8 and import them again.`);
    throw thrown;
  }
}

export async function importDocument(args: string[]): Promise<number> {
  const options = parseImportOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`briefwright import: ${options}\n\n${USAGE}`);
    return 2;
  }
  let template: Template | undefined;
  let values: Record<string, MetadataValue> = {};
  if (options.template !== undefined) {
    template = await templateNamed('import', options);
    if (!template) return 1;
    const given = templateValues('import', template, options.values);
    if (!given) return 1;
    values = given;
  }
  const notesPath = resolve(options.files[0] as string);
  let text: string;
  try {
    text = await readNotes(notesPath);
  } catch (thrown) {
    process.stderr.write(`briefwright import: ${toErrorInfo(thrown).message}\n`);
    return 1;
  }
  const notes = basename(notesPath);
  const format = NOTES_FORMATS[extname(notesPath).toLowerCase()] as NotesFormat;
  const title = notes.slice(0, notes.length - extname(notes).length);
  const imported = importNotes(text, { format, template, values, now: new Date(), title, defaults: await preferredDefaults('import') });
  const path = resolve(options.output as string);
  if (!(await save('import', path, imported.document, options.force))) return 1;
  const report: ImportReport = {
    file: basename(path),
    notes,
    template: template?.name ?? null,
    title: imported.document.metadata.title,
    blocks: imported.blocks,
    sectionsMatched: imported.sectionsMatched.map((section) => section.heading),
    sectionsAdded: imported.sectionsAdded.map((section) => section.heading),
    warnings: imported.warnings,
  };
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : describeImport(report));
  return 0;
}


/** `briefwright check FILE.brief… [--json]`. */
export async function checkCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((arg) => arg !== '--json');
  if (files.length === 0) {
    process.stderr.write('briefwright check: name at least one .brief file.\n');
    return 2;
  }
  const reports = await Promise.all(files.map(check));
  process.stdout.write(json ? `${JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2)}\n` : `${reports.map(describe).join('\n')}\n`);
  return reports.every((report) => report.ok && !hasBlockingFindings(report.findings ?? [])) ? 0 : 1;
}
