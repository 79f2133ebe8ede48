import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { decodeBrief } from '../../core/document/container';
import { nativeCodec } from '../../electron/services/native-codec';
import { spawnAndWait } from '../measure';
import type { BenchContext } from '../section';
import { quantile } from '../stats';
import { apiCalls, caretInMiddle, checksSettledAfter, elapsed, framesBetween, openThroughDialog, pageNow, timed, typedText, typeRecorded } from './editor-actions';
import { articleHtml } from './paste-html';
import type { FrameRecord, KeyRecord } from './probe';
import { BLOCKS, EDITOR, heapAfterGc, startBrowserSession, type BrowserSession, type StartupTimes } from './session';

/**
 * One pass over the editor benchmarks in Chromium: per document size, per run, a fresh web
 * host and browser (the start-up figure), then the sample opened through the Open dialog and
 * the analyst's actions in an order that keeps them independent: typing (with autosave in the
 * background), the checks settling, typing while checks run, structural edits, save, ten
 * minutes' worth of edits compressed (memory), and the 500 kB paste last, as it adds a
 * quarter of the document again.
 */

export type EditorPart = 'startup' | 'open' | 'typing' | 'structural' | 'paste' | 'checks' | 'save' | 'memory';
export const EDITOR_PARTS: readonly EditorPart[] = ['startup', 'open', 'typing', 'structural', 'paste', 'checks', 'save', 'memory'];

export const SAMPLE_SEED = '1';
/** Keystrokes typed in the middle of the document, and the pause between them (a brisk typist). */
export const TYPED_KEYS = 200;
export const TYPING_DELAY_MS = 60;
/** Keystrokes typed while checks runs are in flight. */
const KEYS_DURING_CHECKS = 20;
/** The compressed editing session before the second heap figure. */
export const BURST_KEYS = 3000;
export const BURST_STRUCTURAL = 50;
/** Keystrokes in a plain <textarea> of the same page: the browser's own floor on this machine. */
const BASELINE_KEYS = 60;

export interface LatencyFigures {
  count: number;
  p50: number;
  p95: number;
  max: number;
  /** Keystrokes whose next frame came more than 50 ms after them. */
  over50: number;
}

export interface TypingFigures {
  /** Keydown to the next painted frame. */
  toPaint: LatencyFigures;
  /** Keydown to the end of the input event's handlers and their microtasks: the script's share, without waiting for the frame. */
  handled: LatencyFigures;
  /**
   * The page's work for a keystroke, without waiting for a frame: time in its event handlers
   * (and their microtasks) plus the rendering of the next frame (its requestAnimationFrame
   * callbacks, style, layout, paint: rAF to the setTimeout after it).
   */
  work: LatencyFigures;
  /** The two parts of it. */
  script: LatencyFigures;
  render: LatencyFigures;
  /** The same measures in a plain textarea in the same page. */
  baseline: LatencyFigures;
  baselineWork: LatencyFigures;
  /**
   * The same measures in a copy of the editor's own DOM with nothing attached (no Lexical,
   * no Briefwright): what Chromium's editing of a contenteditable this large costs by itself.
   * Measured last, since the copy replaces the editor. Null until measured.
   */
  contentEditableFloor: LatencyFigures | null;
  contentEditableFloorWork: LatencyFigures | null;
  /** Long animation frames (over 50 ms) while typing, and the longest, with the scripts it names. */
  longFrames: number;
  longestFrame: FrameRecord | null;
  /** Event Timing entries (keydown, keypress, input…) with a duration of 16 ms or more. */
  slowEvents: number;
}

export interface AutosaveFigures {
  /** Recovery copies written while typing (storeRecovery calls). */
  copies: number;
  /** Each copy's request, call to response. */
  requestMs: number[];
  /** Keystrokes whose next frame fell while a copy was being made. */
  keysDuring: LatencyFigures | null;
  /** The longest frame that overlapped a copy (the copy's serialization runs in it). */
  longestFrameMs: number | null;
}

