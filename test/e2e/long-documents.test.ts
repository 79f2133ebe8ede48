import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief, encodeBrief } from '../../core/document/container';
import { bodyOf, createDocument } from '../../core/document/create';
import { closeExpectingNoPageErrors, startE2ESession, type E2ESession } from './harness';
import { clipboard, EDITOR, editorCaret, editorSelection, expectEditorSelection, saveAs } from './scenarios';

/*
 * A long document's blocks are held by the editor in groups of about fifty
 * (renderer/editor/block-groups.ts). Editing across a group's edge must do what it does
 * anywhere else, and nothing of the groups may show or be saved.
 */

const BLOCKS = 300;
const text = (index: number) => `Block ${index} says something.`;

function paragraph(content: string) {
  return {
    type: 'paragraph', version: 1, direction: null, format: '', indent: 0, textFormat: 0, textStyle: '',
    children: [{ type: 'text', version: 1, detail: 0, format: 0, mode: 'normal', style: '', text: content }],
  };
}

/** The paragraph holding `content` (exactly that text, or starting with it). */
function block(page: Page, content: string) {
  return page.locator(`${EDITOR} p`, { hasText: content }).first();
}

function paragraphTexts(page: Page): Promise<string[]> {
  return page.locator(`${EDITOR} p`).allTextContents();
}

/** Clicks into a paragraph, then puts the caret at its start or end and waits for the editor to have it there. */
async function caretAt(page: Page, content: string, edge: 'Home' | 'End'): Promise<void> {
  await block(page, content).click();
  await page.keyboard.press(edge);
  const offset = edge === 'Home' ? 0 : content.length;
  await expect.poll(() => editorCaret(page)).toEqual({ text: content, offset });
}

