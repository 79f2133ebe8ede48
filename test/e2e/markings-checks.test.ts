import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';
import { ASSESSMENT_SCENARIO, EDITOR, fixHedgeFromChecks, judgmentParagraph as judgmentIn, writeMarkedAssessment } from './scenarios';

/** pdftotext (poppler-utils) reads the PDF back where it is installed; CI installs it. */
const PDF_TEXT_AVAILABLE = existsSync('/usr/bin/pdftotext');

describe('marking a threat assessment and working through its checks', () => {
  let session: E2ESession;
  const testId = (id: string) => session.page.locator(`[data-testid="${id}"]`);
  const finding = (rule: string) => session.page.locator(`[data-testid="finding"][data-rule="${rule}"]`);
  const judgmentParagraph = () => judgmentIn(session.page);

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('marks the document UNCLASSIFIED, then raises the banner when a paragraph is marked SECRET', async () => {
    const { page } = session;
    await writeMarkedAssessment(page);
    expect(await testId('banner-bottom-text').innerText()).toBe('SECRET');
    expect(await testId('banner-top').innerText()).toContain('raised by its portions from UNCLASSIFIED');
    expect(await testId('portion-mark').innerText()).toBe('(S)');

    // Writing on after the SECRET paragraph keeps its mark, never silently the document's lower one.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Guards are fewer since October.');
    await expect.poll(() => judgmentParagraph().locator('xpath=following-sibling::p[1]').getAttribute('data-portion')).toBe('(S)');
  });

  it('lists the findings by kind, selects a finding’s words, and replaces a hedge with a term of the yardstick', async () => {
    const { page } = session;
    await testId('toggle-checks').click();
    await finding('language.hedge').first().waitFor();
    expect(await testId('checks-group-language').locator('h3').innerText()).toMatch(/^Estimative language\s+\d+$/);
    const hedge = finding('language.hedge').filter({ hasText: '“may”' });
    expect(await hedge.innerText()).toContain('ICD 203');
    await hedge.locator('[data-testid="finding-jump"]').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('may');

    await testId('toggle-checks').click();
    await fixHedgeFromChecks(page);
    expect(await judgmentParagraph().innerText()).toBe(ASSESSMENT_SCENARIO.fixed);
  });

  it('raises the document’s own marking with the quick fix, and refuses to set it below its portions', async () => {
    const { page } = session;
    const below = finding('markings.banner-below-portion');
    await below.waitFor();
    await below.locator('[data-testid="finding-fix"]').click();
    await expect.poll(() => below.count()).toBe(0);
    await expect.poll(() => testId('banner-top').innerText()).not.toContain('raised by its portions');

    await testId('edit-marking').click();
    await page.selectOption('[data-testid="marking-level"]', 'U');
    await testId('apply-marking').click();
    await expect.poll(() => testId('marking-problem').innerText()).toContain('cannot be below its portions');
    await page.keyboard.press('Escape');
    await testId('marking-dialog').waitFor({ state: 'detached' });
    expect(await testId('banner-top-text').innerText()).toBe('SECRET');
  });

  it('marks every unmarked portion at once, and dismisses a finding with a reason kept in its history', async () => {
    const { page } = session;
    const fixAll = testId('checks-fix-all-portions');
    await fixAll.waitFor();
    await fixAll.click();
    await expect.poll(() => finding('markings.unmarked-portion').count()).toBe(0);
    expect(await page.locator(`${EDITOR} [data-section-role="judgment"]`).first().getAttribute('data-portion')).toBe('(S)');
    expect(await testId('title-portion').innerText()).toBe('(S)');

    // The template's Key judgments section is required and still empty.
    const emptySection = finding('structure.empty-required-section').filter({ hasText: 'Key judgments' });
    await emptySection.waitFor();
    await emptySection.locator('[data-testid="finding-dismiss"]').click();
    await emptySection.locator('[data-testid="finding-dismiss-reason"]').fill('Key judgments are written last, after review.');
    await emptySection.locator('[data-testid="finding-dismiss-confirm"]').click();
    await expect.poll(() => emptySection.count()).toBe(0);
    await testId('checks-history').locator('summary').click();
    expect(await testId('checks-history').innerText()).toContain('Key judgments are written last, after review.');
  });

  it('raises the marking freely, and asks why when it is lowered again, keeping the reason', async () => {
    const { page } = session;
    await testId('edit-marking').click();
    await page.selectOption('[data-testid="marking-level"]', 'TS');
    await testId('apply-marking').click();
    await expect.poll(() => testId('banner-top-text').innerText()).toBe('TOP SECRET');

    await testId('edit-marking').click();
    await page.selectOption('[data-testid="marking-level"]', 'S');
    await testId('apply-marking').click();
    await expect.poll(() => testId('marking-problem').innerText()).toContain('Say why');
    await page.fill('[data-testid="marking-reason"]', 'Raised by mistake; the sources are SECRET at most.');
    await testId('apply-marking').click();
    await expect.poll(() => testId('banner-top-text').innerText()).toBe('SECRET');

    await testId('edit-marking').click();
    await testId('marking-dialog').locator('summary').click();
    expect(await testId('marking-history').innerText()).toContain('TS → S. Raised by mistake; the sources are SECRET at most.');
    await page.keyboard.press('Escape');
    await testId('marking-dialog').waitFor({ state: 'detached' });
  });

  it('takes a mark with controls typed as written, and rolls the controls up into the banner', async () => {
    const { page } = session;
    await judgmentParagraph().click();
    await page.keyboard.press('Control+Shift+M');
    await testId('portion-menu').waitFor();
    await testId('portion-typed').click();
    await page.fill('[data-testid="portion-typed-input"]', 'S//ZZ');
    await expect.poll(() => page.locator('#portion-typed-problem').innerText()).toContain('“ZZ”');
    await page.fill('[data-testid="portion-typed-input"]', 's//noforn');
    await page.keyboard.press('Enter');
    await expect.poll(() => judgmentParagraph().getAttribute('data-portion')).toBe('(S//NF)');
    await expect.poll(() => testId('banner-top-text').innerText()).toBe('SECRET//NOFORN');
  });

  it('holds the export back over a marking error until it is overridden with a reason, and prints the banner on every page', async () => {
    const { page } = session;
    // An analyst takes a mark away: in a SECRET document every portion must carry one.
    await judgmentParagraph().locator('xpath=following-sibling::p[1]').click();
    await page.keyboard.press('Control+Shift+M');
    await testId('portion-remove').click();
    await finding('markings.unmarked-portion').waitFor();

    await page.keyboard.press('Control+Shift+E');
    await testId('export-dialog').waitFor();
    await testId('export-blocking').waitFor();
    expect(await testId('export-blocking').innerText()).toContain('Portion without a mark');
    expect(await testId('export-confirm').isDisabled()).toBe(true);
    await testId('export-pdf').check();
    await page.fill('[data-testid="export-name"]', 'assessment.pdf');
    await testId('export-override').check();
    expect(await testId('export-confirm').isDisabled()).toBe(true);
    await page.fill('[data-testid="export-override-reason"]', 'The paragraph is a draft note the security officer has seen.');
    await testId('export-confirm').click();
    await expect.poll(() => testId('notice-bar').innerText(), { timeout: 30_000 }).toContain('Exported “assessment.pdf”.');

    if (!PDF_TEXT_AVAILABLE) return;
    const file = join(session.workspace, 'assessment.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
    expect(pages).toBeGreaterThanOrEqual(1);
    for (let number = 1; number <= pages; number += 1) {
      const text = execFileSync('pdftotext', ['-layout', '-f', String(number), '-l', String(number), file, '-'], { encoding: 'utf8' });
      expect(text.match(/SECRET\/\/NOFORN/g)?.length, `banners on page ${number}`).toBeGreaterThanOrEqual(2);
    }
    await page.screenshot({ path: '/tmp/markings-checks.png' });
  });
});

describe('an organisation’s own marking scheme', () => {
  let session: E2ESession;
  const testId = (id: string) => session.page.locator(`[data-testid="${id}"]`);
  const schemeFile = (name: string, definition: unknown) => ({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(definition)) });
  const ACME = {
    id: 'acme',
    name: 'ACME information handling',
    portionMarks: 'required',
    levels: [
      { portion: 'P', banner: 'ACME PUBLIC' },
      { portion: 'R', banner: 'ACME RESTRICTED' },
    ],
  };

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('names the field and the problem of a scheme file that is not valid, and applies nothing', async () => {
    const { page } = session;
    await testId('edit-marking').click();
    await testId('marking-scheme-file').setInputFiles(schemeFile('broken.json', { ...ACME, levels: [{ portion: 'P' }] }));
    await expect.poll(() => testId('marking-problem').innerText()).toMatch(/The marking scheme "broken\.json" is not valid: .*banner/);
    expect(await page.locator('[data-testid="marking-scheme"] option').allInnerTexts()).not.toContain('ACME information handling');
  });

  it('loads a valid one, marks the document in it and carries its banner', async () => {
    const { page } = session;
    await testId('marking-scheme-file').setInputFiles(schemeFile('acme.json', ACME));
    await expect.poll(() => page.locator('[data-testid="marking-scheme"]').inputValue()).toBe('acme');
    await page.selectOption('[data-testid="marking-level"]', 'R');
    await testId('apply-marking').click();
    await expect.poll(() => testId('banner-top-text').innerText()).toBe('ACME RESTRICTED');
    // Every portion is marked in this scheme: a new paragraph takes the document's mark.
    await page.click(EDITOR);
    await page.keyboard.type('Contract terms under negotiation.');
    await expect.poll(() => testId('portion-mark').innerText()).toBe('(R)');
  });
});
