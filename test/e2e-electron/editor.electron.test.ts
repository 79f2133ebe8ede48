import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostMethods } from '../../core/contract';
import { decodeBrief } from '../../core/document/container';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/content-security';
import { fixHedgeFromChecks, pasteSourceAndCite, SOURCE_SCENARIO, typeReadoutOpening, writeMarkedAssessment } from '../e2e/scenarios';

// The page's elements this suite relies on, in one place (the editor UI is young).
const SELECTORS = {
  editor: '[data-testid="editor"]',
  unsavedMark: '[data-testid="unsaved-mark"]',
  unsavedDialog: '[data-testid="unsaved-dialog"]',
  errorBar: '[data-testid="error-bar"]',
} as const;

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Electron executable the way the `electron` package (and Playwright through it) finds it. */
function electronBinary(): { path: string | null; why: string } {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative || 'electron');
    return existsSync(candidate) ? { path: candidate, why: '' } : { path: null, why: `${candidate} missing` };
  }
  if (!relative) return { path: null, why: 'node_modules/electron/path.txt missing' };
  const candidate = join(root, 'node_modules/electron/dist', relative);
  return existsSync(candidate) ? { path: candidate, why: '' } : { path: null, why: `node_modules/electron/dist/${relative} missing` };
}

const binary = electronBinary();
if (!binary.path) {
  console.log(`Electron end-to-end suite skipped: no Electron binary on this machine (${binary.why}).`);
}

interface Launched {
  app: ElectronApplication;
  page: Page;
  /** Errors thrown in the page, and CSP violations; a passing test expects none. */
  pageErrors: string[];
  /** Every URL the page requested. */
  requests: string[];
}

/** Starts the built app (dist/) as `electron .` would, with dialog answers fixed by the environment. */
async function launch(env: Record<string, string>): Promise<Launched> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter((entry): entry is [string, string] => entry[1] !== undefined));
  delete inherited.ELECTRON_RUN_AS_NODE;
  const app = await electron.launch({ args: ['.'], cwd: root, env: { ...inherited, BRIEFWRIGHT_E2E: '1', ...env } });
  const page = await app.firstWindow();
  const pageErrors: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  await page.locator(SELECTORS.editor).waitFor();
  return { app, page, pageErrors, requests };
}

/** Clicks an item of the application menu, as the analyst would. */
async function clickMenu(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click();
  }, id);
}

function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

