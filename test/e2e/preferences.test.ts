import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeBrief } from '../../core/document/container';
import { closeExpectingNoPageErrors, EDITOR, openFreshEditor, startE2ESession, type E2ESession } from './harness';
import { saveAs } from './scenarios';

const DIALOG = '[data-testid="preferences-dialog"]';

function dataFolder(session: E2ESession): string {
  return join(session.workspace, '.briefwright');
}

async function storedPreferences(session: E2ESession): Promise<unknown> {
  return JSON.parse(await readFile(join(dataFolder(session), 'preferences.json'), 'utf8'));
}

async function openPreferences(page: Page): Promise<void> {
  await page.click('[data-testid="open-preferences"]');
  await page.locator(DIALOG).waitFor();
}

describe('preferences', () => {
  let session: E2ESession;
  afterEach(() => closeExpectingNoPageErrors(session));

  it('keep the author and the default marking across a reload, and new documents (the blank page, a readout) take them', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await openPreferences(page);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pref-author');
    await page.fill('[data-testid="pref-author"]', 'R. Okafor');
    await page.selectOption('[data-testid="pref-marking-scheme"]', 'tlp');
    await page.selectOption('[data-testid="pref-marking-level"]', 'TLP:AMBER');
    await page.selectOption('[data-testid="pref-yardstick"]', 'phia');
    await page.check('[data-testid="pref-notes-endnotes"]');

    // A delay out of range is refused beside its field, and nothing is saved.
    await page.fill('[data-testid="pref-autosave"]', '90');
    await page.click('[data-testid="save-preferences"]');
    expect(await page.locator('[data-testid="pref-autosave-problem"]').innerText()).toBe('Enter a whole number of seconds from 1 to 60.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pref-autosave');
    expect(await page.locator('[data-testid="pref-autosave"]').getAttribute('aria-invalid')).toBe('true');
    expect(await readdir(dataFolder(session)).catch(() => [])).not.toContain('preferences.json');

    await page.fill('[data-testid="pref-autosave"]', '5');
    await page.click('[data-testid="save-preferences"]');
    await page.locator(DIALOG).waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="notice-bar"]').innerText()).toContain('Preferences saved.');
    expect(await storedPreferences(session)).toEqual({
      author: 'R. Okafor',
      defaultTemplate: 'blank',
      marking: { scheme: 'tlp', level: 'TLP:AMBER' },
      yardstick: 'phia',
      notes: 'endnotes',
      autosaveDelaySeconds: 5,
      spellingLanguage: 'en-US',
    });

    await page.reload();
    await page.locator(EDITOR).waitFor();
    await openPreferences(page);
    expect(await page.inputValue('[data-testid="pref-author"]')).toBe('R. Okafor');
    expect(await page.inputValue('[data-testid="pref-marking-scheme"]')).toBe('tlp');
    expect(await page.inputValue('[data-testid="pref-marking-level"]')).toBe('TLP:AMBER');
    expect(await page.inputValue('[data-testid="pref-yardstick"]')).toBe('phia');
    expect(await page.isChecked('[data-testid="pref-notes-endnotes"]')).toBe(true);
    expect(await page.inputValue('[data-testid="pref-autosave"]')).toBe('5');
    await page.keyboard.press('Escape');
    await page.locator(DIALOG).waitFor({ state: 'detached' });

    // The blank page the window opened with is a new document too.
    await page.click(EDITOR);
    await page.keyboard.type('Notes from the call');
    await saveAs(page, 'notes.brief');
    const notes = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'notes.brief'))));
    expect(notes.metadata.author).toBe('R. Okafor');
    expect(notes.marking).toMatchObject({ scheme: 'tlp', level: 'TLP:AMBER' });
    expect(notes.settings).toMatchObject({ yardstick: 'phia', notes: 'endnotes' });

    // The built-in readout leaves marking, yardstick and notes to the preferences.
    await page.click('text=New');
    await page.click('[data-testid="new-document-dialog"] [data-template="meeting-readout"]');
    await page.fill('[data-field="subject"]', 'Harbour authority');
    await page.fill('[data-field="date"]', '2026-11-24');
    await page.fill('[data-person="0-name"]', 'R. Okafor');
    await page.click('[data-testid="create-document"]');
    await page.locator('[data-testid="new-document-dialog"]').waitFor({ state: 'detached' });
    await saveAs(page, 'harbour.brief');

    const saved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'harbour.brief'))));
    expect(saved.metadata).toMatchObject({ author: 'R. Okafor', templateId: 'meeting-readout', title: 'Harbour authority' });
    expect(saved.marking).toMatchObject({ scheme: 'tlp', level: 'TLP:AMBER' });
    expect(saved.settings).toEqual({ citationStyle: 'notes', yardstick: 'phia', notes: 'endnotes' });
  });

  it('mark the default template on the start strip and under New, where Enter takes it', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await openPreferences(page);
    await page.selectOption('[data-testid="pref-template"]', 'threat-assessment');
    await page.click('[data-testid="save-preferences"]');
    await page.locator(DIALOG).waitFor({ state: 'detached' });

    const preferredCard = page.locator('[data-testid="start-strip"] [data-preferred]');
    expect(await preferredCard.getAttribute('data-template')).toBe('threat-assessment');
    expect(await preferredCard.innerText()).toContain('your default');

    await page.keyboard.press('Control+Alt+n');
    await page.locator('[data-testid="new-document-dialog"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-template'))).toBe('threat-assessment');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="new-document-dialog"] .dialog-title').innerText()).toBe('New threat assessment');
  });

  it('copy unsaved work aside for recovery after the autosave delay chosen, not before', async () => {
    session = await openFreshEditor();
    const { page } = session;
    const recoveryCopies = () => readdir(join(dataFolder(session), 'recovery')).catch(() => [] as string[]);
    await openPreferences(page);
    await page.fill('[data-testid="pref-autosave"]', '4');
    await page.click('[data-testid="save-preferences"]');
    await page.locator(DIALOG).waitFor({ state: 'detached' });

    await page.click(EDITOR);
    await page.keyboard.type('Notes from the call');
    const typedAt = Date.now();
    await page.waitForTimeout(2000);
    expect(await recoveryCopies()).toEqual([]);
    // One entry is two files: what the copy is of, and the document.
    await expect.poll(recoveryCopies, { timeout: 10_000 }).toHaveLength(2);
    expect(Date.now() - typedAt).toBeGreaterThanOrEqual(3500);
  });

  it('take the spelling language chosen in the status bar', async () => {
    session = await openFreshEditor();
    const { page } = session;
    await page.selectOption('[data-testid="spelling-language"]', 'en-GB');
    await expect.poll(() => storedPreferences(session).catch(() => null)).toMatchObject({ spellingLanguage: 'en-GB' });
    await page.reload();
    await page.locator(EDITOR).waitFor();
    await expect.poll(() => page.inputValue('[data-testid="spelling-language"]')).toBe('en-GB');
    await openPreferences(page);
    expect(await page.inputValue('[data-testid="pref-spelling"]')).toBe('en-GB');
  });

  it('set a damaged file aside, use the defaults and say so once', async () => {
    session = await startE2ESession();
    await mkdir(dataFolder(session), { recursive: true });
    await writeFile(join(dataFolder(session), 'preferences.json'), '{"author": "R. Okafor", "autosaveDelaySeconds": 600}');
    await session.openApp();
    const { page } = session;
    const notice = page.locator('[data-testid="notice-bar"]');
    expect(await notice.innerText()).toMatch(/Your preferences could not be read \(autosaveDelaySeconds must be at most 60\), so Briefwright set the file aside as “preferences\.damaged-[0-9TZ-]+\.json” and is using the defaults\./);
    const files = await readdir(dataFolder(session));
    expect(files.filter((name) => name.startsWith('preferences.damaged-'))).toHaveLength(1);
    expect(files).not.toContain('preferences.json');

    await openPreferences(page);
    expect(await page.inputValue('[data-testid="pref-author"]')).toBe('');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.locator(EDITOR).waitFor();
    expect(await page.locator('[data-testid="notice-bar"]').count()).toBe(0);
  });
});
