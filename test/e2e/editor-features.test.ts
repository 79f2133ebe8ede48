import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../core/document/container';
import { sampleReadout } from '../fixtures/documents';
import { EDITOR, closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';

/** Waits for the page to catch up: typing and rendering are slower on a busy machine. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 5000 });
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

/** A small solid-colour PNG, written here so the test needs no fixture file. */
function solidPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x4a)]);
  const pixels = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', pixels), pngChunk('IEND', Buffer.alloc(0))]);
}

describe('the editor', () => {
  let session: E2ESession;

  beforeEach(async () => {
    session = await openFreshEditor();
  });
  afterEach(() => closeExpectingNoPageErrors(session));

  const editor = () => session.page.locator(EDITOR);
  const testId = (id: string) => session.page.locator(`[data-testid="${id}"]`);

  it('shows on the toolbar whether the caret is in bold text, and which block style it is in', async () => {
    const { page } = session;
    await page.keyboard.type('Summary ');
    await eventually(() => testId('bold').getAttribute('aria-pressed')).toBe('false');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('up front');
    await eventually(() => testId('bold').getAttribute('aria-pressed')).toBe('true');
    expect(await editor().locator('strong').textContent()).toBe('up front');

    await page.keyboard.press('Home');
    await eventually(() => testId('bold').getAttribute('aria-pressed')).toBe('false');
    expect(await testId('block-type').inputValue()).toBe('paragraph');

    await page.keyboard.press('Control+Alt+2');
    await eventually(() => editor().locator('h2').textContent()).toBe('Summary up front');
    expect(await testId('block-type').inputValue()).toBe('h2');

    await page.keyboard.press('Control+Alt+0');
    await eventually(() => editor().locator('h2').count()).toBe(0);
    expect(await testId('block-type').inputValue()).toBe('paragraph');
  });

  it('stays editable by its attribute while React is kept from measuring the selection in it on each render', async () => {
    const { page } = session;
    await page.keyboard.type('Typed while the toolbar renders.');
    const state = () =>
      editor().evaluate((root: HTMLElement) => ({ attribute: root.getAttribute('contenteditable'), editable: root.isContentEditable, toReact: root.contentEditable }));
    expect(await state()).toEqual({ attribute: 'true', editable: true, toReact: 'inherit' });
    // Lexical still switches the element through the property (read-only documents).
    await editor().evaluate((root: HTMLElement) => {
      root.contentEditable = 'false';
    });
    expect(await state()).toEqual({ attribute: 'false', editable: false, toReact: 'inherit' });
  });

  it('gives every toolbar button a label and a tooltip, with the shortcut where there is one', async () => {
    const buttons = await testId('toolbar').locator('button').evaluateAll((elements) =>
      elements.map((button) => ({ label: button.getAttribute('aria-label'), title: button.getAttribute('title') })),
    );
    expect(buttons.length).toBeGreaterThanOrEqual(15);
    for (const { label, title } of buttons) {
      expect(label).toBeTruthy();
      expect(title).toContain(label);
    }
    expect(await testId('bold').getAttribute('title')).toBe('Bold (Ctrl+B)');
    expect(await testId('undo').getAttribute('title')).toBe('Undo (Ctrl+Z)');
  });

  it('reaches the toolbar from the keyboard with Alt+F10, moves along it with the arrows and returns with Escape', async () => {
    const { page } = session;
    await page.keyboard.type('Some text');
    await page.keyboard.press('Alt+F10');
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
    expect(await focused()).toBe('outline-toggle');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('undo');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe('block-type');
    await page.keyboard.press('End');
    expect(await focused()).toBe('find');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('editor');
    // The toolbar is one Tab stop, entered where it was left.
    expect(await testId('toolbar').locator('[tabindex="0"]').count()).toBe(1);
  });

  it('makes numbered and bulleted lists with Ctrl+Shift+7 and Ctrl+Shift+8', async () => {
    const { page } = session;
    await page.keyboard.type('First step');
    await page.keyboard.press('Control+Shift+7');
    await eventually(() => editor().locator('ol > li').allTextContents()).toEqual(['First step']);
    expect(await testId('numbered-list').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Control+Shift+8');
    await eventually(() => editor().locator('ul > li').allTextContents()).toEqual(['First step']);
    await page.keyboard.press('Control+Shift+8');
    await eventually(() => editor().locator('ul, ol').count()).toBe(0);
  });

  it('turns "- " into a bulleted list, and Tab and Shift+Tab nest and un-nest an item', async () => {
    const { page } = session;
    await page.keyboard.type('- Repatriate detainees\nTransfer them elsewhere');
    await page.keyboard.press('Tab');
    await eventually(() => editor().locator('ul ul li').textContent()).toBe('Transfer them elsewhere');
    expect(await testId('bullet-list').getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Shift+Tab');
    await eventually(() => editor().locator('ul ul').count()).toBe(0);
    expect(await editor().locator('ul > li').allTextContents()).toEqual(['Repatriate detainees', 'Transfer them elsewhere']);
  });

  it('keeps Tab for leaving the editor outside lists and tables', async () => {
    const { page } = session;
    await page.keyboard.type('A plain paragraph');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).not.toBe('editor');
    expect(await editor().textContent()).toBe('A plain paragraph');
  });

  it('inserts a 3 × 3 table with a header row, and adds and removes rows and columns', async () => {
    const { page } = session;
    await testId('insert-table').click();
    await testId('table-rows').fill('3');
    await testId('table-columns').fill('3');
    await testId('insert-table-confirm').click();
    const cells = editor().locator('table th, table td');
    await eventually(() => cells.count()).toBe(9);
    expect(await editor().locator('table th').count()).toBe(3);
    await page.keyboard.type('Group');

    await testId('table-add-row').click();
    await eventually(() => cells.count()).toBe(12);
    await testId('table-add-column').click();
    await eventually(() => cells.count()).toBe(16);
    expect(await editor().locator('table tr').count()).toBe(4);

    await testId('table-delete-row').click();
    await eventually(() => cells.count()).toBe(12);
    await testId('table-delete-column').click();
    await eventually(() => cells.count()).toBe(9);
  });

  it('adds a link with Ctrl+K, refuses a javascript: address, and never navigates when the link is clicked', async () => {
    const { page } = session;
    await page.keyboard.type('See ');
    await page.keyboard.press('Control+k');
    await testId('link-url').fill('javascript:alert(1)');
    await testId('link-apply').click();
    await eventually(() => testId('link-url').getAttribute('aria-invalid')).toBe('true');
    expect(await testId('link-url-hint').textContent()).toContain('web page');

    await testId('link-url').fill('www.rudaw.net/english/middleeast/iraq');
    await testId('link-text').fill('the Rudaw article');
    await testId('link-apply').click();
    const link = editor().locator('a');
    await eventually(() => link.getAttribute('href')).toBe('https://www.rudaw.net/english/middleeast/iraq');
    expect(await link.textContent()).toBe('the Rudaw article');
    await eventually(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');

    const before = page.url();
    await link.click();
    await link.click({ modifiers: ['Control'] });
    await link.click({ button: 'middle' });
    await page.waitForTimeout(300);
    expect(page.url()).toBe(before);
    expect(page.context().pages()).toHaveLength(1);
    expect(session.requests.every((request) => new URL(request.url()).hostname === '127.0.0.1')).toBe(true);

    // The caret is in the link now: Ctrl+K edits it, and can remove it.
    await page.keyboard.press('Control+k');
    expect(await testId('link-url').inputValue()).toBe('https://www.rudaw.net/english/middleeast/iraq');
    await testId('link-remove').click();
    await eventually(() => link.count()).toBe(0);
    expect(await editor().textContent()).toBe('See the Rudaw article');
  });

  it('finds across formatted text, steps through matches and replaces all in one undoable step', async () => {
    const { page } = session;
    await page.keyboard.type('NATO met al-');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Araji');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('. The nato mission and NATO partners.');
    const original = await editor().textContent();

    await page.keyboard.press('Control+f');
    await testId('find-bar').waitFor();
    await testId('find-input').fill('al-araji');
    await eventually(() => testId('find-count').textContent()).toBe('1 of 1');

    await testId('find-input').fill('nato');
    await eventually(() => testId('find-count').textContent()).toMatch(/^\d of 3$/);
    const first = await testId('find-count').textContent();
    await testId('find-input').press('Enter');
    await eventually(() => testId('find-count').textContent()).not.toBe(first);
    await testId('find-input').press('Shift+Enter');
    await eventually(() => testId('find-count').textContent()).toBe(first);

    await testId('match-case').click();
    await eventually(() => testId('find-count').textContent()).toMatch(/ of 1$/);
    await testId('match-case').click();

    await page.keyboard.press('Control+h');
    await testId('replace-input').fill('the Alliance');
    await testId('replace-all').click();
    await eventually(() => editor().textContent()).toBe('the Alliance met al-Araji. The the Alliance mission and the Alliance partners.');
    expect(await editor().locator('strong').textContent()).toBe('Araji');

    await testId('find-input').press('Escape');
    await eventually(() => testId('find-bar').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');

    await page.keyboard.press('Control+z');
    await eventually(() => editor().textContent()).toBe(original);
  });

  it('counts words and characters in the status bar as the analyst types', async () => {
    const { page } = session;
    await page.keyboard.type('Al-Araji asked states to repatriate nationals.\nقال الأعرجي إن على الدول');
    // The count waits for a pause in typing.
    await eventually(() => testId('word-count').textContent()).toBe('11 words · 70 characters');
  });

  it('lists headings in the outline, and choosing one scrolls to it and puts the caret there', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 520 });
    const filler = 'Background paragraph.\n'.repeat(10);
    await page.keyboard.type(`# Readout\n## Key points\n${filler}### Follow-ups\n${filler}`);
    const items = testId('outline').locator('[data-testid="outline-item"]');
    await eventually(() => items.allTextContents()).toEqual(['Readout', 'Key points', 'Follow-ups']);

    await page.evaluate(() => document.querySelector('.editor-scroll')?.scrollTo(0, 0));
    await items.nth(2).click();
    const heading = editor().locator('h3');
    const headingInView = () =>
      heading.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const view = document.querySelector('.editor-scroll')!.getBoundingClientRect();
        return box.top >= view.top && box.bottom <= view.bottom;
      });
    await eventually(headingInView).toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h3')?.textContent)).toBe('Follow-ups');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('editor');

    await testId('outline-hide').click();
    await eventually(() => testId('outline').count()).toBe(0);
    await testId('outline-toggle').click();
    await eventually(() => testId('outline').count()).toBe(1);
  });

  it('inserts an image from a file, shows it from a blob: URL, and edits its alt text', async () => {
    const { page } = session;
    await page.keyboard.type('Map of the camp: ');
    await page.setInputFiles('[data-testid="image-file-input"]', { name: 'camp.png', mimeType: 'image/png', buffer: solidPng(40, 20) });
    const image = editor().locator('img');
    await eventually(() => image.getAttribute('src')).toMatch(/^blob:/);
    expect(await image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBe(40);

    await image.dblclick();
    await testId('alt-text-input').fill('Satellite view of al-Hol camp');
    await testId('alt-text-apply').click();
    await eventually(() => image.getAttribute('alt')).toBe('Satellite view of al-Hol camp');
  });

  it('pastes an image file from the clipboard into the document', async () => {
    const { page } = session;
    const base64 = solidPng(30, 10).toString('base64');
    await page.evaluate((data) => {
      const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'screenshot.png', { type: 'image/png' }));
      document.querySelector('[data-testid="editor"]')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
    }, base64);
    const image = editor().locator('img');
    await eventually(() => image.getAttribute('src')).toMatch(/^blob:/);
    expect(await image.evaluate((element: HTMLImageElement) => element.naturalWidth)).toBe(30);
  });

  it('keeps an inserted image, by media id, through saving and reopening', async () => {
    const { page } = session;
    await page.setInputFiles('[data-testid="image-file-input"]', { name: 'camp.png', mimeType: 'image/png', buffer: solidPng(12, 8) });
    await editor().locator('img').dblclick();
    await testId('alt-text-input').fill('Camp layout');
    await testId('alt-text-apply').click();
    await page.keyboard.press('Control+Shift+s');
    await testId('save-as-name').fill('with-image');
    await page.keyboard.press('Enter');
    await testId('unsaved-mark').waitFor({ state: 'detached' });

    const saved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'with-image.brief'))));
    const image = saved.body.root.children.flatMap((block) => block.children ?? []).find((node) => node.type === 'image');
    expect(image).toMatchObject({ type: 'image', version: 1, altText: 'Camp layout' });
    expect(Object.keys(saved.media)).toEqual([image?.mediaId]);
    expect(Buffer.from(saved.media[String(image?.mediaId)]!.data, 'base64')).toEqual(solidPng(12, 8));

    await page.reload();
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("with-image.brief")');
    await eventually(() => editor().locator('img').getAttribute('alt')).toBe('Camp layout');
    expect(await editor().locator('img').getAttribute('src')).toMatch(/^blob:/);
  });

  it('shows a clear placeholder for an image whose bytes are missing from the document', async () => {
    const { page } = session;
    const document = sampleReadout();
    document.media = {};
    await writeFile(join(session.workspace, 'missing-image.brief'), encodeBrief(document));
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("missing-image.brief")');
    const placeholder = editor().locator('.bw-image-missing');
    await eventually(() => placeholder.textContent()).toBe('Image missing from this document(Organisation chart)');
    expect(await placeholder.getAttribute('aria-label')).toBe('Image missing from this document: Organisation chart');
    expect(await editor().locator('img').count()).toBe(0);
  });

  it('refuses an image over the size limit, and a file that is not an image, with a message', async () => {
    const { page } = session;
    const oversized = Buffer.concat([solidPng(1, 1), Buffer.alloc(21 * 1024 * 1024)]);
    // Sending 21 MB into the page takes a few seconds.
    await page.setInputFiles('[data-testid="image-file-input"]', { name: 'scan.png', mimeType: 'image/png', buffer: oversized }, { timeout: 30_000 });
    await eventually(() => testId('editor-notice').textContent()).toContain('larger than 20 MB');

    await page.setInputFiles('[data-testid="image-file-input"]', { name: 'fake.png', mimeType: 'image/png', buffer: Buffer.from('<svg onload="alert(1)"/>') });
    await eventually(() => testId('editor-notice').textContent()).toContain('is not a PNG, JPEG, GIF or WebP image');
    expect(await editor().locator('img').count()).toBe(0);
  });

  it('undoes and redoes from the toolbar, which shows when each is possible', async () => {
    const { page } = session;
    expect(await testId('undo').isDisabled()).toBe(true);
    await page.keyboard.type('Draft line');
    await eventually(() => testId('undo').isDisabled()).toBe(false);
    await testId('undo').click();
    await eventually(() => editor().textContent()).toBe('');
    await eventually(() => testId('redo').isDisabled()).toBe(false);
    await page.keyboard.press('Control+y');
    await eventually(() => editor().textContent()).toBe('Draft line');
  });

  it('lays out an Arabic paragraph right to left', async () => {
    const { page } = session;
    await page.keyboard.type('English first.\nقال مستشار الأمن الوطني العراقي قاسم الأعرجي');
    const directions = await editor()
      .locator('p')
      .evaluateAll((paragraphs) => paragraphs.map((paragraph) => getComputedStyle(paragraph).direction));
    expect(directions).toEqual(['ltr', 'rtl']);
  });
});
