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
