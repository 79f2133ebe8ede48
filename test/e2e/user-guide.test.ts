import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/content-security';
import { closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';

const GUIDE = fileURLToPath(new URL('../../docs/USER-GUIDE.md', import.meta.url));

describe('the user guide, offline', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('is served by the web host as a static page with its stylesheet, under the page’s security headers', async () => {
    const guide = await fetch(`${session.host.origin}/help/user-guide.html`);
    expect(guide.status).toBe(200);
    expect(guide.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(guide.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const html = await guide.text();
    expect(html).toContain('<h2 id="keyboard-shortcuts">Keyboard shortcuts</h2>');
    expect(html).toContain('<td>Cite the selected passage</td>');
    expect(html).not.toMatch(/<script/i);

    const stylesheet = await fetch(`${session.host.origin}/help/user-guide.css`);
    expect(stylesheet.status).toBe(200);
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('opens in a new tab on F1, styled, with its contents linking to each part', async () => {
    const { page } = session;
    const [guide] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('F1')]);
    await guide.waitForLoadState('load');
    expect(new URL(guide.url()).pathname).toBe('/help/user-guide.html');
    expect(await guide.title()).toBe('Briefwright User Guide');
    expect(await guide.locator('main h1').innerText()).toBe('Briefwright User Guide');
    // One entry per part of the guide, in its order.
    const parts = [...(await readFile(GUIDE, 'utf8')).matchAll(/^## (.+)$/gm)].map((match) => match[1]);
    expect(parts).toEqual(expect.arrayContaining(['Starting a document', 'Checks and markings', 'Export', 'Keyboard shortcuts', 'Where your files are kept']));
    expect(await guide.locator('nav.contents a').allInnerTexts()).toEqual(parts);
    // The stylesheet loaded despite the policy: the contents sit beside the text.
    expect(await guide.evaluate(() => getComputedStyle(document.body).display)).toBe('grid');
    expect(await guide.evaluate(() => document.scripts.length)).toBe(0);
    // The screenshots ship with it and load offline.
    const checksShot = guide.locator('main img[src="images/checks-panel.png"]');
    await expect.poll(() => checksShot.evaluate((image) => (image as HTMLImageElement).naturalWidth)).toBeGreaterThan(1000);

    await guide.click('nav.contents >> text=Where your files are kept');
    expect(new URL(guide.url()).hash).toBe('#where-your-files-are-kept');
    expect(await guide.locator('#where-your-files-are-kept + p').innerText()).toContain('each is one .brief file');
    await guide.close();

    // The editor's tab is still there, untouched.
    expect(await page.locator('[data-testid="document-name"]').innerText()).toMatch(/Untitled/);
  });
});
