import { expect } from 'vitest';
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

/** The threat assessment the markings scenario writes in: its subject, and the hedged judgment it types. */
export const ASSESSMENT_SCENARIO = {
  subject: 'Detainee camps in north-east Syria: break-out risk to mid-2027',
  judgment: 'The cells may attack the camp before spring.',
  fixed: 'The cells will likely attack the camp before spring.',
} as const;

/** The first paragraph of the assessment's first judgment section. */
export function judgmentParagraph(page: Page) {
  return page.locator(`${EDITOR} [data-section-role="judgment"]`).first().locator('xpath=following-sibling::p[1]');
}

/**
 * Starts a threat assessment from its template, marks it UNCLASSIFIED, types a hedged
 * judgment and marks that paragraph SECRET (Alt+Shift+4), which raises the banner.
 */
export async function writeMarkedAssessment(page: Page): Promise<void> {
  const testId = (id: string) => page.locator(`[data-testid="${id}"]`);
  await page.click('text=New');
  await page.click('[data-testid="new-document-dialog"] [data-template="threat-assessment"]');
  await page.fill('[data-field="subject"]', ASSESSMENT_SCENARIO.subject);
  await page.fill('[data-field="date"]', '2026-11-29');
  await page.click('[data-testid="create-document"]');
  await page.locator('[data-testid="new-document-dialog"]').waitFor({ state: 'detached' });
  await testId('edit-marking').click();
  await page.selectOption('[data-testid="marking-scheme"]', 'us');
  await page.selectOption('[data-testid="marking-level"]', 'U');
  await testId('apply-marking').click();
  await expect.poll(() => testId('banner-top-text').innerText()).toBe('UNCLASSIFIED');
  await judgmentParagraph(page).click();
  await page.keyboard.type(ASSESSMENT_SCENARIO.judgment);
  await expect.poll(() => judgmentParagraph(page).innerText()).toContain(ASSESSMENT_SCENARIO.judgment);
  await page.keyboard.press('Alt+Shift+4');
  await expect.poll(() => judgmentParagraph(page).getAttribute('data-portion')).toBe('(S)');
  await expect.poll(() => testId('banner-top-text').innerText()).toBe('SECRET');
}

/** Opens the checks panel and replaces the hedge "may" with the yardstick's "will likely". */
export async function fixHedgeFromChecks(page: Page): Promise<void> {
  await page.click('[data-testid="toggle-checks"]');
  const hedge = page.locator('[data-testid="finding"][data-rule="language.hedge"]').filter({ hasText: '“may”' });
  await hedge.waitFor();
  await hedge.locator('[data-testid="finding-replace"]').selectOption({ label: '“will likely”' });
  await expect.poll(() => judgmentParagraph(page).innerText()).toContain(ASSESSMENT_SCENARIO.fixed);
  await expect.poll(() => hedge.count()).toBe(0);
}

/**
 * The text of the editor's own selection ('' when collapsed; null before the editor exists).
 * Tests wait on it rather than on the page's selection: Chromium runs a key press before a
 * pending selectionchange, so a key sent right after Ctrl+A or Shift+Home can act on the
 * editor's previous selection.
 */
export function editorSelection(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    interface EditorStateView {
      read<T>(callback: () => T): T;
      _selection: { getTextContent(): string } | null;
    }
    const root = document.querySelector<HTMLElement & { __lexicalEditor?: { getEditorState(): EditorStateView } }>('[data-lexical-editor]');
    const state = root?.__lexicalEditor?.getEditorState();
    return state ? state.read(() => state._selection?.getTextContent() ?? '') : null;
  });
}

/** The text node the editor's caret (its selection's anchor) is in, and the offset in it; null without a selection. */
export function editorCaret(page: Page): Promise<{ text: string; offset: number } | null> {
  return page.evaluate(() => {
    interface EditorStateView {
      read<T>(callback: () => T): T;
      _selection: { anchor: { offset: number; getNode(): { getTextContent(): string } } } | null;
    }
    const root = document.querySelector<HTMLElement & { __lexicalEditor?: { getEditorState(): EditorStateView } }>('[data-lexical-editor]');
    const state = root?.__lexicalEditor?.getEditorState();
    return state?.read(() => (state._selection ? { text: state._selection.anchor.getNode().getTextContent(), offset: state._selection.anchor.offset } : null)) ?? null;
  });
}

/** Waits until the editor itself holds `text` as its selection (see editorSelection). */
export async function expectEditorSelection(page: Page, text: string): Promise<void> {
  await expect.poll(() => editorSelection(page)).toBe(text);
}

/**
 * Copy, cut and paste as the editor sees them, through one clipboard the test holds: the
 * browser's own clipboard is shared with whatever else runs on the machine.
 */
export async function clipboard(page: Page, action: 'copy' | 'cut' | 'paste'): Promise<void> {
  await page.locator(EDITOR).evaluate((editor, kind) => {
    const holder = window as unknown as { testClipboard?: DataTransfer };
    if (kind !== 'paste') holder.testClipboard = new DataTransfer();
    editor.dispatchEvent(new ClipboardEvent(kind, { clipboardData: holder.testClipboard ?? null, bubbles: true, cancelable: true }));
  }, action);
}

/** Save As under `name` in the workspace, waiting until the document shows as saved. */
export async function saveAs(page: Page, name: string): Promise<void> {
  await page.keyboard.press('Control+Shift+s');
  await page.fill('[data-testid="save-as-name"]', name);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="unsaved-mark"]').waitFor({ state: 'detached' });
}