export interface ChecksFigures {
  /** The last keystroke to the checks worker's last answer (with none asked after it). */
  settleMs: number;
  runs: number;
  /** Send to answer of the last run. */
  runMs: number;
  /** Keystrokes typed while a run was in flight (sent, not yet answered). */
  keysDuringRun: LatencyFigures | null;
  /** The longest frame in which a run was sent (the document is read and copied to the worker there). */
  longestFrameAtSendMs: number | null;
}

export interface StructuralFigures {
  enter: number[];
  listOn: number[];
  listOff: number[];
  portionRaise: number[];
  portionLower: number[];
  /** Whether raising the portion mark moved the banner. */
  bannerMoved: boolean;
  citation: number[];
}

export interface SessionFigures {
  pages: number;
  run: number;
  startup: StartupTimes;
  open?: { ms: number; requestMs: number | null; afterResponseMs: number | null; blocks: number; longestFrameMs: number | null };
  typing?: TypingFigures;
  autosave?: AutosaveFigures;
  checks?: ChecksFigures;
  structural?: StructuralFigures;
  save?: { ms: number[]; requestMs: number[] };
  memory?: { afterOpenBytes: number; afterEditsBytes: number; editsMs: number; keys: number; structuralEdits: number };
  paste?: { ms: number | null; domMs: number | null; bytes: number; blocks: number; failed: string | null };
  errors: string[];
}

export interface CampaignResult {
  sessions: SessionFigures[];
  /** The decode of the same file in Node, read + inflate + validate, per size (ms per run). */
  nodeOpenMs: Array<{ pages: number; ms: number[] }>;
  chromium: string;
  skipped: string[];
}

export function latency(values: readonly number[]): LatencyFigures {
  if (values.length === 0) return { count: 0, p50: Number.NaN, p95: Number.NaN, max: Number.NaN, over50: 0 };
  return { count: values.length, p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values), over50: values.filter((value) => value > 50).length };
}

const campaigns = new Map<string, Promise<CampaignResult>>();

/** The campaign for this suite run, made once however many sections read it. */
export function editorCampaign(context: BenchContext, parts: ReadonlySet<EditorPart>): Promise<CampaignResult> {
  const key = `${context.workDir}:${[...parts].sort().join(',')}`;
  let campaign = campaigns.get(key);
  if (!campaign) {
    campaign = runCampaign(context, parts);
    campaigns.set(key, campaign);
  }
  return campaign;
}

async function runCampaign(context: BenchContext, parts: ReadonlySet<EditorPart>): Promise<CampaignResult> {
  const sessions: SessionFigures[] = [];
  const nodeOpenMs: CampaignResult['nodeOpenMs'] = [];
  const skipped: string[] = [];
  let chromium = 'unknown';
  for (const pages of context.pages) {
    const file = join(context.workDir, `sample-${pages}.brief`);
    await spawnAndWait(process.execPath, [join(context.root, 'bin', 'briefwright.mjs'), 'sample', '--pages', String(pages), '--seed', SAMPLE_SEED, '-o', file, '--force'], {});
    const decoded: number[] = [];
    let blocks = 0;
    for (let run = 0; run < context.warmup + context.runs; run += 1) {
      const started = performance.now();
      const document = decodeBrief(new Uint8Array(await readFile(file)), { codec: nativeCodec });
      if (run >= context.warmup) decoded.push(performance.now() - started);
      blocks = document.body.root.children.length;
    }
    nodeOpenMs.push({ pages, ms: decoded });
    for (let run = -context.warmup; run < context.runs; run += 1) {
      context.log(`editor, ${pages} pages: ${run < 0 ? 'warm-up' : `run ${run + 1} of ${context.runs}`} (${[...parts].join(', ')})`);
      const figures = await oneSession(context, parts, pages, run, file, blocks);
      if (figures.errors.length > 0) for (const error of figures.errors) context.log(`  problem: ${error}`);
      chromium = figures.chromium;
      if (run >= 0) sessions.push(figures.session);
    }
  }
  return { sessions, nodeOpenMs, chromium, skipped };
}

