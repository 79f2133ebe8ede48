import { randomUUID } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { BRIEF_EXTENSION } from '../../core/document/container';
import { MAX_SOURCES, type BriefDocument, type DocumentSource } from '../../core/document/schema';
import { BriefError, toErrorInfo, type BriefErrorInfo } from '../../core/errors';
import { captureSource, fileTooLarge, MAX_CAPTURE_BYTES, type DetectedField } from '../../core/sources/capture/capture-source';
import { toCslJson } from '../../core/sources/csl-json';
import { displayName, outletOf } from '../../core/sources/schema';
import { countWords } from '../../core/text/word-count';
import { writeFileAtomic } from '../services/atomic-write';
import { DocumentFiles } from '../services/document-files';
import { fileSystemError } from '../services/fs-errors';
import { sourceExtractors } from '../services/source-extractors';
import { SOURCES_USAGE } from './usage';


/** What `sources add` reports about one source file. */
interface SourceReport {
  file: string;
  status: 'added' | 'duplicate' | 'failed';
  id?: string;
  title?: string;
  outlet?: string;
  authors?: string[];
  issued?: string;
  place?: string;
  url?: string;
  language?: string;
  words?: number;
  dropped?: string[];
  detected?: DetectedField[];
  warnings: string[];
  /** For a duplicate: the source already holding the same text. */
  sameAs?: string;
  error?: BriefErrorInfo;
}

function usageProblem(problem: string): number {
  process.stderr.write(`briefwright sources: ${problem}\n\nUsage:\n${SOURCES_USAGE}`);
  return 2;
}

/** A source id that no source of the document has yet, in the form the app gives them. */
function newSourceId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `src-${randomUUID().slice(0, 8)}`;
    if (!taken.has(id)) return id;
  }
}

/** The source file's bytes, refused before reading when it is a folder or over the size limit. */
async function readSourceFile(path: string): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new BriefError('invalid-request', `"${name}" is a folder, not a source file.`);
    if (info.size > MAX_CAPTURE_BYTES) throw fileTooLarge(`“${name}”`, info.size);
    const buffer = await readFile(path);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (thrown) {
    throw fileSystemError(thrown, 'open', name);
  }
}

function addedReport(file: string, source: DocumentSource, detected: DetectedField[], warnings: string[]): SourceReport {
  return {
    file,
    status: 'added',
    id: source.id,
    title: source.title,
    outlet: outletOf(source),
    authors: source.authors.map(displayName),
    issued: source.issued,
    place: source.place,
    url: source.url,
    language: source.language,
    words: countWords(source.snapshot?.text ?? ''),
    dropped: source.snapshot?.dropped ?? [],
    detected,
    warnings,
  };
}

