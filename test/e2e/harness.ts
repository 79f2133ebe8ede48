import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { startWebHost, type RunningWebHost } from '../../electron/web-host/server';
import { QUIET_CHROMIUM_ARGS } from './chromium-args';
import { EDITOR } from './scenarios';

const CHROMIUM = process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const RENDERER = fileURLToPath(new URL('../../dist/renderer', import.meta.url));


export interface E2ESession {
  browser: Browser;
  page: Page;
  host: RunningWebHost;
  workspace: string;
  /** Every request the page made, in order. */
  requests: Request[];
  /** Errors thrown in the page, and CSP violations; a passing test expects none. */
  pageErrors: string[];
  /** Loads the app (as a person opening the printed address) and waits for the editor. */
  openApp(): Promise<void>;
  /** Opens the app in a second tab of the same browser, as a second window would. */
  openSecondWindow(): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2ESession(options: { sessionTimeoutMs?: number } = {}): Promise<E2ESession> {
  const workspace = await mkdtemp(join(tmpdir(), 'briefwright-e2e-'));
  const host = await startWebHost({ workspace, rendererRoot: RENDERER, version: 'test', sessionTimeoutMs: options.sessionTimeoutMs });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: [...QUIET_CHROMIUM_ARGS] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
  const page = await context.newPage();
  const requests: Request[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requests.push(request));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });
  return {
    browser,
    page,
    host,
    workspace: host.workspace,
    requests,
    pageErrors,
    async openApp() {
      await page.goto(host.url);
      await page.locator('[data-testid="editor"]').waitFor();
    },
    async openSecondWindow() {
      const second = await context.newPage();
      second.on('pageerror', (error) => pageErrors.push(error.message));
      second.on('request', (request) => requests.push(request));
      await second.goto(host.url);
      await second.locator(EDITOR).waitFor();
      return second;
    },
    async close() {
      await browser.close();
      await host.close();
      await rm(workspace, { recursive: true, force: true });
    },
  };
}

export { EDITOR } from './scenarios';

/** A new app session with the editor focused; missing elements fail in seconds, not after a long wait. */
export async function openFreshEditor(): Promise<E2ESession> {
  const session = await startE2ESession();
  await session.openApp();
  session.page.setDefaultTimeout(5000);
  await session.page.click(EDITOR);
  return session;
}

/** Ends a session, failing the test if the page threw or broke its Content-Security-Policy. */
export async function closeExpectingNoPageErrors(session: E2ESession): Promise<void> {
  const errors = [...session.pageErrors];
  await session.close();
  if (errors.length > 0) throw new Error(`The page reported errors:\n${errors.join('\n')}`);
}
