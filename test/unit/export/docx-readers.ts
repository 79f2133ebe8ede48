import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

/** The readers DOCX exports are checked with; a test that needs a missing one is skipped, saying which. */

export function installed(command: string): boolean {
  return !spawnSync(command, ['--version'], { stdio: 'ignore' }).error;
}

/** The text parts of a DOCX (XML and relationships) by path, and the paths of everything else. */
export function unzipDocx(bytes: Uint8Array): { parts: Record<string, string>; paths: string[] } {
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [path, data] of Object.entries(files)) if (/\.(xml|rels)$/.test(path)) parts[path] = strFromU8(data);
  return { parts, paths: Object.keys(files) };
}

export function count(haystack: string, pattern: RegExp): number {
  return [...haystack.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
}

export async function scratchFolder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bw-export-'));
}

export async function writeScratch(folder: string, name: string, bytes: Uint8Array): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, bytes);
  return path;
}

/** pandoc's reading of a DOCX, as Markdown. */
export function pandocMarkdown(path: string): string {
  const result = spawnSync('pandoc', ['-f', 'docx', '-t', 'markdown', '--wrap=none', path], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`pandoc failed: ${result.stderr}`);
  return result.stdout;
}

/**
 * LibreOffice's PDF of a DOCX, as text, one string per page. A profile folder of its own
 * keeps it from clashing with another LibreOffice running on the machine.
 */
export async function libreOfficePages(path: string, folder: string): Promise<string[]> {
  const pdf = await libreOfficePdf(path, folder);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  if (text.status !== 0) throw new Error(`pdftotext failed: ${text.stderr}`);
  return text.stdout.split('\f').filter((page) => page.trim() !== '');
}

export async function libreOfficePdf(path: string, folder: string): Promise<string> {
  const profile = join(folder, 'lo-profile');
  await mkdir(profile, { recursive: true });
  const result = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, path], { encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr}`);
  const pdf = join(folder, basename(path).replace(/\.docx$/, '.pdf'));
  await readFile(pdf);
  return pdf;
}

export const PANDOC = installed('pandoc');
export const LIBREOFFICE = installed('soffice') && installed('pdftotext');