async function oneSession(context: BenchContext, parts: ReadonlySet<EditorPart>, pages: number, run: number, file: string, blocks: number): Promise<{ session: SessionFigures; chromium: string; errors: string[] }> {
  const session = await startBrowserSession(context.root, [file]);
  const figures: SessionFigures = { pages, run, startup: session.startup, errors: [] };
  const chromium = session.page.context().browser()?.version() ?? 'unknown';
  const { page } = session;
  const attempt = async (name: string, step: () => Promise<void>): Promise<void> => {
    try {
      await step();
    } catch (thrown) {
      figures.errors.push(`${name} at ${pages} pages: ${thrown instanceof Error ? thrown.message.split('\n')[0] : String(thrown)}`);
    }
  };
  try {
    const needsDocument = [...parts].some((part) => part !== 'startup');
    if (!needsDocument) return { session: figures, chromium, errors: figures.errors };
    await attempt('open', async () => {
      const opened = await openThroughDialog(page, basename(file), blocks);
      const frames = await framesBetween(page, opened.action.start, opened.action.painted);
      figures.open = {
        ms: elapsed(opened.action),
        requestMs: opened.request ? opened.request.end - opened.request.start : null,
        afterResponseMs: opened.request ? opened.action.painted - opened.request.end : null,
        blocks,
        longestFrameMs: frames.length > 0 ? Math.max(...frames.map((frame) => frame.duration)) : 0,
      };
    });
    if (!figures.open) return { session: figures, chromium, errors: figures.errors };
    const afterOpenBytes = parts.has('memory') ? await heapAfterGc(session.cdp) : 0;
    // Live checks on: the panel open, and the first run (after the document loaded) answered.
    await page.click('[data-testid="toggle-checks"]');
    await page.locator('[data-testid="checks-panel"]').waitFor();
    await checksSettledAfter(page, 0, 500, 120_000);
    await caretInMiddle(page);

    if (parts.has('typing') || parts.has('checks')) await attempt('typing', () => measureTyping(session, figures, parts));
    if (parts.has('checks')) await attempt('checks during typing', () => measureChecksDuringTyping(page, figures));
    if (parts.has('structural')) await attempt('structural edits', () => measureStructural(page, figures));
    if (parts.has('save')) await attempt('save', () => measureSave(page, figures));
    if (parts.has('memory')) await attempt('memory', () => measureMemory(session, figures, afterOpenBytes));
    if (parts.has('paste')) await attempt('paste', () => measurePaste(page, figures));
    if (parts.has('typing')) await attempt('contenteditable floor', () => measureContentEditableFloor(page, figures));
  } finally {
    await session.close();
  }
  return { session: figures, chromium, errors: figures.errors };
}

function toPaint(keys: readonly KeyRecord[]): number[] {
  return keys.map((key) => (key.painted ?? Number.NaN) - key.start);
}

function render(key: KeyRecord): number {
  return (key.painted ?? Number.NaN) - (key.frame ?? Number.NaN);
}

function work(keys: readonly KeyRecord[]): number[] {
  return keys.map((key) => key.script + render(key));
}

