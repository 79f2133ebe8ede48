import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../core/document/container';
import { sampleReadout } from '../fixtures/documents';
import { EDITOR, startE2ESession, type E2ESession } from './harness';
import { saveAs } from './scenarios';

async function recoveryFiles(session: E2ESession): Promise<string[]> {
  return readdir(join(session.workspace, '.briefwright', 'recovery')).catch(() => []);
}

/** The body text of the recovery copies: a copy can be made mid-typing (at most every two seconds), so a test waits for the one with its last words. */
async function recoveredBodies(session: E2ESession): Promise<string> {
  const folder = join(session.workspace, '.briefwright', 'recovery');
  const copies = (await recoveryFiles(session)).filter((name) => name.endsWith('.brief'));
  const bodies = await Promise.all(copies.map(async (name) => JSON.stringify(decodeBrief(new Uint8Array(await readFile(join(folder, name)))).body)));
  return bodies.join('\n');
}

describe('never losing an analyst’s work', () => {
  let session: E2ESession;

  beforeEach(async () => {
    // A short liveness window, so a crashed tab counts as gone within the test.
    session = await startE2ESession({ sessionTimeoutMs: 300 });
    await session.openApp();
  });
  afterEach(() => session.close());

  it('recovers what was typed when the page crashes before saving', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.type('Key points from the meeting\nThe adviser asked states to repatriate their nationals.');
    await expect.poll(() => recoveryFiles(session), { timeout: 4000 }).toHaveLength(2);
    await expect.poll(() => recoveredBodies(session)).toContain('repatriate their nationals.');
    const typed = await page.locator(EDITOR).innerHTML();

    // A real renderer crash: Page.crash never answers, so wait for the page's crash event instead.
    const devtools = await page.context().newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    void devtools.send('Page.crash').catch(() => undefined);
    await crashed;

    const second = await session.openSecondWindow();
    const dialog = second.locator('[data-testid="recovery-dialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Key points from the meeting The adviser asked');
    await second.click('[data-testid="recovery-dialog"] button:has-text("Restore")');
    await expect.poll(() => second.locator(EDITOR).innerHTML()).toBe(typed);
    expect(await second.locator('[data-testid="unsaved-mark"]').count()).toBe(1);

    // Restored work is kept under the new window's own entry until it is saved.
    await expect.poll(() => recoveryFiles(session)).toHaveLength(2);
    await second.keyboard.press('Control+Shift+s');
    await second.fill('[data-testid="save-as-name"]', 'recovered');
    await second.keyboard.press('Enter');
    await expect.poll(() => recoveryFiles(session)).toEqual([]);
    const saved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'recovered.brief'))));
    expect(saved.metadata.title).toBe('');
    expect(JSON.stringify(saved.body)).toContain('The adviser asked states to repatriate their nationals.');
  });

  it('asks before overwriting a file changed behind its back', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.type('My version of the readout');
    await saveAs(session.page, 'shared');
    const path = join(session.workspace, 'shared.brief');

    const theirs = sampleReadout();
    theirs.metadata.title = 'Their version';
    await writeFile(path, encodeBrief(theirs));

    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(', with more detail');
    await page.keyboard.press('Control+s');
    const dialog = page.locator('[data-testid="conflict-dialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('“shared.brief” was changed by another program or window since you opened it.');
    expect(decodeBrief(new Uint8Array(await readFile(path))).metadata.title).toBe('Their version');

    await page.click('[data-testid="conflict-dialog"] [data-choice="save-as"]');
    await page.fill('[data-testid="save-as-name"]', 'mine');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="unsaved-mark"]').waitFor({ state: 'detached' });
    expect(decodeBrief(new Uint8Array(await readFile(path))).metadata.title).toBe('Their version');
    expect(JSON.stringify(decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'mine.brief')))).body)).toContain('with more detail');
  });

  it('keeps the document open and unsaved when its folder vanished before saving', async () => {
    const { page } = session;
    const { mkdir, rm } = await import('node:fs/promises');
    await mkdir(join(session.workspace, 'drafts'));
    await page.click(EDITOR);
    await page.keyboard.type('A draft in a folder that will vanish');
    await saveAs(session.page, 'drafts/vanishing');
    await rm(join(session.workspace, 'drafts'), { recursive: true });

    await page.keyboard.type(', and a later sentence');
    await page.keyboard.press('Control+s');
    const bar = page.locator('[data-testid="error-bar"]');
    await bar.waitFor();
    expect(await bar.innerText()).toContain('Cannot save "vanishing.brief": its folder no longer exists.');
    expect(await page.locator('[data-testid="unsaved-mark"]').count()).toBe(1);
    expect(await page.locator(EDITOR).innerText()).toContain('A draft in a folder that will vanish, and a later sentence');
  });

  it('warns when a document is open in another window and offers read-only', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.type('Draft held by the first window');
    await saveAs(session.page, 'held');

    const second = await session.openSecondWindow();
    await second.click('text=Open…');
    await second.click('[data-testid="open-dialog"] button:has-text("held.brief")');
    const dialog = second.locator('[data-testid="locked-dialog"]');
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('“held.brief” is open in another Briefwright window');
    await second.click('[data-testid="locked-dialog"] [data-choice="read-only"]');
    await second.locator('[data-testid="read-only"]').waitFor();
    expect(await second.locator(EDITOR).innerText()).toContain('Draft held by the first window');
    expect(await second.locator(EDITOR).getAttribute('contenteditable')).toBe('false');
  });

  it('opens what can be read of a damaged file as a new document, without touching the file', async () => {
    const { page } = session;
    const path = join(session.workspace, 'damaged.brief');
    const bytes = encodeBrief(sampleReadout());
    const parts = await import('fflate');
    const files = parts.unzipSync(bytes);
    files['sources.json'] = parts.strToU8('[{"id": 1}]');
    const damaged = parts.zipSync(files);
    await writeFile(path, damaged);

    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("damaged.brief")');
    const bar = page.locator('[data-testid="error-bar"]');
    await expect.poll(() => bar.getAttribute('data-code')).toBe('invalid-part');
    expect(await bar.innerText()).toContain('This document is damaged: its list of sources does not have the expected content (part "sources.json").');
    await page.click('[data-testid="error-action"]');
    const notice = page.locator('[data-testid="notice-bar"]');
    await notice.waitFor();
    expect(await notice.innerText()).toContain('Lost: 1 source.');
    expect(await page.locator(EDITOR).locator('h1').innerText()).toBe('Readout: NSA – Mission Commander');
    expect(await page.locator('[data-testid="document-name"]').innerText()).toContain('Readout: NSA – Mission Commander');
    expect(new Uint8Array(await readFile(path))).toEqual(damaged);
  });
});
