import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeBrief } from '../../core/document/container';
import { createDocument } from '../../core/document/create';
import type { SerializedBodyNode } from '../../core/document/schema';
import { SpellChecker } from '../../core/spelling/checker';
import { loadDictionary } from '../fixtures/spelling-dictionaries';
import { EDITOR, closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';

const SENTENCE = 'The adviser recieved the report from NATO about Hasaka.';
const ASSETS = fileURLToPath(new URL('../../dist/renderer/assets', import.meta.url));

/** The text of every range painted as misspelled, in document order. */
function flaggedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const words: { text: string; top: number; left: number }[] = [];
    CSS.highlights.get('bw-misspelled')?.forEach((range) => {
      const box = (range as Range).getBoundingClientRect();
      words.push({ text: (range as Range).toString(), top: box.top, left: box.left });
    });
    return words.sort((a, b) => a.top - b.top || a.left - b.left).map((word) => word.text);
  });
}

/** The middle of a flagged word on screen, to right-click it. */
async function centreOfFlagged(page: Page, word: string): Promise<{ x: number; y: number }> {
  const centre = await page.evaluate((wanted) => {
    let found: { x: number; y: number } | null = null;
    CSS.highlights.get('bw-misspelled')?.forEach((range) => {
      if ((range as Range).toString() !== wanted) return;
      const box = (range as Range).getBoundingClientRect();
      found = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    });
    return found;
  }, word);
  if (!centre) throw new Error(`"${word}" is not flagged`);
  return centre;
}

function text(value: string, format = 0): SerializedBodyNode {
  return { type: 'text', version: 1, text: value, format, detail: 0, mode: 'normal', style: '' };
}

function paragraph(children: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, textFormat: 0, textStyle: '', children };
}

const PROSE =
  'the analysts said that officials would review the detention facilities in the region before the meeting with international partners and military commanders who discussed security cooperation and border control for prisoners and their families in camps where humanitarian assistance is'.split(' ');

/** About 100 pages: 1,000 paragraphs of 50 correctly spelled words, with three planted problems. */
function hundredPageDocument() {
  const document = createDocument({ now: new Date('2026-11-28T10:00:00Z'), title: 'Long assessment' });
  const paragraphs = Array.from({ length: 1000 }, (_, index) => paragraph([text(Array.from({ length: 50 }, (_, word) => PROSE[(index + word) % PROSE.length]).join(' ') + '.')]));
  // Inline code is not prose; the word in it is not checked.
  paragraphs[0] = paragraph([text('The adviser '), text('recieved', 16), text(' a note from Hasaka.')]);
  paragraphs[999] = paragraph([text('Some final words with teh mistake.')]);
  document.body = { root: { type: 'root', version: 1, direction: 'ltr', format: '', indent: 0, children: paragraphs } };
  return document;
}

