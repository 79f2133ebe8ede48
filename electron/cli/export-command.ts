import { basename, dirname, extname, join, resolve } from 'node:path';
import { defaultExportFileName, type ExportFormat } from '../../core/export/file-name';
import type { ExportWarning, MarkingOverride } from '../../core/export/types';
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
import { EXPORT_USAGE } from './usage';
import { findingLine } from '../../core/checks/export-gate';
import { blockingMarkings, describeFindings } from './check-findings';


interface ExportCommandOptions {
  file: string;
  format: ExportFormat;
  output: string | null;
  notes: 'footnotes' | 'endnotes' | null;
  distribution: boolean;
  includeSourceList: boolean;
  yardstickAppendix: boolean;
  /** The reason to export over marking errors; null when none was given. */
  overrideReason: string | null;
}

const FORMATS: readonly ExportFormat[] = ['docx', 'pdf'];

function parseExportOptions(args: string[]): ExportCommandOptions | string {
  const files: string[] = [];
  let format: string | undefined;
  let output: string | null = null;
  let notes: ExportCommandOptions['notes'] = null;
  let distribution = false;
  let includeSourceList = true;
  let yardstickAppendix = false;
  let overrideReason: string | null = null;
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
      case '--yardstick-appendix':
        yardstickAppendix = true;
        break;
      case '--override-markings':
        overrideReason = value()?.trim() ?? '';
        if (!overrideReason) return '--override-markings needs the reason, in quotes: it is recorded in the exported file.';
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
  return { file: files[0] as string, format: format as ExportFormat, output, notes, distribution, includeSourceList, yardstickAppendix, overrideReason };
}

function describeExport(file: string, title: string, notes: { count: number; placement: string }, warnings: readonly ExportWarning[], override: MarkingOverride | undefined): string {
  const noteText = notes.count === 0 ? 'no notes' : `${notes.count} ${notes.count === 1 ? 'note' : 'notes'} as ${notes.placement}`;
  const overridden = override ? [`  marking override recorded in the file: ${override.findings.length} ${override.findings.length === 1 ? 'error' : 'errors'} overridden (“${override.reason}”).`] : [];
  const lines = [`${file}: exported “${title}”, ${noteText}.`, ...overridden, ...warnings.map((warning) => `  warning: ${warning.message}`)];
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
  // Marking errors nobody dismissed stop the export, unless the analyst overrides them with a reason on the record.
  const blocking = blockingMarkings(document);
  if (blocking.length > 0 && options.overrideReason === null) {
    process.stderr.write(
      `briefwright export: ${basename(input)} has marking errors, so it was not exported:\n${describeFindings(blocking).join('\n')}\n` +
        'Correct them (briefwright check lists every finding), dismiss them with a reason in Briefwright, or export anyway with --override-markings "REASON", which is recorded in the exported file.\n',
    );
    return 1;
  }
  const markingOverride = blocking.length > 0 && options.overrideReason !== null ? { reason: options.overrideReason, findings: blocking.map(findingLine) } : undefined;
  const notes = options.notes ?? document.settings.notes;
  const template = await ownTemplate(document.metadata.templateId);
  let written;
  try {
    written = await exportDocument(
      document,
      { format: options.format, notes, includeSourceList: options.includeSourceList, distribution: options.distribution, yardstickAppendix: options.yardstickAppendix, markingOverride },
      { template },
    );
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
  process.stdout.write(describeExport(basename(target), written.title, { count: written.noteCount, placement: notes }, written.warnings, markingOverride));
  if (options.overrideReason !== null && !markingOverride) process.stdout.write('  note: there were no marking errors to override, so no override was recorded.\n');
  return 0;
}
