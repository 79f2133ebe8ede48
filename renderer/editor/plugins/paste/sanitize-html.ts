import DOMPurify, { type Config } from 'dompurify';
import { isSafeLinkUrl } from '../links/link-url';
import { translateInlineFormatting } from './inline-formatting';
import { quietMarkup } from './quiet-markup';
import { convertWordLists } from './word-lists';

// Pasted HTML is hostile until proven otherwise: it may come from any web page. It is parsed
// into an inert document (DOMParser: no scripts run, nothing loads), reduced to an allow-list
// of structure, and only then handed to Lexical. Nothing touches the live page before that.

const ALLOWED_TAGS = [
  // The root the sanitizer walks from; only its children are returned.
  'body',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'blockquote', 'hr',
  'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'a',
  'ul', 'ol', 'li',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'img',
];

const PURIFY_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'src', 'alt', 'colspan', 'rowspan', 'width'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web and e-mail links; images are re-checked below, as embedded data only.
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // Text inside these is never content: drop it with the element.
  ADD_FORBID_CONTENTS: ['object', 'embed', 'applet', 'select', 'option', 'textarea', 'button', 'canvas', 'picture', 'source', 'map'],
  KEEP_CONTENT: true,
};

/** A private instance, so hooks another feature adds to the shared one cannot change this. */
const purifier = DOMPurify(window);

/** Containers that only hold inline content become paragraphs, so their lines stay apart. */
const PARAGRAPH_LIKE = 'div, section, article, header, footer, aside, main, nav, address, center, pre, figcaption, dd, dt, caption';
const BLOCK_CHILD = 'p, div, section, article, header, footer, aside, main, nav, address, center, pre, figure, figcaption, dl, dd, dt, h1, h2, h3, h4, h5, h6, ul, ol, li, table, blockquote, hr';

const EMBEDDED_IMAGE = /^data:image\/(?:png|jpeg|gif|webp);base64,/i;

function rename(element: Element, tagName: string): Element {
  const replacement = element.ownerDocument.createElement(tagName);
  for (const { name, value } of Array.from(element.attributes)) replacement.setAttribute(name, value);
  replacement.append(...Array.from(element.childNodes));
  element.replaceWith(replacement);
  return replacement;
}

/** Office and web quirks that need the styles and classes the sanitizer is about to drop. */
function normalizeBeforeSanitizing(body: HTMLElement): void {
  convertWordLists(body);
  translateInlineFormatting(body);
  for (const caption of Array.from(body.querySelectorAll('caption'))) {
    const table = caption.closest('table');
    if (table) table.before(rename(caption, 'p'));
  }
  // Deepest first, so a container's test sees its children already renamed.
  for (const container of Array.from(body.querySelectorAll(PARAGRAPH_LIKE)).reverse()) {
    if (!container.querySelector(BLOCK_CHILD)) rename(container, 'p');
  }
}

function normalizeAfterSanitizing(body: HTMLElement): void {
  for (const image of Array.from(body.querySelectorAll('img'))) {
    if (!EMBEDDED_IMAGE.test(image.getAttribute('src') ?? '')) image.remove();
  }
  for (const link of Array.from(body.querySelectorAll('a'))) {
    const href = link.getAttribute('href');
    if (!href || !isSafeLinkUrl(href)) link.replaceWith(...Array.from(link.childNodes));
  }
  // The document outline has three heading levels.
  for (const heading of Array.from(body.querySelectorAll('h4, h5, h6'))) rename(heading, 'h3');
}

/**
 * Clipboard HTML (from a web page, Word, Google Docs) reduced to what a brief keeps: headings,
 * paragraphs, lists, tables, quotes, rules, bold/italic/underline/strike, web and e-mail links,
 * and images embedded as data. Returned as the <body> of an inert document.
 */
export function sanitizePastedHtml(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(quietMarkup(html), 'text/html');
  normalizeBeforeSanitizing(parsed.body);
  // RETURN_DOM gives the body itself: Lexical's import needs every text node to have a parent element.
  const body = purifier.sanitize(parsed.body, { ...PURIFY_CONFIG, RETURN_DOM: true }) as HTMLElement;
  normalizeAfterSanitizing(body);
  return body;
}