describe('spell-check', () => {
  let session: E2ESession;

  beforeEach(async () => {
    session = await openFreshEditor();
    // The spelling worker's console is its own; a CSP violation there fails the test like one in the page.
    session.page.on('worker', (worker) =>
      worker.on('console', (message) => {
        if (message.type() === 'error') session.pageErrors.push(`worker: ${message.text()}`);
      }),
    );
  });
  afterEach(() => closeExpectingNoPageErrors(session));

  const editor = () => session.page.locator(EDITOR);
  const menu = () => session.page.locator('[data-testid="spelling-menu"]');

  it('underlines misspelled words and unknown names, not acronyms, and never fetches from outside', async () => {
    const { page } = session;
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toEqual(['recieved', 'Hasaka']);

    const urls = session.requests.map((request) => request.url());
    expect(urls.filter((url) => url.endsWith('.dic'))).toHaveLength(1);
    expect(urls.filter((url) => !url.startsWith(`${session.host.origin}/`) && !/^(blob|data):/.test(url))).toEqual([]);
  });

  it('replaces a word with a suggestion from the right-click menu, in one undoable step', async () => {
    const { page } = session;
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toContain('recieved');

    const { x, y } = await centreOfFlagged(page, 'recieved');
    await page.mouse.click(x, y, { button: 'right' });
    await expect.poll(() => menu().getAttribute('role')).toBe('menu');
    const first = menu().locator('[data-testid="spelling-suggestion"]').first();
    await expect.poll(() => first.textContent()).toBe('received');
    await first.click();

    await expect.poll(() => editor().innerText()).toContain('The adviser received the report');
    await expect.poll(() => flaggedWords(page)).toEqual(['Hasaka']);
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().innerText()).toContain('The adviser recieved the report');
    await expect.poll(() => flaggedWords(page)).toEqual(['recieved', 'Hasaka']);
  });

  it('opens the menu from the keyboard, with menu roles, arrow keys and Escape', async () => {
    const { page } = session;
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toContain('recieved');
    await page.keyboard.press('Home');
    for (let step = 0; step < 15; step += 1) await page.keyboard.press('ArrowRight');
    // Under load the arrows can still be on their way when Shift+F10 is pressed.
    await expect.poll(() => page.evaluate(() => window.getSelection()?.focusOffset)).toBe(15);

    await page.keyboard.press('Shift+F10');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('received');
    expect(await menu().locator('[role="menuitem"]:not([aria-disabled="true"])').allTextContents()).toEqual(
      expect.arrayContaining(['received', 'Add to dictionary', 'Ignore in this document']),
    );
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ignore in this document');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('received');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');

    await page.keyboard.press('ContextMenu');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('received');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor().innerText()).toContain('The adviser received the report');
  });

  it('ignores a word in this document only', async () => {
    const { page } = session;
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toContain('recieved');
    const { x, y } = await centreOfFlagged(page, 'recieved');
    await page.mouse.click(x, y, { button: 'right' });
    await menu().locator('[data-testid="spelling-ignore"]').click();
    await expect.poll(() => flaggedWords(page)).toEqual(['Hasaka']);
  });

  it('keeps a name added to the dictionary, across a reload of the page', async () => {
    const { page } = session;
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toContain('Hasaka');
    const { x, y } = await centreOfFlagged(page, 'Hasaka');
    await page.mouse.click(x, y, { button: 'right' });
    await menu().locator('[data-testid="spelling-add"]').click();
    await expect.poll(() => flaggedWords(page)).toEqual(['recieved']);

    const listFile = join(session.workspace, '.briefwright', 'dictionary', 'personal-words.json');
    await expect.poll(async () => JSON.parse(await readFile(listFile, 'utf8').catch(() => '{}'))).toEqual({ words: ['Hasaka'] });

    // The browser asks before leaving a page with unsaved changes; leaving is what this test wants.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();
    await editor().waitFor();
    await page.click(EDITOR);
    await page.keyboard.type(SENTENCE);
    await expect.poll(() => flaggedWords(page)).toEqual(['recieved']);
  });

  it('leaves Arabic alone', async () => {
    const { page } = session;
    await page.keyboard.insertText('قال مستشار الأمن الوطني العراقي قاسم الأعرجي إن على الدول استعادة رعاياها. ');
    await page.keyboard.type('Then it recieved a reply.');
    await expect.poll(() => flaggedWords(page)).toEqual(['recieved']);
  });

  it('checks the British dictionary when the analyst chooses it, and remembers the choice', async () => {
    const { page } = session;
    await page.keyboard.type('The colour of the organisation. ');
    await expect.poll(() => flaggedWords(page)).toEqual(['colour', 'organisation']);
    await page.selectOption('[data-testid="spelling-language"]', 'en-GB');
    await expect.poll(() => flaggedWords(page)).toEqual([]);
    await page.click(EDITOR);
    await page.keyboard.type('The color.');
    await expect.poll(() => flaggedWords(page)).toEqual(['color']);
    // Kept in the analyst's preferences, in the host's data folder.
    await expect
      .poll(async () => JSON.parse(await readFile(join(session.workspace, '.briefwright', 'preferences.json'), 'utf8').catch(() => '{}')) as unknown)
      .toMatchObject({ spellingLanguage: 'en-GB' });
  });

  it('checks a 100-page document whole when it opens, then only the paragraph being edited', async () => {
    const { page } = session;
    await writeFile(join(session.workspace, 'long.brief'), encodeBrief(hundredPageDocument()));
    // Records what the page asks the spelling worker to check.
    await page.evaluate(() => {
      const record: number[][] = [];
      Object.assign(window, { spellingChecks: record });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
        const request = message as { kind?: string; texts?: string[] };
        if (request.kind === 'check' && request.texts) record.push(request.texts.map((text) => text.length));
        return (post as (this: Worker, ...args: unknown[]) => void).call(this, message, ...rest);
      };
    });
    const opened = Date.now();
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("long.brief")');
    const checked = () => page.evaluate(() => (window as unknown as { spellingChecks: number[][] }).spellingChecks.flat().length);
    await expect.poll(checked, { timeout: 20_000 }).toBe(1000);
    // Only what is near the screen is underlined: each painted word costs a repaint on every keystroke.
    await expect.poll(() => flaggedWords(page)).toEqual(['Hasaka']);
    console.log(`A 50,000-word document was checked whole ${Date.now() - opened} ms after the analyst chose to open it.`);
    expect(await checked()).toBe(1000);

    // The last paragraph was checked at open too: scrolling to it shows its mistake without asking the worker again.
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await expect.poll(() => flaggedWords(page)).toEqual(['teh']);
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Teh ');
    await expect.poll(() => flaggedWords(page)).toEqual(['Teh', 'Hasaka']);
    const checksAfterEdit = await page.evaluate(() => (window as unknown as { spellingChecks: number[][] }).spellingChecks.flat().slice(1000));
    expect(checksAfterEdit).toEqual(['Teh The adviser recieved a note from Hasaka.'.length]);
  });

  it('checks 50,000 words in the worker within two seconds, flagging what the same checker flags under Node', async () => {
    const { page } = session;
    const workerFile = (await readdir(ASSETS)).find((name) => /^spelling\.worker-.*\.js$/.test(name));
    const words = await readFile(new URL('../../node_modules/dictionary-en/index.dic', import.meta.url), 'utf8');
    // 5,000 distinct words from the dictionary and a planted misspelling every 500 words: a long document's vocabulary.
    const vocabulary = words
      .split('\n')
      .map((line) => line.split('/')[0] ?? '')
      .filter((word) => /^[a-z]{3,}$/.test(word))
      .filter((_, index) => index % 7 === 0)
      .slice(0, 5000);
    let seed = 20260128;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const paragraphs = Array.from({ length: 500 }, (_, index) =>
      Array.from({ length: 100 }, (_, word) => (word === 50 && index % 5 === 0 ? 'recieved' : vocabulary[next() % vocabulary.length])).join(' '),
    );
    const expectedFlags = new SpellChecker(loadDictionary('dictionary-en'));
    const expectedCount = paragraphs.reduce((count, paragraphText) => count + expectedFlags.misspellings(paragraphText).length, 0);

    const timing = await page.evaluate(
      async ({ file, texts }) => {
        const worker = new Worker(`./assets/${file}`, { type: 'module' });
        const ask = (message: object) =>
          new Promise<{ misspellings?: unknown[][] }>((resolve) => {
            worker.addEventListener('message', (event: MessageEvent) => resolve(event.data), { once: true });
            worker.postMessage(message);
          });
        const started = performance.now();
        await ask({ kind: 'load', id: 1, language: 'en-US', personalWords: [] });
        const loaded = performance.now();
        const cold = await ask({ kind: 'check', id: 2, texts });
        const checked = performance.now();
        await ask({ kind: 'check', id: 3, texts });
        const rechecked = performance.now();
        worker.terminate();
        return {
          loadMs: loaded - started,
          firstCheckMs: checked - loaded,
          secondCheckMs: rechecked - checked,
          flagged: (cold.misspellings ?? []).reduce((count, block) => count + block.length, 0),
        };
      },
      { file: workerFile, texts: paragraphs },
    );
    console.log(
      `Spelling worker: dictionary loaded in ${timing.loadMs.toFixed(0)} ms; 50,000 words checked in ${timing.firstCheckMs.toFixed(0)} ms (first time), ${timing.secondCheckMs.toFixed(0)} ms (again); ${timing.flagged} flagged.`,
    );
    expect(timing.flagged).toBe(expectedCount);
    expect(timing.flagged).toBeGreaterThanOrEqual(100);
    expect(timing.firstCheckMs).toBeLessThan(2000);
  });
});
