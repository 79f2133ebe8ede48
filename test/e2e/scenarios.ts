import type { Page } from 'playwright-core';

/** The editable element, the same in the browser and in the desktop app. */
export const EDITOR = '[data-testid="editor"]';

/**
 * The start of a readout as an analyst types it, shared by the Chromium and the Electron
 * suites: a Markdown heading, Word shortcuts for bold and italic, a nested list.
 */
export async function typeReadoutOpening(page: Page): Promise<void> {
  await page.click(EDITOR);
  await page.keyboard.type('# Readout: NSA and Mission Commander\n');
  await page.keyboard.type('The adviser ');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type('asked');
  await page.keyboard.press('ControlOrMeta+b');
  await page.keyboard.type(' states to ');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type('repatriate');
  await page.keyboard.press('ControlOrMeta+i');
  await page.keyboard.type(' their nationals.\n');
  await page.keyboard.type('- Repatriation of detainees\n');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Leaders among them\n');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.type('Prison inspections\n\n');
}

/** An invented article and the passage the scenario cites from it. */
export const SOURCE_SCENARIO = {
  text: 'Inspection plan announced\n\nPORT SALAMA — Officials said on Sunday that an inspection campaign in the prisons would begin next month, with teams visiting each site.',
  passage: 'an inspection campaign in the prisons would begin next month',
  reliability: 'B',
  credibility: '2',
};

/**
 * Adds a source by pasting its text, grades it, and cites `passage` (selected in the
 * source viewer) at the end of the document: the core of the sources feature, shared by
 * the Chromium and the Electron suites.
 */
export async function pasteSourceAndCite(page: Page, source: { text: string; passage: string; reliability: string; credibility: string }): Promise<void> {
  await page.click('[data-testid="toggle-sources"]');
  await page.click('[data-testid="add-source-paste"]');
  await page.fill('[data-testid="paste-source"]', source.text);
  await page.click('[data-testid="capture-source"]');
  await page.locator('[data-source-field="reliability"]').selectOption(source.reliability);
  await page.locator('[data-source-field="credibility"]').selectOption(source.credibility);
  await page.click('[data-testid="add-source"]');
  await page.click(EDITOR);
  await page.keyboard.press('ControlOrMeta+End');
  await selectInViewer(page, source.passage);
  await page.click('[data-testid="cite-selection"]');
  await page.locator(`${EDITOR} [data-testid="citation"]`).last().waitFor();
}

/** Selects `passage` in the source viewer's text, as dragging over it would. */
export async function selectInViewer(page: Page, passage: string): Promise<void> {
  await page.locator('[data-testid="source-text"]').evaluate((element, words) => {
    const text = element.firstChild as Text;
    const start = (text.textContent ?? '').indexOf(words);
    if (start < 0) throw new Error(`"${words}" is not in the source text`);
    const range = document.createRange();
    range.setStart(text, start);
    range.setEnd(text, start + words.length);
    const selection = window.getSelection() as Selection;
    selection.removeAllRanges();
    selection.addRange(range);
  }, passage);
}