async function measureTyping(session: BrowserSession, figures: SessionFigures, parts: ReadonlySet<EditorPart>): Promise<void> {
  const { page } = session;
  const baseline = await measureBaseline(page);
  await caretInMiddle(page);
  const since = await pageNow(page);
  const keys = await typeRecorded(page, typedText(parts.has('typing') ? TYPED_KEYS : 20), TYPING_DELAY_MS);
  const first = keys[0];
  const last = keys[keys.length - 1];
  if (!first || !last) throw new Error('No keystrokes were recorded.');
  const end = last.painted ?? last.start;
  const frames = await framesBetween(page, first.start, end);
  const slowEvents = await page.evaluate(([from, to]) => (window.__bwBench?.events ?? []).filter((event) => event.start >= from && event.start <= to && /^key|input/.test(event.name)).length, [first.start, end] as const);
  // The checks settle after the last keystroke (their figure), and the recovery copies made meanwhile (autosave's).
  if (parts.has('checks')) {
    const settled = await checksSettledAfter(page, last.start);
    if (settled) figures.checks = { settleMs: settled.settledAt - last.start, runs: settled.runs, runMs: settled.lastRunMs, keysDuringRun: null, longestFrameAtSendMs: null };
  }
  if (!parts.has('typing')) return;
  const longest = frames.reduce<FrameRecord | null>((worst, frame) => (!worst || frame.duration > worst.duration ? frame : worst), null);
  figures.typing = {
    toPaint: latency(toPaint(keys)),
    handled: latency(keys.filter((key) => key.handled !== null).map((key) => (key.handled as number) - key.start)),
    work: latency(work(keys)),
    script: latency(keys.map((key) => key.script)),
    render: latency(keys.map(render)),
    baseline: latency(toPaint(baseline)),
    baselineWork: latency(work(baseline)),
    contentEditableFloor: null,
    contentEditableFloorWork: null,
    longFrames: frames.length,
    longestFrame: longest,
    slowEvents,
  };
  const copies = (await apiCalls(page, 'storeRecovery', since)).filter((call) => call.start <= end);
  const during = keys.filter((key) => copies.some((copy) => key.start <= copy.end && (key.painted ?? key.start) >= copy.start));
  const copyFrames = frames.filter((frame) => copies.some((copy) => frame.start <= copy.end && frame.start + frame.duration >= copy.start));
  figures.autosave = {
    copies: copies.length,
    requestMs: copies.map((copy) => copy.end - copy.start),
    keysDuring: during.length > 0 ? latency(toPaint(during)) : null,
    longestFrameMs: copyFrames.length > 0 ? Math.max(...copyFrames.map((frame) => frame.duration)) : null,
  };
}

/** The same keystroke measure in a bare textarea added to the page: what any input costs here. */
async function measureBaseline(page: Page): Promise<KeyRecord[]> {
  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.id = 'bench-baseline';
    area.style.cssText = 'position:fixed;right:8px;bottom:8px;width:200px;height:60px;z-index:99999';
    document.body.append(area);
  });
  await page.click('#bench-baseline');
  const keys = await typeRecorded(page, typedText(BASELINE_KEYS), TYPING_DELAY_MS);
  await page.evaluate(() => document.getElementById('bench-baseline')?.remove());
  return keys;
}

/**
 * The browser's own cost of typing into this document: the editor's element is replaced by
 * a copy of its DOM (contenteditable, styled the same, with no listeners), and the same
 * keystrokes are typed at the same place. Chromium's editing work grows with the size of
 * the editable element (its text-input state and selection sync cover the whole of it), so
 * this is the floor no editor code can go under while the document is one editable element.
 */
async function measureContentEditableFloor(page: Page, figures: SessionFigures): Promise<void> {
  if (!figures.typing) return;
  await page.evaluate((selector) => {
    const editor = document.querySelector(selector);
    editor?.replaceWith(editor.cloneNode(true));
  }, EDITOR);
  await caretInMiddle(page);
  const keys = await typeRecorded(page, typedText(BASELINE_KEYS), TYPING_DELAY_MS);
  figures.typing.contentEditableFloor = latency(toPaint(keys));
  figures.typing.contentEditableFloorWork = latency(work(keys));
}

/** Keystrokes spaced so that each pause starts a checks run and the next key lands while it is in flight. */
async function measureChecksDuringTyping(page: Page, figures: SessionFigures): Promise<void> {
  const runMs = figures.checks?.runMs ?? 100;
  const delay = Math.round(300 + Math.min(Math.max(runMs / 2, 20), 600));
  await caretInMiddle(page);
  const since = await pageNow(page);
  const keys = await typeRecorded(page, typedText(KEYS_DURING_CHECKS), delay);
  const last = keys[keys.length - 1];
  if (last) await checksSettledAfter(page, last.start, 500);
  const windows = await page.evaluate((after) => {
    const probe = window.__bwBench;
    if (!probe) return [];
    return probe.checksPosts.map((sent, at) => ({ start: sent, end: probe.checksReplies[at] ?? Number.POSITIVE_INFINITY })).filter((window) => window.start >= after);
  }, since);
  const during = keys.filter((key) => windows.some((window) => key.start <= window.end && (key.painted ?? key.start) >= window.start));
  const frames = await framesBetween(page, since, (last?.painted ?? since) + 2000);
  const atSend = frames.filter((frame) => windows.some((window) => frame.start <= window.start && frame.start + frame.duration >= window.start));
  const checks = figures.checks ?? { settleMs: Number.NaN, runs: 0, runMs, keysDuringRun: null, longestFrameAtSendMs: null };
  checks.keysDuringRun = during.length > 0 ? latency(toPaint(during)) : null;
  checks.longestFrameAtSendMs = atSend.length > 0 ? Math.max(...atSend.map((frame) => frame.duration)) : null;
  figures.checks = checks;
}