describe('a long document, across the editor’s block groups', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await startE2ESession();
    await session.openApp();
    const document = createDocument({ now: new Date('2026-11-01T09:00:00Z'), title: 'Long assessment' });
    document.body = bodyOf(Array.from({ length: BLOCKS }, (_, index) => paragraph(text(index))));
    await writeFile(join(session.workspace, 'long.brief'), encodeBrief(document));
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  async function openLong(): Promise<void> {
    const { page } = session;
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("long.brief")');
    await expect.poll(() => page.locator(`${EDITOR} p`).count()).toBe(BLOCKS);
  }

  it('opens in groups, with the gap at a group’s edge the same as between any two paragraphs', async () => {
    const { page } = session;
    await openLong();
    expect(await page.locator(`${EDITOR} > .bw-block-group`).count()).toBe(BLOCKS / 50);
    expect(await page.locator(`${EDITOR} > :not(.bw-block-group)`).count()).toBe(0);
    expect(await paragraphTexts(page)).toEqual(Array.from({ length: BLOCKS }, (_, index) => text(index)));
    await block(page, text(50)).scrollIntoViewIfNeeded();
    const gaps = await page.evaluate((editor) => {
      const paragraphs = [...document.querySelectorAll(`${editor} p`)];
      const gap = (index: number) => paragraphs[index + 1]!.getBoundingClientRect().top - paragraphs[index]!.getBoundingClientRect().bottom;
      return { inside: gap(48), acrossEdge: gap(49) };
    }, EDITOR);
    expect(gaps.inside).toBeGreaterThan(0);
    expect(gaps.acrossEdge).toBeCloseTo(gaps.inside, 1);
  });

  it('goes to the end and the start of the document with Ctrl+End and Ctrl+Home, though the last group is not rendered', async () => {
    const { page } = session;
    await caretAt(page, text(0), 'Home');
    const lastGroupRendered = () => page.evaluate((editor) => document.querySelector(editor)!.lastElementChild!.lastElementChild!.checkVisibility({ contentVisibilityAuto: true }), EDITOR);
    expect(await lastGroupRendered()).toBe(false);
    const onScreen = (content: string) => block(page, content).evaluate((element) => {
      const { top, bottom } = element.getBoundingClientRect();
      return top >= 0 && bottom <= window.innerHeight;
    });

    await page.keyboard.press('Control+End');
    await expect.poll(() => editorCaret(page)).toEqual({ text: text(BLOCKS - 1), offset: text(BLOCKS - 1).length });
    await expect.poll(() => onScreen(text(BLOCKS - 1))).toBe(true);
    await page.keyboard.press('Control+Home');
    await expect.poll(() => editorCaret(page)).toEqual({ text: text(0), offset: 0 });
    await expect.poll(() => onScreen(text(0))).toBe(true);

    await page.keyboard.press('Control+Shift+End');
    await expect.poll(async () => (await editorSelection(page))?.endsWith(text(BLOCKS - 1)) ?? false).toBe(true);
    expect((await editorSelection(page))?.startsWith(text(0))).toBe(true);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => editorCaret(page)).toEqual({ text: text(0), offset: 0 });
  });

  it('joins two paragraphs across a group’s edge with Backspace and with Delete, and undoes each', async () => {
    const { page } = session;
    // Block 50 starts the second group.
    await caretAt(page, text(50), 'Home');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator(`${EDITOR} p`).count()).toBe(BLOCKS - 1);
    await page.keyboard.type('|');
    expect(await block(page, text(49)).textContent()).toBe(`${text(49)}|${text(50)}`);

    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => paragraphTexts(page)).toEqual(Array.from({ length: BLOCKS }, (_, index) => text(index)));

    // Block 99 ends the second group.
    await caretAt(page, text(99), 'End');
    await page.keyboard.press('Delete');
    await expect.poll(() => page.locator(`${EDITOR} p`).count()).toBe(BLOCKS - 1);
    await page.keyboard.type('|');
    expect(await block(page, text(99)).textContent()).toBe(`${text(99)}|${text(100)}`);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`${EDITOR} p`).count()).toBe(BLOCKS);
  });

  it('replaces a selection that runs across a group’s edge with what is typed, as one paragraph', async () => {
    const { page } = session;
    await caretAt(page, text(47), 'End');
    // From the end of block 47 to the start of block 52, across the edge after block 49.
    for (let line = 0; line < 5; line += 1) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+Home');
    await expectEditorSelection(page, `\n${[48, 49, 50, 51].map(text).join('\n')}\n`);
    await page.keyboard.type('~');
    // What was left of block 52 joins block 47, as it would anywhere else.
    await expect.poll(() => page.locator(`${EDITOR} p`).count()).toBe(BLOCKS - 5);
    const paragraphs = await paragraphTexts(page);
    expect(paragraphs[47]).toBe(`${text(47)}~${text(52)}`);
    expect(paragraphs[48]).toBe(text(53));
  });

  it('saves the blocks without the groups, and selecting everything and typing leaves one paragraph', async () => {
    const { page } = session;
    await saveAs(page, 'long-edited');
    const saved = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'long-edited.brief'))));
    expect(saved.body.root.children).toHaveLength(BLOCKS - 5);
    expect(saved.body.root.children.every((child) => child.type === 'paragraph')).toBe(true);

    await block(page, text(10)).click();
    await page.keyboard.press('Control+a');
    await expect.poll(async () => (await editorSelection(page))?.includes(text(129)) ?? false).toBe(true);
    await page.keyboard.type('Fresh start');
    await expect.poll(() => paragraphTexts(page)).toEqual(['Fresh start']);
    expect(await page.locator(`${EDITOR} > .bw-block-group`).count()).toBe(1);
  });

  it('copies and cuts across a group’s edge, and pastes the blocks alone, never a group', async () => {
    const { page } = session;
    await page.keyboard.press('Control+s');
    await page.locator('[data-testid="unsaved-mark"]').waitFor({ state: 'detached' });
    await openLong();
    await caretAt(page, text(47), 'End');
    for (let line = 0; line < 5; line += 1) await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+Home');
    await expectEditorSelection(page, `\n${[48, 49, 50, 51].map(text).join('\n')}\n`);
    await clipboard(page, 'copy');
    const copied = await page.evaluate(() => (window as unknown as { testClipboard: DataTransfer }).testClipboard.getData('application/x-lexical-editor'));
    expect(copied).toContain(text(50));
    expect(copied).not.toContain('block-group');

    await page.keyboard.press('Control+End');
    await expect.poll(() => editorCaret(page)).toEqual({ text: text(BLOCKS - 1), offset: text(BLOCKS - 1).length });
    await clipboard(page, 'paste');
    await expect.poll(async () => (await paragraphTexts(page)).filter((content) => content === text(50)).length).toBe(2);
    expect(await page.locator(`${EDITOR} .bw-block-group .bw-block-group`).count()).toBe(0);
    expect(await page.locator(`${EDITOR} > :not(.bw-block-group)`).count()).toBe(0);

    // Cutting across the edge joins what is left, as Delete would.
    await caretAt(page, text(48), 'End');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect.poll(async () => (await editorSelection(page))?.includes(text(49)) ?? false).toBe(true);
    const before = (await paragraphTexts(page)).length;
    await clipboard(page, 'cut');
    await expect.poll(async () => (await paragraphTexts(page)).length).toBe(before - 2);
    expect((await paragraphTexts(page))[48]).toBe(text(48));
    expect((await paragraphTexts(page))[49]).toBe(text(51));
  });
});
