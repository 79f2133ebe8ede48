import type { Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EDITOR, closeExpectingNoPageErrors, openFreshEditor, type E2ESession } from './harness';

/** Waits for the page to catch up: typing and rendering are slower on a busy machine. */
function eventually<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 5000 });
}

/** A 1 × 1 PNG, as a web page or Word would embed it. */
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Pastes as the browser would, but with clipboard content we choose. */
async function pasteHtml(page: Page, html: string, plainText = ''): Promise<void> {
  await page.evaluate(
    ([markup, text]) => {
      const data = new DataTransfer();
      data.setData('text/html', markup);
      if (text) data.setData('text/plain', text);
      document.querySelector('[data-testid="editor"]')?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    [html, plainText] as const,
  );
}

/** Drops HTML on the editor's first paragraph, as dragging a selection from a web page would. */
async function dropHtml(page: Page, html: string): Promise<void> {
  await page.evaluate((markup) => {
    const paragraph = document.querySelector('[data-testid="editor"] p');
    const box = paragraph?.getBoundingClientRect();
    if (!paragraph || !box) throw new Error('No paragraph to drop on.');
    const data = new DataTransfer();
    data.setData('text/html', markup);
    const at = { clientX: box.right - 2, clientY: box.top + box.height / 2 };
    paragraph.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true, ...at }));
  }, html);
}

const HOSTILE_PAGE = `
<meta charset="utf-8"><base href="http://example.invalid/"><link rel="stylesheet" href="http://example.invalid/x.css">
<style>body { display: none }</style>
<script>window.__pwned = 1</script>
<h2 onclick="window.__pwned = 5">Key judgments</h2>
<p style="background:url(http://example.invalid/bg.png)" onclick="window.__pwned = 4" class="evil">We assess with <b>moderate confidence</b> that detainees <i>remain</i> a risk.</p>
<img src=x onerror="window.__pwned = 2">
<img src="http://example.invalid/track.png" alt="tracker">
<iframe src="http://example.invalid"></iframe>
<p><a href="javascript:window.__pwned = 3">click me</a> and <a href="data:text/html,<script>alert(1)</script>">a data link</a></p>
<ul><li>First indicator</li><li>Second indicator</li></ul>
<table><tr><th>Figure</th><th>Count</th></tr><tr><td onmouseover="window.__pwned = 11">Dead</td><td>373</td></tr></table>
<p>Source: <a href="https://www.rudaw.net/english" onmouseover="window.__pwned = 6" target="_blank">Rudaw</a></p>
<svg onload="window.__pwned = 7"><script>window.__pwned = 8</script><text>svg text</text></svg>
<form action="http://example.invalid"><input value="x" onfocus="window.__pwned = 9" autofocus></form>
<object data="http://example.invalid/x.swf"></object><embed src="http://example.invalid/y">
<math><mtext><img src=x onerror="window.__pwned = 10"></mtext></math>
<div style="background-image:url('http://example.invalid/div.png')">A line in a div</div>
<p>Embedded: <img src="data:image/png;base64,${TINY_PNG}" alt="embedded chart"></p>`;

const WORD_DOCUMENT = `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta name=Generator content="Microsoft Word 15"><style>p.MsoNormal { margin: 0 }</style></head>
<body lang=EN-GB><!--StartFragment-->
<h1>Threat assessment</h1>
<p class=MsoNormal>The <b>Hasaka</b> prison attack <span style='font-style:italic'>changed</span> the picture.<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol;mso-fareast-font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>First bullet<o:p></o:p></p>
<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-add-space:auto;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><![endif]>Nested bullet<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><!--[if !supportLists]--><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span></span><!--[endif]-->Second bullet<o:p></o:p></p>
<p class=MsoNormal>Between the lists<o:p></o:p></p>
<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>1.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>First step<o:p></o:p></p>
<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'><![if !supportLists]><span style='mso-list:Ignore'>2.<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp; </span></span><![endif]>Second step<o:p></o:p></p>
<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-yfti-tbllook:1184'>
 <tr style='mso-yfti-irow:0'><td width=301 valign=top style='width:225.4pt'><p class=MsoNormal><b>Group<o:p></o:p></b></p></td><td width=301 valign=top><p class=MsoNormal><b>Dead<o:p></o:p></b></p></td></tr>
 <tr style='mso-yfti-irow:1'><td width=301 valign=top><p class=MsoNormal>ISIS members<o:p></o:p></p></td><td width=301 valign=top><p class=MsoNormal>268<o:p></o:p></p></td></tr>
</table>
<h4>Minor heading</h4>
<!--EndFragment--></body></html>`;

const GOOGLE_DOCS = `<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5e1f"><p dir="ltr" style="line-height:1.38;margin-top:0pt"><span style="font-size:11pt;font-weight:700;">Bold part</span><span style="font-size:11pt;font-weight:400;"> plain part</span><span style="font-size:11pt;font-style:italic;font-weight:400;"> italic part</span><span style="text-decoration:underline;"> underlined</span></p></b>`;

