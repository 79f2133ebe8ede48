import type { Page } from 'playwright-core';
import type { FrameRecord, KeyRecord, TimedAction } from './probe';
import { BLOCKS } from './session';

/**
 * The analyst's actions, driven through Playwright as a person would (keys, clicks), each
 * timed inside the page by the probe (bench/browser/probe.ts).
 */

/** Prose to type: ordinary words, spaces and punctuation, no shortcuts. */
export const TYPED_TEXT =
  'The delegation said that inspections would begin in the spring, with teams visiting each site twice and reporting to the council within a month. Officials expect delays at the northern sites. ';

export function typedText(length: number): string {
  let text = '';
  while (text.length < length) text += TYPED_TEXT;
  return text.slice(0, length);
}

/**
 * Arms the probe with `arm` (run in the page: it calls `window.__bwBench.arm(condition)`),
 * runs `act`, which starts with a trusted key press or click, and waits until the condition
 * holds in the page and a frame is painted after.
 */
export async function timed<Arg>(page: Page, arm: (arg: Arg) => void, arg: Arg, act: () => Promise<void>): Promise<TimedAction> {
  await page.evaluate(arm as (arg: unknown) => void, arg);
  await act();
  return armed(page);
}

export async function armed(page: Page): Promise<TimedAction> {
  return page.evaluate(async () => {
    const action = window.__bwBench?.armed;
    if (!action) throw new Error('The bench probe is not armed.');
    return action;
  });
}

export function elapsed(action: TimedAction): number {
  return action.painted - action.start;
}

/** Opens `fileName` from the workspace through the web host's Open dialog; timed from the click on the file to every block of the body in the editor, editable, and painted. */
export async function openThroughDialog(page: Page, fileName: string, blocks: number): Promise<{ action: TimedAction; request: { start: number; end: number } | null }> {
  await page.click('text=Open…');
  const button = page.locator(`[data-testid="open-dialog"] button:has-text("${fileName}")`);
  await button.waitFor();
  const action = await timed(
    page,
    ([name, count]) =>
      window.__bwBench?.arm(
        () => {
          const editor = document.querySelector('[data-testid="editor"]');
          const shown = document.querySelector('[data-testid="document-name"]')?.textContent ?? '';
          const blocks = [...(editor?.children ?? [])].reduce((sum, group) => sum + group.childElementCount, 0);
          return !!editor && editor.getAttribute('contenteditable') === 'true' && blocks >= count && !document.querySelector('[data-testid="open-dialog"]') && shown.includes(name);
        },
        { timeoutMs: 120_000 },
      ),
    [fileName, blocks] as const,
    () => button.click(),
  );
  const request = await page.evaluate((after) => {
    const entry = performance.getEntriesByType('resource').find((candidate) => candidate.name.endsWith('/api/openDocument') && candidate.startTime >= after) as PerformanceResourceTiming | undefined;
    return entry ? { start: entry.startTime, end: entry.responseEnd } : null;
  }, action.start);
  return { action, request };
}

/** Puts the caret at the end of the paragraph in the middle of the body (a plain paragraph with some text), scrolled into view. */
export async function caretInMiddle(page: Page): Promise<void> {
  const index = await page.evaluate((selector) => {
    const blocks = [...document.querySelectorAll(selector)];
    const candidates = blocks.map((block, at) => ({ block, at })).filter(({ block }) => block.tagName === 'P' && (block.textContent ?? '').length > 80 && !block.querySelector('[data-testid="citation"]'));
    const middle = candidates[Math.floor(candidates.length / 2)];
    if (!middle) throw new Error('No plain paragraph in the document.');
    return middle.at;
  }, BLOCKS);
  const paragraph = page.locator(BLOCKS).nth(index);
  await paragraph.scrollIntoViewIfNeeded();
  await paragraph.click();
  await page.keyboard.press('End');
  await page.waitForFunction(
    ([selector, at]) => {
      const node = window.getSelection()?.anchorNode;
      const element = node instanceof Element ? node : node?.parentElement;
      return !!element && element.closest('.bw-block-group > *') === document.querySelectorAll(selector)[at];
    },
    [BLOCKS, index] as const,
  );
}

/** Types `text` one key at a time, `delayMs` apart, recording each key's timings; waits for the last to be painted. */
export async function typeRecorded(page: Page, text: string, delayMs: number): Promise<KeyRecord[]> {
  await page.evaluate(() => {
    const probe = window.__bwBench;
    if (!probe) throw new Error('The bench probe is not installed.');
    probe.keys = [];
    probe.recordKeys = true;
  });
  await page.keyboard.type(text, { delay: delayMs });
  await page.waitForFunction((count) => {
    const keys = window.__bwBench?.keys ?? [];
    return keys.length >= count && keys.every((key) => key.painted !== null);
  }, text.length);
  return page.evaluate(() => {
    const probe = window.__bwBench;
    if (!probe) throw new Error('The bench probe is not installed.');
    probe.recordKeys = false;
    return probe.keys;
  });
}

/** Long animation frames (over 50 ms) that began in [from, to]. */
export async function framesBetween(page: Page, from: number, to: number): Promise<FrameRecord[]> {
  return page.evaluate(([start, end]) => (window.__bwBench?.frames ?? []).filter((frame) => frame.start + frame.duration >= start && frame.start <= end), [from, to] as const);
}

/** The API calls to `method` the page made since `from`, as [start, response end]. */
export async function apiCalls(page: Page, method: string, from: number): Promise<Array<{ start: number; end: number }>> {
  return page.evaluate(
    ([name, after]) =>
      (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((entry) => entry.name.endsWith(`/api/${name}`) && entry.startTime >= after)
        .map((entry) => ({ start: entry.startTime, end: entry.responseEnd })),
    [method, from] as const,
  );
}

/** When the checks worker answered the last run sent after `after` with none sent since (ms since the page's origin), waiting for quiet first. */
export async function checksSettledAfter(page: Page, after: number, quietMs = 1000, timeoutMs = 60_000): Promise<{ settledAt: number; runs: number; lastRunMs: number } | null> {
  const handle = await page.waitForFunction(
    ([since, quiet]) => {
      const probe = window.__bwBench;
      if (!probe) return null;
      const replies = probe.checksReplies.filter((time) => time > since);
      const posts = probe.checksPosts.filter((time) => time > since);
      const last = replies[replies.length - 1];
      if (last === undefined || probe.checksPosts.length !== probe.checksReplies.length) return null;
      if (performance.now() - last < quiet || performance.now() - since < 300 + quiet) return null;
      const lastPost = probe.checksPosts[probe.checksPosts.length - 1] ?? last;
      return { settledAt: last, runs: posts.length, lastRunMs: last - lastPost };
    },
    [after, quietMs] as const,
    { timeout: timeoutMs, polling: 100 },
  );
  return (await handle.jsonValue()) as { settledAt: number; runs: number; lastRunMs: number } | null;
}

/** The heap figures Chromium gives the page itself (precise with --enable-precise-memory-info). */
export async function pageNow(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}
