import { chmod, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBrief } from '../../../core/document/container';
import { runCli } from '../cli/run-cli';
import { unzipDocx } from './docx-readers';
import { cite, exportReadout, paragraph, text } from './fixtures';

describe('briefwright export', () => {
  let folder: string;
  let brief: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-export-cli-'));
    brief = join(folder, 'readout.brief');
    await writeFile(brief, encodeBrief(exportReadout()));
  });

  it('writes the DOCX next to the document, named by date, title and marking', async () => {
    const { code, stdout, stderr } = await runCli('export', brief, '--to', 'docx');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const name = '2025-03-12 Readout Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025 [TLP-AMBER].docx';
    expect(stdout).toBe(`${name}: exported “Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025”, 7 notes as footnotes.\n`);
    const { parts } = unzipDocx(new Uint8Array(await readFile(join(folder, name))));
    expect(parts['word/footnotes.xml']).toContain('Ibid., para. 5.');
  });

  it('writes endnotes and a distribution copy to the file -o names', async () => {
    const out = join(folder, 'out.docx');
    const { code, stdout } = await runCli('export', brief, '-o', out, '--endnotes', '--distribution');
    expect(code).toBe(0);
    expect(stdout).toContain('6 notes as endnotes');
    const { parts } = unzipDocx(new Uint8Array(await readFile(out)));
    expect(parts['word/endnotes.xml']).toContain('Ibid., para. 7.');
    expect(parts['word/document.xml']).not.toContain('Analyst comment');
    expect(parts['docProps/core.xml']).not.toContain('Jo Moreau');
  });

  it('prints a warning for everything it had to degrade, and still exports', async () => {
    const document = exportReadout();
    document.body.root.children.push(paragraph([text('Unsourced.'), cite('src-gone')]));
    const path = join(folder, 'dangling.brief');
    await writeFile(path, encodeBrief(document));
    const { code, stdout } = await runCli('export', path, '-o', join(folder, 'dangling.docx'));
    expect(code).toBe(0);
    expect(stdout).toContain('  warning: Note 8 cites a source that is no longer in the document (“src-gone”)');
  });

  it('explains a wrong call', async () => {
    expect(await runCli('export', brief)).toMatchObject({ code: 2, stderr: expect.stringContaining('say which format to export with --to docx or --to pdf') });
    expect(await runCli('export', '--to', 'docx')).toMatchObject({ code: 2, stderr: expect.stringContaining('name the document to export') });
    expect(await runCli('export', brief, '--to', 'odt')).toMatchObject({ code: 2, stderr: expect.stringContaining('cannot export to "odt"') });
  });

  it('refuses a document it cannot open, naming it', async () => {
    const { code, stderr } = await runCli('export', join(folder, 'absent.brief'), '--to', 'docx');
    expect(code).toBe(1);
    expect(stderr).toBe('briefwright export: "absent.brief" was not found. It may have been moved or deleted.\n');
  });

  it('gives a clear error for a target it cannot write, and leaves nothing behind', async () => {
    const blocked = join(folder, 'blocked');
    await mkdir(join(blocked, 'taken.docx'), { recursive: true });
    const intoFolder = await runCli('export', brief, '-o', join(blocked, 'taken.docx'));
    expect(intoFolder.code).toBe(1);
    expect(intoFolder.stderr).toBe('briefwright export: "taken.docx" is a folder, not a document.\n');
    const noFolder = await runCli('export', brief, '-o', join(folder, 'no-such-folder', 'x.docx'));
    expect(noFolder.code).toBe(1);
    expect(noFolder.stderr).toBe('briefwright export: Cannot save "x.docx": its folder no longer exists.\n');
    expect(await readdir(blocked)).toEqual(['taken.docx']);
  });

  // root may write anywhere, so a read-only folder only stops other users.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot)(`refuses a folder it may not write to${isRoot ? ' — skipped: running as root, which may write anywhere' : ''}`, async () => {
    const readOnly = join(folder, 'read-only');
    await mkdir(readOnly);
    await chmod(readOnly, 0o500);
    const { code, stderr } = await runCli('export', brief, '-o', join(readOnly, 'x.docx'));
    await chmod(readOnly, 0o700);
    expect(code).toBe(1);
    expect(stderr).toContain('Briefwright is not allowed to save "x.docx"');
    expect(await readdir(readOnly)).toEqual([]);
  });
});