describe('pasting from outside', () => {
  let session: E2ESession;

  beforeEach(async () => {
    session = await openFreshEditor();
  });
  afterEach(() => closeExpectingNoPageErrors(session));

  const editor = () => session.page.locator(EDITOR);

  it('runs nothing, loads nothing and keeps nothing active from a hostile page, but keeps its structure', async () => {
    const { page } = session;
    await pasteHtml(page, HOSTILE_PAGE, 'Key judgments');
    await eventually(() => editor().locator('h2').textContent()).toBe('Key judgments');
    await page.locator(`${EDITOR} td`).first().hover();
    await page.waitForTimeout(500);

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const offHost = session.requests.map((request) => new URL(request.url())).filter((url) => url.protocol.startsWith('http') && url.hostname !== '127.0.0.1');
    expect(offHost.map(String)).toEqual([]);

    const dom = await editor().evaluate((root) => ({
      forbidden: root.querySelectorAll('script, style, iframe, object, embed, svg, math, form, input, link, base, meta').length,
      handlers: Array.from(root.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
      styled: root.querySelectorAll('[class="evil"], [style*="url"]').length,
      hrefs: Array.from(root.querySelectorAll('a')).map((link) => link.getAttribute('href')),
      images: Array.from(root.querySelectorAll('img')).map((image) => ({ src: image.getAttribute('src'), alt: image.getAttribute('alt') })),
    }));
    expect(dom.forbidden).toBe(0);
    expect(dom.handlers).toEqual([]);
    expect(dom.styled).toBe(0);
    expect(dom.hrefs).toEqual(['https://www.rudaw.net/english']);
    expect(dom.images).toHaveLength(1);
    expect(dom.images[0]?.src).toMatch(/^blob:/);
    expect(dom.images[0]?.alt).toBe('embedded chart');

    expect(await editor().locator('strong').textContent()).toBe('moderate confidence');
    expect(await editor().locator('em').textContent()).toBe('remain');
    expect(await editor().locator('ul > li').allTextContents()).toEqual(['First indicator', 'Second indicator']);
    expect(await editor().locator('table th').allTextContents()).toEqual(['Figure', 'Count']);
    expect(await editor().locator('table td').allTextContents()).toEqual(['Dead', '373']);
    expect(await editor().locator('a').textContent()).toBe('Rudaw');
    const text = await editor().textContent();
    expect(text).toContain('click me and a data link');
    expect(text).toContain('A line in a div');
    expect(text).not.toContain('__pwned');
    expect(text).not.toContain('display: none');
  });

  it('sanitizes HTML dropped from a web page just as it does a paste', async () => {
    const { page } = session;
    await dropHtml(page, HOSTILE_PAGE);
    await eventually(() => editor().locator('h2').textContent()).toBe('Key judgments');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const dom = await editor().evaluate((root) => ({
      forbidden: root.querySelectorAll('script, style, iframe, object, embed, svg, math, form, input').length,
      handlers: Array.from(root.querySelectorAll('*')).flatMap((element) => element.getAttributeNames().filter((name) => name.startsWith('on'))),
      hrefs: Array.from(root.querySelectorAll('a')).map((link) => link.getAttribute('href')),
      imageSources: Array.from(root.querySelectorAll('img')).map((image) => image.getAttribute('src')?.slice(0, 5)),
    }));
    expect(dom).toEqual({ forbidden: 0, handlers: [], hrefs: ['https://www.rudaw.net/english'], imageSources: ['blob:'] });
    expect(await editor().locator('table td').allTextContents()).toEqual(['Dead', '373']);
  });

  it('keeps headings, nested lists, numbered lists, tables and emphasis from Word', async () => {
    const { page } = session;
    await pasteHtml(page, WORD_DOCUMENT, 'Threat assessment');
    await eventually(() => editor().locator('h1').textContent()).toBe('Threat assessment');
    expect(await editor().locator('strong').first().textContent()).toBe('Hasaka');
    expect(await editor().locator('em').textContent()).toBe('changed');

    const bullets = await editor().evaluate((root) => {
      const list = root.querySelector('ul');
      const items = Array.from(list?.children ?? []).map((item) => ({ text: item.querySelector(':scope > span')?.textContent ?? null, nested: item.querySelector('ul li')?.textContent ?? null }));
      return items;
    });
    expect(bullets).toEqual([
      { text: 'First bullet', nested: null },
      { text: null, nested: 'Nested bullet' },
      { text: 'Second bullet', nested: null },
    ]);
    expect(await editor().locator('ol > li').allTextContents()).toEqual(['First step', 'Second step']);
    expect(await editor().locator('table td, table th').allTextContents()).toEqual(['Group', 'Dead', 'ISIS members', '268']);
    expect(await editor().locator('h3').textContent()).toBe('Minor heading');

    const text = await editor().textContent();
    expect(text).toContain('Between the lists');
    expect(text).not.toMatch(/[·]|mso|StartFragment/);
  });

  it('keeps bold, italic and underline that Google Docs writes as inline styles', async () => {
    const { page } = session;
    await pasteHtml(page, GOOGLE_DOCS, 'Bold part plain part italic part underlined');
    await eventually(() => editor().locator('strong').textContent()).toBe('Bold part');
    expect(await editor().locator('em').textContent()).toBe(' italic part');
    expect(await editor().locator('.bw-underline').textContent()).toBe(' underlined');
    expect(await editor().textContent()).toBe('Bold part plain part italic part underlined');
  });
});