function describe(report: SourceReport): string {
  if (report.status === 'failed') return `${report.file}: not added — ${report.error?.message ?? 'it could not be read.'}\n`;
  if (report.status === 'duplicate') return `${report.file}: not added again — the document already has this text, as “${report.sameAs}”.\n`;
  const shown = (value: string | undefined): string => value || 'not found';
  const dropped = report.dropped?.length ?? 0;
  const lines = [
    `${report.file}: added “${report.title || 'Untitled'}” (${report.id})`,
    `  outlet:  ${shown(report.outlet)}`,
    `  author:  ${shown(report.authors?.join(', '))}`,
    `  date:    ${shown(report.issued)}`,
    `  place:   ${shown(report.place)}`,
    `  URL:     ${shown(report.url)}`,
    `  ${report.words} ${report.words === 1 ? 'word' : 'words'}; ${dropped} ${dropped === 1 ? 'line' : 'lines'} left out as site furniture or metadata`,
    ...report.warnings.map((warning) => `  warning: ${warning}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Captures each file; a file that fails is reported and the rest go on. */
async function captureAll(files: readonly string[], document: BriefDocument): Promise<{ reports: SourceReport[]; added: DocumentSource[] }> {
  const reports: SourceReport[] = [];
  const added: DocumentSource[] = [];
  const ids = new Set(document.sources.map((source) => source.id));
  const now = new Date();
  for (const file of files) {
    const name = basename(file);
    try {
      const bytes = await readSourceFile(resolve(file));
      const { source, detected, warnings } = await captureSource({ fileName: name, bytes }, { now, newId: () => newSourceId(ids), extractors: sourceExtractors });
      // The same text twice would be two sources that citations could confuse.
      const same = [...document.sources, ...added].find((other) => other.snapshot?.sha256 === source.snapshot?.sha256);
      if (same) {
        reports.push({ file: name, status: 'duplicate', sameAs: same.title || same.id, warnings: [] });
        continue;
      }
      if (document.sources.length + added.length >= MAX_SOURCES) throw new BriefError('too-large', `The document already has ${MAX_SOURCES} sources, the most it can hold.`);
      ids.add(source.id);
      added.push(source);
      reports.push(addedReport(name, source, detected, warnings));
    } catch (thrown) {
      reports.push({ file: name, status: 'failed', warnings: [], error: toErrorInfo(thrown) });
    }
  }
  return { reports, added };
}

async function addSources(documentPath: string, files: readonly string[], json: boolean): Promise<number> {
  const path = resolve(documentPath);
  const documents = new DocumentFiles();
  let opened;
  try {
    opened = await documents.read(path);
  } catch (thrown) {
    process.stderr.write(`briefwright sources: ${toErrorInfo(thrown).message}\n`);
    return 1;
  }
  const { reports, added } = await captureAll(files, opened.document);
  let saveError: BriefErrorInfo | undefined;
  if (added.length > 0) {
    try {
      // Saved only if the file is still as it was read: another program's changes are never overwritten.
      await documents.write(path, { ...opened.document, sources: [...opened.document.sources, ...added] }, { expectedSha256: opened.stamp.sha256, overwrite: false });
    } catch (thrown) {
      saveError = toErrorInfo(thrown);
      for (const report of reports) {
        if (report.status === 'added') Object.assign(report, { status: 'failed', error: saveError });
      }
    }
  }
  if (json) {
    process.stdout.write(`${JSON.stringify(reports, null, 2)}\n`);
  } else {
    const failed = reports.filter((report) => report.status === 'failed').length;
    const summary = saveError
      ? `${basename(path)}: not saved — ${saveError.message} No source was added.`
      : `${basename(path)}: ${added.length} ${added.length === 1 ? 'source' : 'sources'} added${failed > 0 ? `, ${failed} failed` : ''}; the document has ${opened.document.sources.length + added.length} ${opened.document.sources.length + added.length === 1 ? 'source' : 'sources'}.`;
    process.stdout.write(`${reports.map(describe).join('')}${summary}\n`);
  }
  return reports.some((report) => report.status === 'failed') ? 1 : 0;
}

/** `briefwright sources export FILE.brief [-o OUT]`: the sources as CSL-JSON. */
async function exportSources(args: readonly string[]): Promise<number> {
  const [documentPath, ...options] = args;
  if (!documentPath || !documentPath.toLowerCase().endsWith(BRIEF_EXTENSION)) return usageProblem(`name the document first: a ${BRIEF_EXTENSION} file.`);
  const output = options[0] === '-o' || options[0] === '--output' ? options[1] : undefined;
  if (options.length > 0 && (!output || options.length > 2)) return usageProblem(options[0] === '-o' || options[0] === '--output' ? `${options[0]} needs the name of the file to write.` : `unknown option "${options[0]}".`);
  try {
    const { document } = await new DocumentFiles().read(resolve(documentPath));
    const text = `${JSON.stringify(toCslJson(document.sources), null, 2)}\n`;
    if (!output) {
      process.stdout.write(text);
      return 0;
    }
    const target = resolve(output);
    await writeFileAtomic(target, new TextEncoder().encode(text)).catch((thrown: unknown) => {
      throw fileSystemError(thrown, 'save', basename(target));
    });
    process.stderr.write(`${basename(target)}: ${document.sources.length} ${document.sources.length === 1 ? 'source' : 'sources'} written as CSL-JSON.\n`);
    return 0;
  } catch (thrown) {
    process.stderr.write(`briefwright sources: ${toErrorInfo(thrown).message}\n`);
    return 1;
  }
}

/** `briefwright sources add FILE.brief SOURCE… [--json]` and `briefwright sources export FILE.brief [-o OUT]`. */
export async function sourcesCommand(args: readonly string[]): Promise<number> {
  const [action, ...rest] = args;
  if (action === 'export') return exportSources(rest);
  if (action !== 'add') return usageProblem(action === undefined ? 'say what to do: sources add FILE.brief SOURCE…, or sources export FILE.brief.' : `unknown action "${action}".`);
  const unknown = rest.find((arg) => arg.startsWith('-') && arg !== '--json');
  if (unknown) return usageProblem(`unknown option "${unknown}".`);
  const [documentPath, ...files] = rest.filter((arg) => arg !== '--json');
  if (!documentPath || !documentPath.toLowerCase().endsWith(BRIEF_EXTENSION)) return usageProblem(`name the document first: a ${BRIEF_EXTENSION} file.`);
  if (files.length === 0) return usageProblem('name at least one source file to add.');
  return addSources(documentPath, files, rest.includes('--json'));
}
