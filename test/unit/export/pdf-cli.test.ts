import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeBrief } from '../../../core/document/container';
import { runCli } from '../cli/run-cli';
import { exportReadout } from './fixtures';
import { POPPLER, pageTexts, pdfInfo } from './pdf-readers';

describe('briefwright export --to pdf', () => {
  let folder: string;
  let brief: string;

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'bw-export-pdf-cli-'));
    brief = join(folder, 'readout.brief');
    await writeFile(brief, encodeBrief(exportReadout()));
  });

  it('writes the PDF next to the document, named by date, title and marking, with the bundled fonts', async () => {
    const { code, stdout, stderr } = await runCli('export', brief, '--to', 'pdf');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const name = '2025-03-12 Readout Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025 [TLP-AMBER].pdf';
    expect(stdout).toBe(`${name}: exported “Readout: Interior Minister Saleh – Head of Advisory Mission (Varga), 12 March 2025”, 7 notes as footnotes.\n`);
    const bytes = await readFile(join(folder, name));
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    if (POPPLER) expect(pageTexts(join(folder, name))[0]).toContain('Ibid., para. 5.');
    // Written atomically: no temporary file is left beside it.
    expect((await readdir(folder)).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('writes endnotes and a distribution copy to the file -o names, from its extension alone', async () => {
    const out = join(folder, 'out.pdf');
    const { code, stdout } = await runCli('export', brief, '-o', out, '--endnotes', '--distribution');
    expect(code).toBe(0);
    expect(stdout).toContain('6 notes as endnotes');
    if (!POPPLER) return;
    const all = pageTexts(out).join('\n');
    expect(all).toMatch(/Notes\s+1 Adaeze Okonkwo/);
    expect(all).not.toContain('Analyst comment');
    expect(pdfInfo(out).Author).toBeUndefined();
  });
});
