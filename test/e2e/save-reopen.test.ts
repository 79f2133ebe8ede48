import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../core/document/container';
import { bodyOf, createDocument } from '../../core/document/create';
import { startE2ESession, type E2ESession } from './harness';
import { EDITOR, expectEditorSelection, saveAs, typeReadoutOpening } from './scenarios';

/** Writes a short readout the way an analyst would: markdown shortcuts, Word shortcuts and the toolbar. */
async function writeReadout(session: E2ESession): Promise<void> {
  const { page } = session;
  await typeReadoutOpening(page);
  await page.keyboard.type('Mission page');
  // One key press selects the line: a dozen Shift+ArrowLeft presses can outrun the editor under load.
  await page.keyboard.press('Shift+Home');
  await expectEditorSelection(page, 'Mission page');
  await page.keyboard.press('Control+k');
  await page.fill('[data-testid="link-url"]', 'https://example.org/mission');
  await page.click('[data-testid="link-apply"]');
  // The editor has the focus back with the linked words selected: End puts the caret after
  // them, and Enter waits until the editor has it there (it would otherwise replace them).
  await page.keyboard.press('End');
  await expectEditorSelection(page, '');
  await page.keyboard.press('Enter');
  await page.click('[data-testid="insert-table"]');
  await page.click('[data-testid="insert-table-confirm"]');
  await page.locator(`${EDITOR} table td, ${EDITOR} table th`).first().click();
  await page.keyboard.type('Owner');
}

describe('writing, saving and reopening a readout', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await startE2ESession();
    await session.openApp();
  });
  afterAll(() => session.close());

  it('gets back the identical document after a reload', async () => {
    const { page } = session;
    await writeReadout(session);
    const editor = page.locator(EDITOR);
    await expect.poll(() => editor.locator('h1').textContent()).toBe('Readout: NSA and Mission Commander');
    await expect.poll(() => page.locator('[data-testid="unsaved-mark"]').count()).toBe(1);
    const typed = await editor.innerHTML();
    expect(typed).toContain('<strong');
    expect(typed).toContain('<em');
    expect(await editor.locator('ul ul li').count()).toBe(1);
    expect(await editor.locator('table').count()).toBe(1);
    expect(await editor.locator('a[href="https://example.org/mission"]').textContent()).toBe('Mission page');

    await saveAs(session.page, 'araji-readout');
    expect(await page.title()).toBe('araji-readout.brief — Briefwright');
    const saved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'araji-readout.brief'))));
    expect(saved.metadata.title).toBe('Readout: NSA and Mission Commander');

    await page.reload();
    await editor.waitFor();
    expect(await editor.innerText()).toBe('\n');
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("araji-readout.brief")');
    await expect.poll(() => editor.locator('h1').count()).toBe(1);
    expect(await editor.innerHTML()).toBe(typed);
    expect(await page.locator('[data-testid="unsaved-mark"]').count()).toBe(0);

    // Saving the reopened document writes the same body: nothing drifted through the round trip.
    await page.click('[data-testid="save"]');
    const resaved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'araji-readout.brief'))));
    expect(resaved.body).toEqual(saved.body);

    // The next save sends only the paragraph that changed; the file still holds the whole document.
    await editor.locator('h1').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' (revised)');
    await page.locator('[data-testid="unsaved-mark"]').waitFor();
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="unsaved-mark"]').waitFor({ state: 'detached' });
    const revised = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'araji-readout.brief'))));
    expect(revised.body.root.children).toHaveLength(saved.body.root.children.length);
    expect(revised.body.root.children[0]).not.toEqual(saved.body.root.children[0]);
    expect(JSON.stringify(revised.body.root.children[0])).toContain('(revised)');
    expect(revised.body.root.children.slice(1)).toEqual(saved.body.root.children.slice(1));
    expect(session.pageErrors).toEqual([]);
  });

  it('asks before discarding unsaved changes', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type('An unsaved paragraph');
    await page.keyboard.press('Control+Alt+n');
    await page.locator('[data-testid="unsaved-dialog"]').waitFor();
    await page.click('[data-testid="unsaved-dialog"] button:has-text("Cancel")');
    expect(await page.locator(EDITOR).innerText()).toContain('An unsaved paragraph');
    await page.keyboard.press('Control+Alt+n');
    await page.click('[data-testid="unsaved-dialog"] button:has-text("Don’t save")');
    await page.click('[data-testid="new-document-dialog"] [data-template="blank"]');
    await page.click('[data-testid="create-document"]');
    await expect.poll(() => page.locator(EDITOR).innerText()).toBe('\n');
    expect(await page.locator('[data-testid="document-name"]').innerText()).toBe('Untitled');
  });

  it('opens a SECRET document with an unmarked portion as it was saved: no mark added, nothing to undo, no unsaved change', async () => {
    const { page } = session;
    const { writeFile } = await import('node:fs/promises');
    const paragraph = (text: string, portion?: string) => ({
      type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
      children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text }],
      ...(portion ? { $: { portion } } : {}),
    });
    const document = createDocument({ now: new Date('2026-11-01T09:00:00Z'), title: 'Camp guards' });
    document.marking = { scheme: 'us', level: 'S', controls: [], titlePortion: 'S' };
    document.body = bodyOf([paragraph('Guard numbers fell by a third.', 'S'), paragraph('Nobody has marked this paragraph yet.')]);
    await writeFile(join(session.workspace, 'unmarked-portion.brief'), encodeBrief(document));

    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("unmarked-portion.brief")');
    const editor = page.locator(EDITOR);
    await expect.poll(() => editor.locator('p').nth(1).textContent()).toBe('Nobody has marked this paragraph yet.');
    expect(await editor.locator('p').nth(0).getAttribute('data-portion')).toBe('(S)');
    // Still unmarked, shown as such: a new portion takes the mark before it, an opened one keeps what it had.
    expect(await editor.locator('p').nth(1).getAttribute('data-portion-state')).toBe('unmarked');
    expect(await page.locator('[data-testid="unsaved-mark"]').count()).toBe(0);
    expect(await page.locator('[data-testid="undo"]').isDisabled()).toBe(true);
  });

  it('shows a clear message for a file that is not a .brief, and leaves it alone', async () => {
    const { page } = session;
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(session.workspace, 'notes.brief'), 'Just some notes, not a document.');
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("notes.brief")');
    const bar = page.locator('[data-testid="error-bar"]');
    await expect.poll(() => bar.getAttribute('data-code')).toBe('not-a-brief');
    expect(await bar.innerText()).toContain('This is not a Briefwright document (.brief).');
    expect(await readFile(join(session.workspace, 'notes.brief'), 'utf8')).toBe('Just some notes, not a document.');
  });

  it('made no request that left the loopback address during the whole session', () => {
    expect(session.requests.length).toBeGreaterThan(5);
    const offLoopback = session.requests.map((request) => request.url()).filter((url) => !/^(http:\/\/127\.0\.0\.1:\d+\/|blob:|data:)/.test(url));
    expect(offLoopback).toEqual([]);
  });
});
