import { basename, dirname, extname, join, resolve } from 'node:path';
import { defaultExportFileName, type ExportFormat } from '../../core/export/file-name';
import type { ExportWarning } from '../../core/export/types';
import { BRIEF_EXTENSION } from '../../core/document/container';
import { toErrorInfo } from '../../core/errors';
import { findTemplate } from '../../core/templates/builtin';
import type { Template } from '../../core/templates/schema';
import { desktopTemplatesFolder } from '../services/app-data-folder';
import { writeFileAtomic } from '../services/atomic-write';
import { DocumentFiles } from '../services/document-files';
import { exportDocument } from '../services/document-export';
import { fileSystemError } from '../services/fs-errors';
import { UserTemplates } from '../services/user-templates';

export const EXPORT_USAGE = `  export FILE.brief --to docx|pdf [-o OUT] [--endnotes|--footnotes] [--distribution] [--no-source-list]
                              Export a document for colleagues: citations as footnotes (or
                              endnotes), the source list with grades, the marking on every page.
                              --distribution leaves out the analyst comment and personal
                              metadata (author, edit times). The file goes next to the document,
                              named by date, title and marking, unless -o names it. Anything
                              the export had to simplify is listed as a warning.
`;

interface ExportCommandOptions {
  file: string;
  format: ExportFormat;
  output: string | null;
  notes: 'footnotes' | 'endnotes' | null;
  distribution: boolean;
  includeSourceList: boolean;
}

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

function parseExportOptions(args: string[]): ExportCommandOptions | string {
  const files: string[] = [];
  let format: string | undefined;
  let output: string | null = null;
  let notes: ExportCommandOptions['notes'] = null;
  let distribution = false;
  let includeSourceList = true;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] as string;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string | undefined => inline ?? args[++index];
    switch (flag) {
      case '--to':
        format = value()?.toLowerCase();
        if (!format) return '--to needs a format: docx or pdf.';
        break;
      case '-o':
      case '--output':
        output = value() ?? null;
        if (!output) return `${flag} needs the name of the file to write.`;
        break;
      case '--endnotes':
      case '--footnotes':
        notes = flag === '--endnotes' ? 'endnotes' : 'footnotes';
        break;
      case '--distribution':
        distribution = true;
        break;
      case '--no-source-list':
        includeSourceList = false;
        break;
      default:
        if (arg.startsWith('-')) return `unknown option "${arg}".`;
        files.push(arg);
    }
  }
  if (files.length !== 1) return files.length === 0 ? `name the document to export: a ${BRIEF_EXTENSION} file.` : 'export one document at a time.';
  // Without --to, the output's extension says which format is wanted.
  format ??= output ? extname(output).slice(1).toLowerCase() : undefined;
  if (!format) return 'say which format to export with --to docx or --to pdf.';
  if (!FORMATS.includes(format as ExportFormat)) return `cannot export to "${format}"; the formats are docx and pdf.`;
  return { file: files[0] as string, format: format as ExportFormat, output, notes, distribution, includeSourceList };
}

function describeExport(file: string, title: string, notes: { count: number; placement: string }, warnings: readonly ExportWarning[]): string {
  const noteText = notes.count === 0 ? 'no notes' : `${notes.count} ${notes.count === 1 ? 'note' : 'notes'} as ${notes.placement}`;
  const lines = [`${file}: exported “${title}”, ${noteText}.`, ...warnings.map((warning) => `  warning: ${warning.message}`)];
  return `${lines.join('\n')}\n`;
}

/**
 * The analyst's own template the document was made from, for its field labels; built-in
 * templates are found by the model itself. A template folder that cannot be read only
 * costs the labels, so its problems are not reported here.
 */
async function ownTemplate(id: string): Promise<Template | undefined> {
  if (findTemplate(id)) return undefined;
  const own = await new UserTemplates(desktopTemplatesFolder()).list().catch(() => ({ templates: [] as Template[] }));
  return own.templates.find((template) => template.id === id);
}

/** `briefwright export`: the same model and writer the app uses, written atomically. */
export async function exportCommand(args: string[]): Promise<number> {
  const options = parseExportOptions(args);
  if (typeof options === 'string') {
    process.stderr.write(`briefwright export: ${options}\n\nUsage:\n${EXPORT_USAGE}`);
    return 2;
  }
  const input = resolve(options.file);
  let document;
  try {
    ({ document } = await new DocumentFiles().read(input));
  } catch (thrown) {
    process.stderr.write(`briefwright export: ${toErrorInfo(thrown).message}\n`);
    return 1;
  }
  const notes = options.notes ?? document.settings.notes;
  const template = await ownTemplate(document.metadata.templateId);
  let written;
  try {
    written = await exportDocument(document, { format: options.format, notes, includeSourceList: options.includeSourceList, distribution: options.distribution }, { template });
  } catch (thrown) {
    process.stderr.write(`briefwright export: ${toErrorInfo(thrown).message}\n`);
    return 1;
  }
  const target = options.output ? resolve(options.output) : join(dirname(input), defaultExportFileName(document, options.format, options));
  try {
    await writeFileAtomic(target, written.bytes);
  } catch (thrown) {
    const error = fileSystemError(thrown, 'save', basename(target));
    process.stderr.write(`briefwright export: ${error.message}\n`);
    return 1;
  }
  process.stdout.write(describeExport(basename(target), written.title, { count: written.noteCount, placement: notes }, written.warnings));
  return 0;
}
