// Renders docs/USER-GUIDE.md into a static page shipped with the app (dist/renderer/help/),
// which the desktop app opens in its own window and the web host serves at
// /help/user-guide.html. The page is plain HTML and one stylesheet: no script, no remote
// anything. Raw HTML in the Markdown is shown as text, never passed through.
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Screenshots in docs/images, as the guide links them: the only images it shows. */
const LOCAL_IMAGE = /^images\/[a-z0-9-]+\.png$/;

/** The guide's own policy, on top of the headers the shells send: styles from the app, nothing else. */
const GUIDE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** "Checks and markings" → "checks-and-markings", unique within the page. */
function slugger() {
  const seen = new Map();
  return (text) => {
    const base = text.toLowerCase().replace(/<[^>]*>/g, '').replace(/&[a-z]+;/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    return count === 0 ? base : `${base}-${count}`;
  };
}

/**
 * The guide as a complete HTML page: headings with ids, a contents list of the second-level
 * headings, links only within the page.
 * @param {string} markdown
 * @returns {string}
 */
export function renderUserGuide(markdown) {
  const slug = slugger();
  const contents = [];
  let title = 'Briefwright User Guide';
  const marked = new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth }) {
        const html = this.parser.parseInline(tokens);
        if (depth === 1) {
          title = html.replace(/<[^>]*>/g, '');
          return `<h1>${html}</h1>\n`;
        }
        const id = slug(html);
        if (depth === 2) contents.push({ id, html });
        return `<h${depth} id="${id}">${html}</h${depth}>\n`;
      },
      // Raw HTML is shown, not run: the guide stays script-free whatever the Markdown holds.
      html({ text }) {
        return escapeHtml(text);
      },
      // Offline: only links within the guide work; anything else is shown as its text.
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        return href.startsWith('#') ? `<a href="${escapeHtml(href)}">${text}</a>` : text;
      },
      // The guide's own screenshots ship beside it; any other image is shown as its description.
      image({ href, text }) {
        return LOCAL_IMAGE.test(href) ? `<img src="${escapeHtml(href)}" alt="${escapeHtml(text)}">` : escapeHtml(text);
      },
    },
  });
  const body = marked.parse(markdown, { async: false });
  const toc = contents.map(({ id, html }) => `<li><a href="#${id}">${html}</a></li>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${GUIDE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="user-guide.css">
</head>
<body>
<nav class="contents" aria-label="Contents">
<p class="contents-title">Contents</p>
<ol>
${toc}
</ol>
</nav>
<main>
${body}</main>
</body>
</html>
`;
}

/** Writes dist/renderer/help/user-guide.html and its stylesheet; run after Vite, which empties dist/renderer. */
export async function buildUserGuide() {
  const markdown = await readFile(join(root, 'docs/USER-GUIDE.md'), 'utf8');
  const html = renderUserGuide(markdown);
  if (/<script|<[^>]*\son[a-z]+\s*=|javascript:/i.test(html)) throw new Error('The user guide would contain script; refusing to build it.');
  const folder = join(root, 'dist/renderer/help');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'user-guide.html'), html);
  await writeFile(join(folder, 'user-guide.css'), await readFile(join(root, 'scripts/user-guide.css')));
  const images = [...new Set([...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((href) => LOCAL_IMAGE.test(href)))];
  await mkdir(join(folder, 'images'), { recursive: true });
  await Promise.all(images.map((href) => copyFile(join(root, 'docs', href), join(folder, href))));
}
