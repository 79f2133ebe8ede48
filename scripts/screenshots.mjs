// Takes the screenshots in docs/images from the running app (web host + Debian's Chromium).
// Usage: npm run build && node scripts/screenshots.mjs
import { mkdtemp, mkdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { spawn } from 'node:child_process';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'docs/images');
await mkdir(out, { recursive: true });
const workspace = await mkdtemp(join(tmpdir(), 'bw-shots-'));

const host = spawn(process.execPath, [join(root, 'dist/host/web-host.mjs'), '--workspace', workspace], { stdio: ['ignore', 'pipe', 'inherit'] });
const url = await new Promise((resolve) => {
  host.stdout.on('data', (chunk) => {
    const match = /(http:\/\/127\.0\.0\.1:\d+\/#token=\S+)/.exec(String(chunk));
    if (match) resolve(match[1]);
  });
});

const browser = await chromium.launch({
  executablePath: process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
await page.goto(url);
const editor = page.locator('[data-testid="editor"]');
await editor.waitFor();
await page.locator('[data-testid="start-strip"]').waitFor();
await page.screenshot({ path: join(out, 'start-strip.png'), clip: { x: 0, y: 0, width: 1360, height: 320 } });
console.log(`Wrote ${join(out, 'start-strip.png')}`);
await editor.click();

const type = (text) => page.keyboard.type(text);
await type('# Readout: Iraqi NSA – Commander, NATO Mission Iraq\n');
await type('## Summary\n');
await type('The National Security Adviser ');
await page.keyboard.press('Control+b');
await type('asked states to repatriate');
await page.keyboard.press('Control+b');
await type(' their nationals held in Iraqi prisons for affiliation with ISIS, and, where they cannot, to ');
await page.keyboard.press('Control+i');
await type('transfer them elsewhere');
await page.keyboard.press('Control+i');
await type('.\n');
await type('## Key points\n');
await type('- Repatriation of foreign detainees\n');
await page.keyboard.press('Tab');
await type('Among them are leaders of the group\n');
await page.keyboard.press('Shift+Tab');
await type('Conditions in the al-Hol camp\n');
await type('Counter-terrorism forces’ prison inspection campaign\n\n');
await type('## Follow-ups\n');
await page.click('[data-testid="insert-table"]');
await page.click('[data-testid="insert-table-confirm"]');
const cells = editor.locator('td, th');
const fill = ['Action', 'Owner', 'Due', 'Send the readout to partners', 'Desk officer', '2 Feb 2022', 'Check the inspection figures', 'Analyst', '4 Feb 2022'];
for (let i = 0; i < fill.length && i < (await cells.count()); i += 1) {
  await cells.nth(i).click();
  await type(fill[i]);
}
await page.keyboard.press('Control+End');
await type('\n');
await type('قال مستشار الأمن الوطني إن العراق يطالب الدول باستعادة رعاياها.');
await page.keyboard.press('Home');
await page.waitForTimeout(400);
await page.screenshot({ path: join(out, 'editor.png') });
console.log(`Wrote ${join(out, 'editor.png')}`);

// The template picker, then a fresh readout from its template.
await page.click('text=New');
await page.click('[data-testid="unsaved-dialog"] button:has-text("Don’t save")');
await page.locator('[data-testid="new-document-dialog"]').waitFor();
await page.screenshot({ path: join(out, 'template-picker.png') });
await page.click('[data-template="meeting-readout"]');
await page.fill('[data-field="subject"]', 'Iraqi NSA al-Araji – Commander, NATO Mission Iraq (Anker)');
await page.fill('[data-field="date"]', '2022-01-30');
await page.fill('[data-person="0-name"]', 'Qasim al-Araji');
await page.fill('[data-person="0-title"]', 'National Security Advisor');
await page.fill('[data-person="0-organisation"]', 'Iraq');
await page.click('text=Add a person');
await page.fill('[data-person="1-name"]', 'Michael Anker');
await page.fill('[data-person="1-title"]', 'Commander');
await page.fill('[data-person="1-organisation"]', 'NATO Mission Iraq');
await page.screenshot({ path: join(out, 'readout-metadata.png') });
await page.click('[data-testid="create-document"]');
await page.locator('[data-section-role]').first().waitFor();
await page.waitForTimeout(300);
await page.locator('.editor-scroll').evaluate((element) => element.scrollTo(0, 0));
await page.screenshot({ path: join(out, 'readout-from-template.png') });
console.log('Wrote template-picker.png, readout-metadata.png, readout-from-template.png');

// A source pasted, confirmed, graded and cited; the citation's hover card; the sources list.
const article = await readFile(new URL('../test/fixtures/sources/erbil-border-article.txt', import.meta.url), 'utf8');
const summary = page.locator('[data-section-role="reporting"]').first().locator('xpath=following-sibling::p[1]');
await summary.click();
await type('The deputy minister said longer opening hours were “the least we owe them.”');
await page.click('[data-testid="toggle-sources"]');
await page.click('[data-testid="add-source-paste"]');
await page.fill('[data-testid="paste-source"]', article);
await page.click('[data-testid="capture-source"]');
await page.locator('[data-source-field="title"]').waitFor();
await page.locator('[data-source-field="reliability"]').selectOption('B');
await page.locator('[data-source-field="credibility"]').selectOption('2');
await page.locator('[data-testid="dropped-lines"] summary').click();
await page.screenshot({ path: join(out, 'source-confirm.png') });
await page.click('[data-testid="add-source"]');
await page.locator('[data-testid="source-text"]').evaluate((element) => {
  const text = element.firstChild;
  const words = 'longer hours were “the least we owe them.”';
  const start = text.textContent.indexOf(words);
  const range = element.ownerDocument.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + words.length);
  const selection = element.ownerDocument.defaultView.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
});
await page.click('[data-testid="cite-selection"]');
await page.locator('[data-testid="citation"]').hover();
await page.locator('[data-testid="citation-card"]').waitFor();
await page.waitForTimeout(300);
await page.screenshot({ path: join(out, 'citation-hover.png') });
await page.click('text=← All sources');
await page.mouse.move(0, 0);
await page.waitForTimeout(200);
await page.screenshot({ path: join(out, 'sources-panel.png') });
console.log('Wrote source-confirm.png, citation-hover.png, sources-panel.png');

// A threat assessment marked SECRET, with portion marks in the margin and the checks panel open.
const assessment = await browser.newPage({ viewport: { width: 1360, height: 900 }, deviceScaleFactor: 1 });
await assessment.goto(url);
await assessment.locator('[data-testid="start-strip"]').waitFor();
await assessment.click('[data-template="threat-assessment"]');
await assessment.fill('[data-field="subject"]', 'Detainee camps in north-east Syria: break-out risk to mid-2027');
await assessment.fill('[data-field="date"]', '2026-11-29');
await assessment.click('[data-testid="create-document"]');
await assessment.locator('[data-section-role]').first().waitFor();
await assessment.click('[data-testid="edit-marking"]');
await assessment.selectOption('[data-testid="marking-scheme"]', 'us');
await assessment.selectOption('[data-testid="marking-level"]', 'S');
await assessment.click('[data-testid="apply-marking"]');
const sectionText = (role, nth = 0) => assessment.locator(`[data-section-role="${role}"]`).nth(nth).locator('xpath=following-sibling::p[1]');
await sectionText('key-judgments').click();
await assessment.keyboard.type('ISIS cells will very likely attempt a break-out from the al-Hol camp before mid-2027.');
await sectionText('judgment').click();
await assessment.keyboard.type('The cells may attack the camp before spring, when guard numbers fall.');
await assessment.keyboard.press('Control+Shift+M');
await assessment.click('[data-testid="portion-typed"]');
await assessment.fill('[data-testid="portion-typed-input"]', 'S//NF');
await assessment.keyboard.press('Enter');
await sectionText('reporting').click();
await assessment.keyboard.type('Guard numbers at the camp fell by a third in October.');
await assessment.click('[data-testid="toggle-checks"]');
await assessment.locator('[data-testid="checks-fix-all-portions"]').click();
await assessment.waitForTimeout(800);
await assessment.locator('[data-testid="finding"]').first().waitFor();
await assessment.locator('.editor-scroll').evaluate((element) => element.scrollTo(0, 0));
await assessment.locator('.checks-groups').evaluate((element) => element.scrollTo(0, 0));
await assessment.mouse.move(0, 0);
await assessment.screenshot({ path: join(out, 'checks-panel.png') });
console.log('Wrote checks-panel.png');

// The same assessment: the portion-mark menu on a paragraph, the marking dialog, the export dialog.
await assessment.click('[data-testid="toggle-checks"]');
await sectionText('reporting').click();
await assessment.keyboard.press('End');
await assessment.keyboard.press('Control+Shift+M');
await assessment.locator('[data-testid="portion-menu"]').waitFor();
await assessment.waitForTimeout(200);
await assessment.screenshot({ path: join(out, 'portion-menu.png') });
await assessment.keyboard.press('Escape');
await assessment.locator('[data-testid="portion-menu"]').waitFor({ state: 'detached' });
await assessment.locator('[data-testid="edit-marking"]').first().click();
await assessment.locator('[data-testid="marking-dialog"]').waitFor();
await assessment.waitForTimeout(200);
await assessment.screenshot({ path: join(out, 'marking-dialog.png') });
await assessment.keyboard.press('Escape');
await assessment.locator('[data-testid="marking-dialog"]').waitFor({ state: 'detached' });
await sectionText('reporting').click();
await assessment.keyboard.press('Control+Shift+E');
await assessment.locator('[data-testid="export-dialog"]').waitFor();
await assessment.locator('[data-testid="export-pdf"]').check();
await assessment.waitForTimeout(200);
await assessment.screenshot({ path: join(out, 'export-dialog.png') });
console.log('Wrote portion-menu.png, marking-dialog.png, export-dialog.png');

await browser.close();
host.kill();
