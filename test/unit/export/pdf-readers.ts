import { spawnSync } from 'node:child_process';
import { writeScratch, scratchFolder } from './docx-readers';

/** The readers PDF exports are checked with (poppler-utils and qpdf); a test that needs a missing one is skipped, saying which. */

function installed(command: string, versionFlag = '--version'): boolean {
  return !spawnSync(command, [versionFlag], { stdio: 'ignore' }).error;
}

export const POPPLER = installed('pdftotext', '-v') && installed('pdffonts', '-v') && installed('pdfinfo', '-v');
export const QPDF = installed('qpdf');
export const PDFTOPPM = installed('pdftoppm', '-v');

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

export async function savePdf(bytes: Uint8Array, name: string): Promise<string> {
  return writeScratch(await scratchFolder(), name, bytes);
}

/** pdftotext's text of each page; `-layout` keeps lines where the page has them, `-raw` keeps the order text was drawn in. */
export function pageTexts(path: string, mode: 'layout' | 'raw' = 'layout'): string[] {
  const pages = Number(/^Pages:\s+(\d+)$/m.exec(run('pdfinfo', [path]))?.[1] ?? 0);
  return Array.from({ length: pages }, (_, index) => run('pdftotext', [`-${mode}`, '-f', String(index + 1), '-l', String(index + 1), path, '-']));
}

/** One page drawn as a PNG (pdftoppm), to compare what two PDFs look like. */
export function pagePng(path: string, page: number, dpi = 80): Buffer {
  const result = spawnSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), path], { maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`pdftoppm failed: ${String(result.stderr)}`);
  return result.stdout;
}

/** Unicode's bidi embedding controls, which pdftotext puts round each run it turns. */
const BIDI_CONTROLS = /[\u202a-\u202e]/g;

/**
 * A right-to-left line as written, from pdftotext's text of a page whose text is mostly left
 * to right: pdftotext gives such a line in visual order, left to right, each right-to-left
 * run already turned to reading order and wrapped in RLE … PDF, so reading the runs from
 * right to left gives the line as written, if every word and number was drawn where the bidi
 * algorithm puts it.
 */
export function readingOrder(line: string): string {
  const runs = line.trim().split(/(\u202b[^\u202c]*\u202c)/).filter((run) => run.trim() !== '');
  return runs
    .reverse()
    .map((run) => run.replace(BIDI_CONTROLS, '').trim())
    .join(' ')
    .replace(/ ([.,،:؛؟])/g, '$1');
}

/** Text without its spacing and bidi controls: pdftotext moves spaces round the runs it turns, so extracted and written text are compared character for character without them. */
export function withoutSpacing(text: string): string {
  return text.replace(BIDI_CONTROLS, '').replace(/\s+/g, '');
}

/** pdfinfo's fields, custom ones (-custom) included. */
export function pdfInfo(path: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of run('pdfinfo', ['-custom', path]).split('\n')) {
    const match = /^([^:]+):\s*(.*)$/.exec(line);
    if (match) fields[(match[1] as string).trim()] = (match[2] as string).trim();
  }
  return fields;
}

/** Each font pdffonts lists, with whether it is embedded. */
export function pdfFonts(path: string): Array<{ name: string; embedded: boolean }> {
  return run('pdffonts', [path])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: the last five columns are fixed.
      return { name: columns[0] as string, embedded: columns[columns.length - 5] === 'yes' };
    });
}

export function qpdfCheck(path: string): { ok: boolean; output: string } {
  const result = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout}${result.stderr}` };
}

interface OutlineEntry {
  title: string;
  destpageposfrom1: number;
  kids: OutlineEntry[];
}

/** The PDF's outline (bookmarks) as qpdf reads it: titles, nesting, and the page each opens. */
export function outline(path: string): OutlineEntry[] {
  return (JSON.parse(run('qpdf', ['--json', '--json-key=outlines', path])) as { outlines: OutlineEntry[] }).outlines;
}

export { scratchFolder };
