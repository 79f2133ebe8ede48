import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief } from '../../core/document/container';
import { closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';
import { clipboard, EDITOR, editorSelection, pasteSourceAndCite, saveAs, selectInViewer, SOURCE_SCENARIO } from './scenarios';

// An invented article in the shape of a regional outlet's page: headline, byline, date,
// dateline, share buttons and a comment policy.
const ARTICLE_HTML = `<!doctype html><html lang="en"><head>
<title>Adviser urges states to take back detainees | Harbour Chronicle</title>
<meta property="og:site_name" content="Harbour Chronicle">
<meta property="og:title" content="Adviser urges states to take back detainees">
<meta name="author" content="Maeve Halloran">
<meta property="article:published_time" content="2022-01-30T14:05:00+03:00">
<link rel="canonical" href="https://chronicle.example.org/2022/01/30/adviser-detainees">
<script>window.stolen = true;</script>
</head><body>
<nav>Home · World · Opinion</nav>
<article>
<h1>Adviser urges states to take back detainees</h1>
<p class="byline">By Maeve Halloran</p>
<div class="share">Share Facebook Twitter WhatsApp</div>
<p>PORT SALAMA — The national security adviser on Sunday urged foreign governments to repatriate their citizens held in the country's prisons, saying that among the detainees "are commanders of the group" who still direct cells abroad.</p>
<p>He told a visiting mission commander that states unable to take them back should at least agree to move them to a third country.</p>
<p>Officials said an inspection campaign in the prisons would begin next month.</p>
</article>
<p>Comments are moderated. We reserve the right to remove comments that break our policy.</p>
</body></html>`;

const PASSAGE = 'among the detainees "are commanders of the group"';

async function pasteHtml(page: Page, selector: string, html: string): Promise<void> {
  await page.locator(selector).evaluate((target, content) => {
    const data = new DataTransfer();
    data.setData('text/html', content);
    data.setData('text/plain', content.replace(/<[^>]+>/g, ' '));
    target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}


describe('a source captured, graded and cited to its passage', () => {
  let session: E2ESession;

  beforeAll(async () => {
    session = await openFreshEditor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('captures a pasted article and shows what it detected for confirmation', async () => {
    const { page } = session;
    await page.keyboard.type('The adviser said that the detainees “are commanders of the group”.');
    await page.click('[data-testid="toggle-sources"]');
    await page.click('[data-testid="add-source-paste"]');
    await pasteHtml(page, '[data-testid="paste-source"]', ARTICLE_HTML);
    await page.click('[data-testid="capture-source"]');

    const dialog = page.locator('[data-testid="add-source-dialog"]');
    await dialog.locator('[data-source-field="title"]').waitFor();
    expect(await dialog.locator('[data-source-field="title"]').inputValue()).toBe('Adviser urges states to take back detainees');
    expect(await dialog.locator('[data-source-field="containerTitle"]').inputValue()).toBe('Harbour Chronicle');
    expect(await dialog.locator('[data-source-field="authors"]').inputValue()).toBe('Maeve Halloran');
    expect(await dialog.locator('[data-source-field="issued"]').inputValue()).toBe('2022-01-30');
    expect(await dialog.locator('[data-source-field="url"]').inputValue()).toBe('https://chronicle.example.org/2022/01/30/adviser-detainees');

    await dialog.locator('[data-source-field="reliability"]').selectOption('B');
    await dialog.locator('[data-source-field="credibility"]').selectOption('2');
    await page.click('[data-testid="add-source"]');
    await dialog.waitFor({ state: 'detached' });

    const text = await page.locator('[data-testid="source-text"]').innerText();
    expect(text).toContain('PORT SALAMA — The national security adviser on Sunday urged');
    expect(text).not.toContain('WhatsApp');
    expect(text).not.toContain('Comments are moderated');
    expect(await page.evaluate(() => (window as unknown as { stolen?: boolean }).stolen)).toBeUndefined();
    expect(await page.locator('[data-testid="source-detail"] .grade-badge').first().innerText()).toBe('B2');
  });

  it('cites a passage selected in the viewer at the caret, as note 1', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await selectInViewer(page, PASSAGE);
    await page.click('[data-testid="cite-selection"]');

    const marker = page.locator(`${EDITOR} [data-testid="citation"]`);
    await marker.waitFor();
    expect(await marker.innerText()).toBe('1');
    await marker.hover();
    const card = page.locator('[data-testid="citation-card"]');
    await card.waitFor();
    expect(await card.innerText()).toContain('Adviser urges states to take back detainees');
    expect(await card.innerText()).toContain(PASSAGE);
    expect(await card.locator('[data-testid="citation-problem"]').count()).toBe(0);
  });

  it('opens the source at the highlighted passage when the note is clicked', async () => {
    const { page } = session;
    await page.click('text=← All sources');
    await page.locator('[data-testid="source-detail"]').waitFor({ state: 'detached' });
    expect(await page.locator('[data-testid="cite-count"]').innerText()).toBe('Cited once');
    await page.click(`${EDITOR} [data-testid="citation"]`);
    await page.locator('[data-testid="source-text"]').waitFor();
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('bw-focused-passage') ?? [])].map((range) => range.toString())))
      .toEqual([PASSAGE]);
  });

  it('flags a quotation that no longer matches its source, with both texts', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.press('Control+f');
    await page.fill('[data-testid="find-input"]', 'commanders of');
    await page.click('[aria-label="Show replace"]');
    await page.fill('[data-testid="replace-input"]', 'leaders of');
    await page.click('[data-testid="replace-all"]');
    await page.click('[data-testid="find-close"]');

    const marker = page.locator(`${EDITOR} [data-testid="citation"]`);
    await expect.poll(() => marker.getAttribute('class')).toContain('has-problem');
    await marker.hover();
    const card = page.locator('[data-testid="citation-card"]');
    expect(await card.innerText()).toContain('Draft: are leaders of the group');
    expect(await card.innerText()).toContain('Source:');
  });

  it('saves and reopens with the source, its grade and the linked citation intact', async () => {
    const { page } = session;
    await saveAs(page, 'cited');

    const document = decodeBrief(new Uint8Array(await readFile(join(session.workspace, 'cited.brief'))));
    expect(document.sources).toHaveLength(1);
    const [source] = document.sources;
    expect(source).toMatchObject({ title: 'Adviser urges states to take back detainees', reliability: 'B', credibility: '2', issued: '2022-01-30' });
    const citations = JSON.stringify(document.body).match(/"type":"citation"/g) ?? [];
    expect(citations).toHaveLength(1);
    expect(JSON.stringify(document.body)).toContain(`"sourceId":"${source?.id}"`);

    await page.reload();
    await page.locator(EDITOR).waitFor();
    await page.click('text=Open…');
    await page.click('[data-testid="open-dialog"] button:has-text("cited.brief")');
    const marker = page.locator(`${EDITOR} [data-testid="citation"]`);
    await marker.waitFor();
    expect(await marker.innerText()).toBe('1');
    await expect.poll(() => marker.getAttribute('class')).toContain('has-problem');
    expect(await page.locator('[data-testid="toggle-sources"]').innerText()).toBe('Sources (1)');
  });

  it('imports references from a reference manager’s RIS file, without text to cite passages from', async () => {
    const { page } = session;
    const ris = ['TY  - RPRT', 'TI  - Detention facilities in the north-east', 'AU  - Lindqvist, Ola', 'PY  - 2021', 'PB  - Example Institute', 'ER  - ', ''].join('\n');
    await page.click('[data-testid="toggle-sources"]');
    await page.locator('[data-testid="import-references"]').setInputFiles({ name: 'library.ris', mimeType: 'application/x-research-info-systems', buffer: Buffer.from(ris) });
    await page.locator('[data-testid="notice-bar"]').waitFor();
    expect(await page.locator('[data-testid="notice-bar"]').innerText()).toContain('Imported 1 source from library.ris.');
    expect(await page.locator('[data-testid="toggle-sources"]').innerText()).toBe('Sources (2)');
    await page.click('.source-row:has-text("Detention facilities in the north-east")');
    expect(await page.locator('[data-testid="source-detail"]').innerText()).toContain('This source has no captured text.');
  });
});

