import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBrief } from '../../core/document/container';
import { generateSampleBriefing } from '../../core/sample/generate';
import { closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';
import { pasteSourceAndCite, SOURCE_SCENARIO } from './scenarios';

/** pdftotext (poppler-utils) reads the PDF back where it is installed; CI installs it. */
const PDF_TEXT_AVAILABLE = existsSync('/usr/bin/pdftotext');

describe('exporting from the app', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await openFreshEditor();
    await session.page.keyboard.type('# Inspection plan\nInspections begin next month.');
    await pasteSourceAndCite(session.page, SOURCE_SCENARIO);
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('suggests a name from the date and title, and writes a DOCX whose footnote cites the source', async () => {
    const { page } = session;
    await page.keyboard.press('Control+Shift+E');
    const dialog = page.locator('[data-testid="export-dialog"]');
    await dialog.waitFor();
    const name = page.locator('[data-testid="export-name"]');
    expect(await name.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} Inspection plan\.docx$/);
    await page.click('[data-testid="export-distribution"]');
    expect(await name.inputValue()).toMatch(/^\d{4}-\d{2}-\d{2} Inspection plan \(distribution copy\)\.docx$/);
    await page.fill('[data-testid="export-name"]', 'inspection.docx');
    await page.click('[data-testid="export-confirm"]');
    await page.locator('[data-testid="notice-bar"]').waitFor();
    expect(await page.locator('[data-testid="notice-bar"]').innerText()).toContain('Exported “inspection.docx”.');

    const parts = unzipSync(new Uint8Array(await readFile(join(session.workspace, 'inspection.docx'))));
    const footnotes = new TextDecoder().decode(parts['word/footnotes.xml']);
    expect(footnotes).toContain('Inspection plan announced');
    // Written atomically: no temporary file is left beside it.
    expect((await readdir(session.workspace)).filter((name) => !name.startsWith('.briefwright'))).toEqual(['inspection.docx']);
  });

  it('remembers the last choices, and writes a PDF with the footnote on the page of its reference', async () => {
    const { page } = session;
    await page.click('[data-testid="export"]');
    expect(await page.locator('[data-testid="export-distribution"]').isChecked()).toBe(true);
    expect(await page.locator('[data-testid="export-docx"]').isChecked()).toBe(true);
    await page.click('[data-testid="export-pdf"]');
    expect(await page.locator('[data-testid="export-name"]').inputValue()).toMatch(/\(distribution copy\)\.pdf$/);
    await page.fill('[data-testid="export-name"]', 'inspection.pdf');
    await page.click('[data-testid="export-confirm"]');
    await expect.poll(() => page.locator('[data-testid="notice-bar"]').innerText(), { timeout: 30_000 }).toContain('Exported “inspection.pdf”.');
    const bytes = await readFile(join(session.workspace, 'inspection.pdf'));
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const text = PDF_TEXT_AVAILABLE ? execFileSync('pdftotext', ['-f', '1', '-l', '1', join(session.workspace, 'inspection.pdf'), '-'], { encoding: 'utf8' }) : null;
    if (text !== null) expect(text).toContain('Inspection plan announced');
  });
});

describe('exporting a long document', () => {
  let session: E2ESession;
  const LONG = 'long-briefing.brief';

  beforeAll(async () => {
    session = await openFreshEditor();
    // A 30-page sample threat assessment (what `briefwright sample --pages 30` writes).
    await writeFile(join(session.workspace, LONG), encodeBrief(generateSampleBriefing({ pages: 30 })));
    const { page } = session;
    await page.click('text=Open…');
    await page.click(`[data-testid="open-dialog"] button:has-text("${LONG}")`);
    await page.locator('[data-testid="document-name"]', { hasText: LONG }).waitFor({ timeout: 10_000 });
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  async function startExport(format: 'docx' | 'pdf', name: string): Promise<void> {
    const { page } = session;
    await page.click('[data-testid="export"]');
    await page.click(`[data-testid="export-${format}"]`);
    await page.fill('[data-testid="export-name"]', name);
    // The checks run afresh over the 30 pages before the export may start.
    await expect.poll(() => page.locator('[data-testid="export-confirm"]').isEnabled()).toBe(true);
    await page.click('[data-testid="export-confirm"]');
  }

  // What is in the workspace besides Briefwright's own folder and the open document's lock file.
  const workspaceFiles = async () => (await readdir(session.workspace)).filter((name) => !name.startsWith('.briefwright') && !name.startsWith('.~lock.')).sort();

  it('shows the stage and a progress bar, and Cancel ends it at once with nothing written', async () => {
    const { page } = session;
    await startExport('pdf', 'long.pdf');
    const strip = page.locator('[data-testid="export-progress"]');
    await strip.waitFor();
    expect(await strip.innerText()).toContain('You can keep writing.');
    await expect.poll(() => page.locator('[data-testid="export-stage"]').count()).toBe(1);

    // The writer's share done, as a determinate bar (position -1 would be an indeterminate one) with an accessible name.
    const bar = page.locator('[data-testid="export-progress-bar"]');
    await expect.poll(() => bar.count(), { timeout: 20_000 }).toBe(1);
    expect(await bar.getAttribute('aria-label')).toBe('Export of “long.pdf”');
    expect(await bar.evaluate((element) => (element as HTMLProgressElement).position)).toBeGreaterThanOrEqual(0);
    expect(Number(await bar.getAttribute('value'))).toBeGreaterThanOrEqual(0);
    expect(await strip.innerText()).toMatch(/Exporting “long\.pdf”: .+… You can keep writing\./);

    await page.click('[data-testid="cancel-export"]');
    await strip.waitFor({ state: 'detached', timeout: 1000 });
    expect(await page.locator('[data-testid="notice-bar"]').innerText()).toContain('Export cancelled; nothing was written.');

    // The next export runs (on a fresh worker) and ends; by then the cancelled one has long been dealt with: no PDF, no temporary file.
    await startExport('docx', 'long.docx');
    await expect.poll(() => page.locator('[data-testid="notice-bar"]').innerText(), { timeout: 30_000 }).toContain('Exported “long.docx”.');
    expect(await workspaceFiles()).toEqual([LONG, 'long.docx']);
  });
});