const REPEATS = 3;

async function measureStructural(page: Page, figures: SessionFigures): Promise<void> {
  const result: StructuralFigures = { enter: [], listOn: [], listOff: [], portionRaise: [], portionLower: [], bannerMoved: false, citation: [] };
  figures.structural = result;
  await caretInMiddle(page);
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const before = await page.evaluate((selector) => document.querySelectorAll(selector).length, BLOCKS);
    const action = await timed(
      page,
      ([selector, count]) => window.__bwBench?.arm(() => document.querySelectorAll(selector).length > count),
      [BLOCKS, before] as const,
      () => page.keyboard.press('Enter'),
    );
    result.enter.push(elapsed(action));
    await page.keyboard.type('Item ');
  }
  const inList = (want: boolean) =>
    timed(
      page,
      (wanted) =>
        window.__bwBench?.arm(() => {
          const node = window.getSelection()?.anchorNode;
          const element = node instanceof Element ? node : node?.parentElement;
          return !!element?.closest('li') === wanted;
        }),
      want,
      () => page.keyboard.press('Control+Shift+8'),
    );
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    result.listOn.push(elapsed(await inList(true)));
    result.listOff.push(elapsed(await inList(false)));
  }
  // Portion marks: TLP's levels, lowest first; Alt+Shift+5 is RED, above the document's AMBER, so the banner rises; Alt+Shift+3 puts AMBER back.
  await caretInMiddle(page);
  const portion = (digit: number, raise: boolean) =>
    page
      .evaluate(() => ({
        banner: document.querySelector('[data-testid="banner-top"]')?.textContent ?? '',
        mark: (() => {
          const node = window.getSelection()?.anchorNode;
          const element = node instanceof Element ? node : node?.parentElement;
          return element?.closest<HTMLElement>('[data-portion]')?.dataset.portion ?? '';
        })(),
      }))
      .then((before) =>
        timed(
          page,
          ([was, bannerWas, mustMove]) =>
            window.__bwBench?.arm(() => {
              const node = window.getSelection()?.anchorNode;
              const element = node instanceof Element ? node : node?.parentElement;
              const mark = element?.closest<HTMLElement>('[data-portion]')?.dataset.portion ?? '';
              const banner = document.querySelector('[data-testid="banner-top"]')?.textContent ?? '';
              return mark !== was && (!mustMove || banner !== bannerWas);
            }),
          [before.mark, before.banner, raise] as const,
          () => page.keyboard.press(`Alt+Shift+${digit}`),
        ).then(async (action) => ({ action, moved: (await page.evaluate(() => document.querySelector('[data-testid="banner-top"]')?.textContent ?? '')) !== before.banner })),
      );
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    const raised = await portion(5, true);
    result.portionRaise.push(elapsed(raised.action));
    result.bannerMoved = raised.moved;
    result.portionLower.push(elapsed((await portion(3, false)).action));
  }
  // A citation: a passage selected in the source viewer, cited at the caret (the sources panel's Cite button).
  await page.click('[data-testid="toggle-sources"]');
  await page.locator('.source-row').first().click();
  await page.locator('[data-testid="source-text"]').waitFor();
  for (let repeat = 0; repeat < 2; repeat += 1) {
    await caretInMiddle(page);
    await page.locator('[data-testid="source-text"]').evaluate((element, at) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      let text: Text | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.textContent ?? '').trim().length > 80) {
          text = node as Text;
          break;
        }
      }
      if (!text) throw new Error('No passage to select in the source viewer.');
      const range = document.createRange();
      range.setStart(text, 10 + at * 5);
      range.setEnd(text, 50 + at * 5);
      const selection = window.getSelection() as Selection;
      selection.removeAllRanges();
      selection.addRange(range);
    }, repeat);
    const before = await page.locator(`${EDITOR} [data-testid="citation"]`).count();
    const action = await timed(
      page,
      ([selector, count]) => window.__bwBench?.arm(() => document.querySelectorAll(`${selector} [data-testid="citation"]`).length > count),
      [EDITOR, before] as const,
      () => page.click('[data-testid="cite-selection"]'),
    );
    result.citation.push(elapsed(action));
  }
  await page.click('[data-testid="toggle-sources"]');
}