describe('citations through copy, cut, paste, undo and redo, and a corrected snapshot', () => {
  let session: E2ESession;
  const markers = () => session.page.locator(`${EDITOR} [data-testid="citation"]`);
  const labels = () => markers().allInnerTexts();

  beforeAll(async () => {
    session = await openFreshEditor();
    const { page } = session;
    await page.keyboard.type('Officials said the inspections would begin next month.');
    await page.keyboard.press('Control+Alt+s');
    await page.click('[data-testid="add-source-paste"]');
    await page.fill('[data-testid="paste-source"]', 'Inspection plan announced\n\nOfficials said an inspection campaign in the prisons would begin next month, with teams visiting each site.');
    await page.click('[data-testid="capture-source"]');
    await page.click('[data-testid="add-source"]');
    await page.locator('[data-testid="source-text"]').waitFor();
  });
  afterAll(() => closeExpectingNoPageErrors(session));

  it('cites the whole source with a pinpoint, and several citations at one point read "1,2"', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await page.fill('[data-testid="pinpoint"]', 'para. 2');
    await page.click('[data-testid="cite-whole-source"]');
    await page.click('[data-testid="cite-whole-source"]');
    await expect.poll(labels).toEqual(['1', ',2']);
    await page.keyboard.press('Backspace');
    await expect.poll(labels).toEqual(['1']);
    await markers().first().hover();
    expect(await page.locator('[data-testid="citation-card"]').innerText()).toContain('Cites the whole source, para. 2.');
  });

  it('keeps the link through copy and paste, undo and redo, cut and paste', async () => {
    const { page } = session;
    const selected = () => editorSelection(page);
    const paragraphs = () => page.locator(`${EDITOR} p`).count();
    await page.click(EDITOR);
    // Each step waits for the editor to have taken the last, so a loaded machine cannot reorder them.
    await page.keyboard.press('Control+a');
    await expect.poll(selected).toContain('Officials said the inspections');
    await clipboard(page, 'copy');
    await page.keyboard.press('Control+End');
    await expect.poll(selected).toBe('');
    await page.keyboard.press('Enter');
    await expect.poll(paragraphs).toBe(2);
    await clipboard(page, 'paste');
    await expect.poll(labels).toEqual(['1', '2']);
    await page.keyboard.press('Control+z');
    await expect.poll(labels).toEqual(['1']);
    await page.keyboard.press('Control+y');
    await expect.poll(labels).toEqual(['1', '2']);

    await page.keyboard.press('Control+a');
    await expect.poll(selected).toContain('Officials said the inspections');
    await clipboard(page, 'cut');
    await expect.poll(labels).toEqual([]);
    await clipboard(page, 'paste');
    await expect.poll(labels).toEqual(['1', '2']);
    const sourceIds = await markers().evaluateAll((elements) => elements.map((element) => element.getAttribute('data-source-id')));
    expect(new Set(sourceIds).size).toBe(1);
    expect(sourceIds[0]).toMatch(/^src-/);
  });

  it('finds a cited passage again after the snapshot is corrected', async () => {
    const { page } = session;
    await page.click(EDITOR);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Teams will visit each site.');
    await selectInViewer(page, 'with teams visiting each site');
    await page.keyboard.press('Control+Shift+K');
    await expect.poll(labels).toEqual(['1', '2', '3']);

    await page.click('[data-testid="correct-text"]');
    const text = await page.locator('[data-testid="correct-snapshot"]').inputValue();
    await page.fill('[data-testid="correct-snapshot"]', text.replace('Officials said', 'Prison officials said on Monday'));
    await page.click('[data-testid="save-snapshot"]');
    await page.click(`${EDITOR} [data-testid="citation"] >> nth=2`);
    await expect
      .poll(() => page.evaluate(() => [...(CSS.highlights.get('bw-focused-passage') ?? [])].map((range) => range.toString())))
      .toEqual(['with teams visiting each site']);
    expect(await markers().nth(2).getAttribute('class')).not.toContain('has-problem');
  });
});

describe('the source scenario shared with the desktop suite', () => {
  it('captures a pasted source, grades it and cites a passage as note 1', async () => {
    const session = await openFreshEditor();
    const { page } = session;
    await page.keyboard.type('Inspections begin next month.');
    await pasteSourceAndCite(page, SOURCE_SCENARIO);
    const marker = page.locator(`${EDITOR} [data-testid="citation"]`);
    expect(await marker.innerText()).toBe('1');
    expect(await page.locator('[data-testid="source-detail"] .grade-badge').first().innerText()).toBe('B2');
    await marker.hover();
    expect(await page.locator('[data-testid="citation-card"]').innerText()).toContain(SOURCE_SCENARIO.passage);
    await closeExpectingNoPageErrors(session);
  });
});
