import { spawn, type ChildProcess } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../../test/e2e/chromium-args';
import { installProbe } from './probe';

/** Debian's Chromium, as the end-to-end tests use it (BRIEFWRIGHT_CHROMIUM overrides). */
export const CHROMIUM = process.env.BRIEFWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** As the end-to-end tests run Chromium, plus precise heap figures. */
const CHROMIUM_ARGS = [...QUIET_CHROMIUM_ARGS, '--enable-precise-memory-info'];

export const EDITOR = '[data-testid="editor"]';
/** The document's top-level blocks: the editor holds them in groups (renderer/editor/block-groups.ts). */
export const BLOCKS = `${EDITOR} > .bw-block-group > *`;

export interface StartupTimes {
  /** Spawning `node dist/host/web-host.mjs` until it prints its address. */
  hostMs: number;
  /** Launching Chromium (not counted in start-up: a user's browser is already running). */
  browserLaunchMs: number;
  /** Navigation start until the editor was editable and a frame painted after it. */
  pageMs: number;
  /** Host start plus page: what an analyst waits from `npm run web` (browser open) to typing. */
  totalMs: number;
  /** The JavaScript files (scripts and workers) the page asked for before it was editable. */
  scripts: string[];
}

export interface BrowserSession {
  page: Page;
  cdp: CDPSession;
  workspace: string;
  startup: StartupTimes;
  close(): Promise<void>;
}

/**
 * A web host of its own (the built one, as `npm run web` starts it) over a fresh workspace
 * holding `files`, and a fresh Chromium with the probe installed, on the editor. Timed from
 * the spawn, for the start-up figure.
 */
export async function startBrowserSession(root: string, files: readonly string[]): Promise<BrowserSession> {
  const workspace = await mkdtemp(join(process.env.TMPDIR ?? '/tmp', 'briefwright-bench-ws-'));
  for (const file of files) await copyFile(file, join(workspace, file.split('/').pop() as string));
  const hostStarted = performance.now();
  const host = spawn(process.execPath, [join(root, 'dist', 'host', 'web-host.mjs'), '--workspace', workspace, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let browser: Browser | null = null;
  const close = async (): Promise<void> => {
    await browser?.close().catch(() => undefined);
    await stopHost(host);
    await rm(workspace, { recursive: true, force: true });
  };
  try {
    const url = await hostAddress(host);
    const hostMs = performance.now() - hostStarted;
    const launched = performance.now();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const browserLaunchMs = performance.now() - launched;
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await context.newPage();
    await page.addInitScript(installProbe);
    const requested: string[] = [];
    page.on('request', (request) => {
      if (/\.m?js(\?|$)/.test(request.url())) requested.push(new URL(request.url()).pathname);
    });
    await page.goto(url);
    await page.waitForFunction(() => window.__bwBench?.editablePaintedAt !== null, undefined, { timeout: 60_000 });
    const pageMs = await page.evaluate(() => window.__bwBench?.editablePaintedAt ?? Number.NaN);
    const scripts = [...requested];
    page.setDefaultTimeout(60_000);
    const cdp = await page.context().newCDPSession(page);
    return { page, cdp, workspace, startup: { hostMs, browserLaunchMs, pageMs, totalMs: hostMs + pageMs, scripts }, close };
  } catch (thrown) {
    await close();
    throw thrown;
  }
}

function hostAddress(host: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`The web host did not start within 30 s: ${errors || output}`)), 30_000);
    host.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (\S+)/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve(url);
      }
    });
    host.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    host.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The web host exited (${code}) before it started: ${errors || output}`));
    });
  });
}

function stopHost(host: ChildProcess): Promise<void> {
  if (host.exitCode !== null || host.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      host.kill('SIGKILL');
      resolve();
    }, 5000);
    host.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    host.kill('SIGTERM');
  });
}

/** The renderer's JavaScript heap in use after a full garbage collection (CDP), in bytes. */
export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return usage.usedSize;
}
