import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
