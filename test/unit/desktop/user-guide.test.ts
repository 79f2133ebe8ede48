import type { MenuItemConstructorOptions } from 'electron';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate } from '../../../electron/main/menu-template';
import { renderUserGuide } from '../../../scripts/user-guide.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const guideMarkdown = readFileSync(join(root, 'docs/USER-GUIDE.md'), 'utf8');

describe('the user guide', () => {
  const html = renderUserGuide(guideMarkdown);

  it('covers what an analyst needs, with a contents list linking to each part', () => {
    for (const [id, heading] of [
      ['starting-a-document', 'Starting a document'],
      ['sources-and-citations', 'Sources and citations'],
      ['checks-and-markings', 'Checks and markings'],
      ['export', 'Export'],
      ['spelling', 'Spelling'],
      ['keyboard-shortcuts', 'Keyboard shortcuts'],
      ['where-your-files-are-kept', 'Where your files are kept'],
      ['if-something-goes-wrong', 'If something goes wrong'],
    ]) {
      expect(html).toContain(`<h2 id="${id}">${heading}</h2>`);
      expect(html).toContain(`<li><a href="#${id}">${heading}</a></li>`);
    }
    expect(html).toContain('<title>Briefwright User Guide</title>');
    expect(html).toContain('<strong>Checks panel</strong> (View › Checks, Ctrl+Alt+C');
  });

  it('lists in its shortcuts table every key the application menu shows', () => {
    const items = (list: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
      list.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
    const menu = applicationMenuTemplate(
      { send: () => undefined, closeWindow: () => undefined, showAbout: () => undefined, openUserGuide: () => undefined, openRecent: () => undefined, clearRecent: () => undefined },
      { isPackaged: true, isMac: false, recentDocuments: [] },
    );
    const table = guideMarkdown.slice(guideMarkdown.indexOf('## Keyboard shortcuts'), guideMarkdown.indexOf('## Where your files are kept'));
    const accelerators = items(menu).flatMap((item) => (item.accelerator ? [String(item.accelerator).replace('CmdOrCtrl', 'Ctrl')] : []));
    for (const accelerator of accelerators) expect(table, accelerator).toMatch(new RegExp(`(^|[ |,;(])${accelerator.replace(/\+/g, '\\+')}([ |,;)]|$)`, 'm'));
  });

  it('is a static page: no script, no event handlers, no links out, raw HTML shown as text', () => {
    const hostile = renderUserGuide('# Guide\n\n## Part\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(1)">\n\n[out](https://example.org/) [in](#part) [js](javascript:alert(1))\n\n![remote](https://example.org/x.png)');
    expect(hostile).not.toMatch(/<script|<img|<[^>]*\son[a-z]+=|href="(https?|javascript):/i);
    const local = renderUserGuide('# Guide\n\n## Part\n\n![The checks panel](images/checks-panel.png)\n\n![elsewhere](../x.png)');
    expect(local).toContain('<img src="images/checks-panel.png" alt="The checks panel">');
    expect(local).not.toContain('../x.png');
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(hostile).toContain('<a href="#part">in</a>');
    expect(hostile).toContain('<link rel="stylesheet" href="user-guide.css">');
    expect(hostile).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
  });
});