describe.skipIf(!binary.path)('the desktop app', () => {
  let folder: string;
  let documentPath: string;
  let first: Launched;

  let runs = 0;
  // Each run gets its own app data folder, so no run is offered another's crash recovery.
  const dialogAnswers = (): Record<string, string> => ({
    BRIEFWRIGHT_TEST_SAVE_PATH: documentPath,
    BRIEFWRIGHT_TEST_OPEN_PATH: documentPath,
    BRIEFWRIGHT_TEST_USER_DATA: join(folder, `user-data-${(runs += 1)}`),
  });

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'briefwright-electron-'));
    documentPath = join(folder, 'araji-readout.brief');
    first = await launch(dialogAnswers());
  });

  afterAll(async () => {
    await first?.app.close().catch(() => undefined);
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('shows the page from app://briefwright with its Content-Security-Policy', async () => {
    const { page } = first;
    expect(page.url()).toBe('app://briefwright/index.html');
    const csp = await page.evaluate(async () => (await fetch('./index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  it('isolates the page: no Node, and only the contract on window.briefwright', async () => {
    const { page } = first;
    const seen = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      bridge: Object.keys((window as unknown as { briefwright: object }).briefwright).sort(),
    }));
    expect(seen).toEqual({ require: 'undefined', process: 'undefined', bridge: [...hostMethods, 'onMenuCommand', 'onOpenPath'].sort() });


    const info = await page.evaluate(() => (window as unknown as { briefwright: { getAppInfo(input: object): Promise<unknown> } }).briefwright.getAppInfo({}));
    expect(info).toMatchObject({ ok: true, value: { shell: 'electron', nativeDialogs: true, workspace: null } });
  });

  it('refuses a document path the analyst never chose in a dialog', async () => {
    const answer = await first.page.evaluate(() =>
      (window as unknown as { briefwright: { openDocument(input: object): Promise<unknown> } }).briefwright.openDocument({ path: '/etc/secrets.brief', sessionId: 'e2e-session-0001' }),
    );
    expect(answer).toMatchObject({ ok: false, error: { code: 'permission-denied' } });
  });

  it('opens no new window, does not navigate away and reaches no network', async () => {
    const { app, page } = first;
    expect(await page.evaluate(() => window.open('https://example.org/') === null)).toBe(true);
    expect(app.windows()).toHaveLength(1);

    await page.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe('app://briefwright/index.html');

    const fetched = await page.evaluate(() => fetch('https://example.org/').then(() => 'loaded', () => 'refused'));
    expect(fetched).toBe('refused');
  });

  it('writes a readout, saves it through the Save dialog and reopens it identical in a new run', async () => {
    const { app, page } = first;
    const editor = page.locator(SELECTORS.editor);
    await typeReadoutOpening(page);
    await expect.poll(() => editor.locator('h1').textContent()).toBe('Readout: NSA and Mission Commander');
    const typed = await editor.innerHTML();
    expect(typed).toContain('<strong');
    expect(typed).toContain('<em');
    expect(await editor.locator('ul ul li').count()).toBe(1);
    await expect.poll(() => windowTitle(app)).toMatch(/^• .* — Briefwright$/);

    await clickMenu(app, 'save');
    await page.locator(SELECTORS.unsavedMark).waitFor({ state: 'detached' });
    expect(await windowTitle(app)).toBe('araji-readout.brief — Briefwright');
    const saved = decodeBrief(new Uint8Array(await readFile(documentPath)));
    expect(saved.metadata.title).toBe('Readout: NSA and Mission Commander');

    await app.close();
    first = await launch(dialogAnswers());
    const reopened = first.page.locator(SELECTORS.editor);
    await clickMenu(first.app, 'open');
    await expect.poll(() => reopened.locator('h1').count()).toBe(1);
    expect(await reopened.innerHTML()).toBe(typed);
    expect(await windowTitle(first.app)).toBe('araji-readout.brief — Briefwright');
    expect(first.pageErrors).toEqual([]);
  });

  it('captures a pasted source and cites a passage of it, as in the browser', async () => {
    const { page } = first;
    await pasteSourceAndCite(page, SOURCE_SCENARIO);
    const marker = page.locator(`${SELECTORS.editor} [data-testid="citation"]`);
    expect(await marker.innerText()).toBe('1');
    await marker.hover();
    expect(await page.locator('[data-testid="citation-card"]').innerText()).toContain(SOURCE_SCENARIO.passage);
    expect(first.pageErrors).toEqual([]);
  });

  it('asks before closing a window with unsaved changes', async () => {
    const { app, page } = first;
    await page.click(SELECTORS.editor);
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.type('An unsaved paragraph');
    await expect.poll(() => windowTitle(app)).toBe('• araji-readout.brief — Briefwright');

    await clickMenu(app, 'close');
    await page.locator(SELECTORS.unsavedDialog).waitFor();
    await page.click(`${SELECTORS.unsavedDialog} button:has-text("Cancel")`);
    expect(app.windows()).toHaveLength(1);
    expect(await page.locator(SELECTORS.editor).innerText()).toContain('An unsaved paragraph');

    const closed = page.waitForEvent('close');
    await clickMenu(app, 'close');
    await page.click(`${SELECTORS.unsavedDialog} button:has-text("Don’t save")`);
    await closed;
    await app.close().catch(() => undefined);
    const onDisk = decodeBrief(new Uint8Array(await readFile(documentPath)));
    expect(JSON.stringify(onDisk.body)).not.toContain('An unsaved paragraph');
  });

  it('shows a clear message for a file that is not a .brief, and leaves it alone', async () => {
    const notes = join(folder, 'notes.brief');
    await writeFile(notes, 'Just some notes, not a document.');
    first = await launch({ ...dialogAnswers(), BRIEFWRIGHT_TEST_OPEN_PATH: notes });
    await clickMenu(first.app, 'open');
    const bar = first.page.locator(SELECTORS.errorBar);
    await expect.poll(() => bar.getAttribute('data-code')).toBe('not-a-brief');
    expect(await bar.innerText()).toContain('This is not a Briefwright document (.brief).');
    expect(await readFile(notes, 'utf8')).toBe('Just some notes, not a document.');
  });

  it('marks a paragraph SECRET, raises the banner and fixes a hedge from the checks panel, as in the browser', async () => {
    const { page } = first;
    await writeMarkedAssessment(page);
    expect(await page.locator('[data-testid="banner-bottom-text"]').innerText()).toBe('SECRET');
    await fixHedgeFromChecks(page);
    expect(first.pageErrors).toEqual([]);
  });

  it('loads nothing from outside the app’s own origin', async () => {
    await first.page.reload();
    await first.page.locator(SELECTORS.editor).waitFor();
    expect(first.requests).toContain('app://briefwright/index.html');
    expect(first.requests.filter((url) => !/^(app:\/\/briefwright\/|blob:app:\/\/briefwright\/|data:)/.test(url))).toEqual([]);
  });
});