async function measureSave(page: Page, figures: SessionFigures): Promise<void> {
  const result = { ms: [] as number[], requestMs: [] as number[] };
  figures.save = result;
  for (let repeat = 0; repeat < REPEATS; repeat += 1) {
    await caretInMiddle(page);
    await page.keyboard.type(' saved');
    await page.locator('[data-testid="unsaved-mark"]').waitFor();
    const action = await timed(page, () => window.__bwBench?.arm(() => !document.querySelector('[data-testid="unsaved-mark"]')), undefined, () => page.keyboard.press('Control+s'));
    result.ms.push(elapsed(action));
    const request = (await apiCalls(page, 'saveDocument', action.start))[0];
    if (request) result.requestMs.push(request.end - request.start);
  }
}

/** Ten minutes' worth of editing, as fast as it goes: keystrokes in bursts, structural edits, undo and redo. */
async function measureMemory(session: BrowserSession, figures: SessionFigures, afterOpenBytes: number): Promise<void> {
  const { page } = session;
  await caretInMiddle(page);
  const text = typedText(BURST_KEYS);
  const chunk = Math.ceil(BURST_KEYS / BURST_STRUCTURAL);
  const edits = ['Enter', 'Control+Shift+8', 'Control+Shift+8', 'Alt+Shift+4', 'Alt+Shift+3', 'Control+z', 'Control+y', 'Enter', 'Control+z', 'Control+y'];
  const started = performance.now();
  let structural = 0;
  for (let at = 0; at < text.length; at += chunk) {
    await page.keyboard.type(text.slice(at, at + chunk));
    await page.keyboard.press(edits[structural % edits.length] as string);
    structural += 1;
  }
  await page.evaluate(() => window.__bwBench?.nextPaint());
  const editsMs = performance.now() - started;
  figures.memory = { afterOpenBytes, afterEditsBytes: await heapAfterGc(session.cdp), editsMs, keys: text.length, structuralEdits: structural };
}

async function measurePaste(page: Page, figures: SessionFigures): Promise<void> {
  const article = articleHtml();
  figures.paste = { ms: null, domMs: null, bytes: article.bytes, blocks: article.blocks, failed: null };
  await caretInMiddle(page);
  await page.keyboard.press('Enter');
  const before = await page.evaluate((selector) => document.querySelectorAll(selector).length, BLOCKS);
  try {
    const action = await page.evaluate(
      async ([selector, blocks, html, count]) => {
        const probe = window.__bwBench;
        if (!probe) throw new Error('The bench probe is not installed.');
        const editor = document.querySelector(selector);
        probe.arm(() => document.querySelectorAll(blocks).length >= count, { startNow: true, timeoutMs: 180_000 });
        const data = new DataTransfer();
        data.setData('text/html', html);
        editor?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        return probe.armed;
      },
      [EDITOR, BLOCKS, article.html, before + article.blocks - 2] as const,
    );
    if (!action) throw new Error('The bench probe is not armed.');
    figures.paste.ms = elapsed(action);
    figures.paste.domMs = action.dom - action.start;
    const found = await page.evaluate(([selector, marker]) => (document.querySelector(selector)?.textContent ?? '').includes(marker), [EDITOR, article.marker] as const);
    if (!found) figures.paste.failed = 'the end of the pasted article is not in the document';
  } catch (thrown) {
    figures.paste.failed = thrown instanceof Error ? thrown.message.split('\n')[0] ?? 'failed' : String(thrown);
  }
}
