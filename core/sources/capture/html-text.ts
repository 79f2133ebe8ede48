import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { ExtractedText, MetadataHint, PlacedText } from './extracted-text';

/**
 * A web page (saved, opened or pasted) as an article's text. linkedom builds the page's tree
 * in plain JavaScript: no script runs, no style applies, nothing is fetched. Readability then
 * picks the article out of the page; what it leaves around the article is listed, not lost.
 */

/** The parts of linkedom's DOM read here; core/ compiles without the DOM's typings. */
interface PageNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  textContent: string | null;
  childNodes: ArrayLike<PageNode>;
}
interface PageElement extends PageNode {
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  querySelector(selectors: string): PageElement | null;
  remove(): void;
}
interface PageDocument {
  documentElement: PageElement | null;
  body: PageElement | null;
  title: string;
  querySelectorAll(selectors: string): ArrayLike<PageElement>;
  querySelector(selectors: string): PageElement | null;
}
type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that start a new paragraph of text. */
const BLOCK_ELEMENTS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/** What a page holds besides text, removed before anything reads it; each kind is named in a warning. */
const ACTIVE_CONTENT: readonly { selector: string; one: string; many: string }[] = [
  { selector: 'script:not([type="application/ld+json"])', one: 'script', many: 'scripts' },
  { selector: 'iframe, frame, frameset, object, embed, applet', one: 'embedded frame', many: 'embedded frames' },
  { selector: 'img, picture, svg, canvas', one: 'image', many: 'images' },
  { selector: 'video, audio', one: 'video or audio clip', many: 'video and audio clips' },
];
/** Removed silently: they hold no article text. */
const NON_TEXT = 'script, style, noscript, template, link, source, track, select, textarea, input, map';

/** A page fragment (pasted HTML) as a whole document, so linkedom gives it a body. */
function asDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return `${html.slice(0, at)}<body>${html.slice(at)}</body>`;
  }
  const htmlStart = /<html[^>]*>/i.exec(html);
  if (htmlStart) {
    const at = htmlStart.index + htmlStart[0].length;
    return `${html.slice(0, at)}<head></head><body>${html.slice(at)}</body>`;
  }
  return `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

/** The text of an element as paragraphs: a paragraph per block element, "\n" for <br>, white space collapsed as a browser does. */
function paragraphsIn(root: PageElement): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current
      .split('\n')
      .map((line) => line.replace(/ {2,}/g, ' ').trim())
      .join('\n')
      .replace(/^\n+|\n+$/g, '');
    if (text.trim() !== '') paragraphs.push(text);
    current = '';
  };
  // An explicit stack rather than recursion: a page nested thousands of levels deep is still read.
  const stack: { node: PageNode; leaving: boolean; preformatted: boolean }[] = [{ node: root, leaving: false, preformatted: false }];
  while (stack.length > 0) {
    const { node, leaving, preformatted } = stack.pop() as { node: PageNode; leaving: boolean; preformatted: boolean };
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? '';
      current += preformatted ? text : text.replace(/[\t\n\f\r ]+/g, ' ');
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const name = node.nodeName.toLowerCase();
    if (name === 'br') {
      current += '\n';
      continue;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (leaving) {
      if (block) flush();
      continue;
    }
    if (block) flush();
    stack.push({ node, leaving: true, preformatted });
    const children = Array.from(node.childNodes);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      stack.push({ node: children[index] as PageNode, leaving: false, preformatted: preformatted || name === 'pre' });
    }
  }
  flush();
  return paragraphs;
}

/**
 * Readability's time grows steeply with how deeply a page nests its elements (a second at
 * 200 levels, minutes at 1,000); real articles stay far below this, and deeper pages are
 * read whole instead.
 */
const MAX_READABLE_DEPTH = 150;
/** Readability gives up on pages with more elements than this, and the page is read whole. */
const MAX_READABLE_ELEMENTS = 50_000;

/** Whether any element of the page sits deeper than `limit` levels. */
function nestsDeeperThan(root: PageNode, limit: number): boolean {
  const stack: { node: PageNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: PageNode; depth: number };
    if (depth > limit) return true;
    for (const child of Array.from(node.childNodes)) if (child.nodeType === ELEMENT_NODE) stack.push({ node: child, depth: depth + 1 });
  }
  return false;
}

function attribute(element: PageElement | null, name: string): string {
  return element?.getAttribute(name)?.trim() ?? '';
}

/** The objects of the page's JSON-LD blocks, @graph and arrays unfolded. */
function jsonLdObjects(document: PageDocument): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object') {
      const object = value as Record<string, unknown>;
      objects.push(object);
      if (object['@graph'] !== undefined) collect(object['@graph']);
    }
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      collect(JSON.parse(script.textContent ?? ''));
    } catch {
      // A broken JSON-LD block says nothing; the page's other metadata still does.
    }
  }
  return objects;
}

function typesOf(object: Record<string, unknown>): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string');
}

/** Names in a JSON-LD value: "Jane Doe", { name }, or a list of either. */
function namesOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(namesOf);
  if (value !== null && typeof value === 'object') {
    const name = (value as Record<string, unknown>).name;
    return typeof name === 'string' ? [name] : [];
  }
  return [];
}

function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object') {
    const id = (value as Record<string, unknown>)['@id'] ?? (value as Record<string, unknown>).url;
    return typeof id === 'string' ? id : '';
  }
  return '';
}

const ARTICLE_TYPE = /article|posting|report/i;

/** What the JSON-LD says about the article: the object whose @type is an article, a post or a report. */
function jsonLdHints(document: PageDocument): MetadataHint[] {
  const article = jsonLdObjects(document).find((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
  if (!article) return [];
  const hints: MetadataHint[] = [];
  const add = (field: MetadataHint['field'], value: string, evidence: string): void => {
    if (value.trim() !== '') hints.push({ field, value, evidence });
  };
  add('title', stringOf(article.headline), 'JSON-LD headline');
  add('issued', stringOf(article.datePublished), 'JSON-LD datePublished');
  const authors = namesOf(article.author);
  if (authors.length > 0) add('authors', authors.join(', '), 'JSON-LD author');
  for (const name of namesOf(article.publisher)) {
    add('containerTitle', name, 'JSON-LD publisher');
    add('publisher', name, 'JSON-LD publisher');
  }
  add('url', stringOf(article.url) || stringOf(article.mainEntityOfPage), 'JSON-LD url');
  for (const type of typesOf(article)) add('cslType', type, 'JSON-LD @type');
  return hints;
}

/** The page's metadata about itself, each value with where it was read; the best come first within a field. */
function pageHints(document: PageDocument): MetadataHint[] {
  const meta = new Map<string, string>();
  for (const element of Array.from(document.querySelectorAll('meta'))) {
    const key = (attribute(element, 'property') || attribute(element, 'name') || attribute(element, 'itemprop') || attribute(element, 'http-equiv')).toLowerCase();
    const content = attribute(element, 'content');
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const hints: MetadataHint[] = [];
  const fromMeta = (field: MetadataHint['field'], key: string): void => {
    const value = meta.get(key);
    if (value) hints.push({ field, value, evidence: `meta ${key}` });
  };
  const fromJsonLd = jsonLdHints(document);
  const jsonLd = (field: MetadataHint['field']): void => {
    hints.push(...fromJsonLd.filter((hint) => hint.field === field));
  };

  fromMeta('title', 'og:title');
  jsonLd('title');
  fromMeta('title', 'twitter:title');
  const heading = document.querySelector('h1')?.textContent?.trim();
  if (heading) hints.push({ field: 'title', value: heading, evidence: '<h1>' });

  fromMeta('containerTitle', 'og:site_name');
  jsonLd('containerTitle');
  jsonLd('publisher');

  fromMeta('issued', 'article:published_time');
  jsonLd('issued');
  for (const key of ['datepublished', 'date', 'pubdate', 'publishdate', 'dc.date.issued', 'dc.date', 'dcterms.issued']) fromMeta('issued', key);

  jsonLd('authors');
  for (const key of ['author', 'article:author', 'dc.creator', 'byl']) {
    // article:author is often the author's page on the site, not a name.
    if (!/^https?:/i.test(meta.get(key) ?? '')) fromMeta('authors', key);
  }

  const canonical = Array.from(document.querySelectorAll('link[rel]')).find((link) => attribute(link, 'rel').toLowerCase().split(/\s+/).includes('canonical'));
  if (attribute(canonical ?? null, 'href')) hints.push({ field: 'url', value: attribute(canonical ?? null, 'href'), evidence: 'link rel=canonical' });
  fromMeta('url', 'og:url');
  jsonLd('url');

  const lang = attribute(document.documentElement, 'lang') || attribute(document.documentElement, 'xml:lang');
  if (lang) hints.push({ field: 'language', value: lang, evidence: 'html lang attribute' });
  const locale = meta.get('og:locale');
  if (locale) hints.push({ field: 'language', value: locale.replace('_', '-'), evidence: 'meta og:locale' });
  fromMeta('language', 'content-language');

  jsonLd('cslType');
  fromMeta('cslType', 'og:type');
  return hints;
}

/** Removes what is not text; names what was removed ("2 scripts, 1 embedded frame and 1 image"), if any of it was active or remote. */
function removeActiveContent(document: PageDocument): string | undefined {
  const removed: string[] = [];
  for (const kind of ACTIVE_CONTENT) {
    const elements = Array.from(document.querySelectorAll(kind.selector));
    if (elements.length > 0) removed.push(`${elements.length} ${elements.length === 1 ? kind.one : kind.many}`);
    for (const element of elements) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll(NON_TEXT))) element.remove();
  if (removed.length === 0) return undefined;
  return removed.length === 1 ? removed[0] : `${removed.slice(0, -1).join(', ')} and ${removed[removed.length - 1] as string}`;
}

/**
 * The article's paragraphs placed at the page paragraphs they came from, and the page
 * paragraphs that are not in the article (menus, footers, related links), in page order.
 */
function placeArticle(page: readonly string[], article: readonly string[]): { paragraphs: PlacedText[]; leftOut: PlacedText[] } {
  const positions = new Map<string, number[]>();
  page.forEach((text, index) => positions.set(text, [...(positions.get(text) ?? []), index]));
  const used = new Set<number>();
  // Article paragraphs Readability changed (a share link cut out of a sentence) match no page paragraph as they are.
  const changed: string[] = [];
  let cursor = 0;
  const paragraphs = article.map((text) => {
    const found = positions.get(text)?.find((index) => index >= cursor && !used.has(index));
    if (found === undefined) {
      changed.push(text);
      return { text, position: cursor - 0.5 };
    }
    used.add(found);
    cursor = found + 1;
    return { text, position: found };
  });
  const leftOut = page
    .map((text, position) => ({ text, position }))
    .filter(({ text, position }) => !used.has(position) && !changed.some((paragraph) => paragraph.includes(text) || text.includes(paragraph)));
  return { paragraphs, leftOut };
}

/**
 * The text of HTML inside another format (a Markdown note's HTML block), and what active or
 * remote content it held ("1 script"), which was left out.
 */
export function htmlFragmentText(html: string): { paragraphs: string[]; removed: string | undefined } {
  const { document } = parseHTML(asDocument(html)) as unknown as { document: PageDocument };
  const removed = removeActiveContent(document);
  return { paragraphs: document.body ? paragraphsIn(document.body) : [], removed };
}

/** Reads a web page or an HTML fragment. */
export function readHtml(html: string): ExtractedText {
  const { document } = parseHTML(asDocument(html)) as unknown as { document: PageDocument };
  const hints = pageHints(document);
  const warnings: string[] = [];
  const removed = removeActiveContent(document);
  if (removed) warnings.push(`Only the page's text was kept (left out: ${removed}); nothing in the page was run or loaded.`);
  const page = document.body ? paragraphsIn(document.body) : [];

  let parsed: ReturnType<Readability<PageElement>['parse']> = null;
  if (document.body && !nestsDeeperThan(document.body, MAX_READABLE_DEPTH)) {
    try {
      parsed = new Readability<PageElement>(document as unknown as ReadabilityDocument, {
        maxElemsToParse: MAX_READABLE_ELEMENTS,
        serializer: (node) => node as unknown as PageElement,
      }).parse();
    } catch {
      // Readability gives up on some pages; the whole page's text is used instead (warned below).
    }
  }
  const article = parsed?.content ? paragraphsIn(parsed.content) : [];
  if (parsed?.title) hints.push({ field: 'title', value: parsed.title, evidence: 'article title (Readability)' });
  if (parsed?.byline) hints.push({ field: 'authors', value: parsed.byline, evidence: `byline '${parsed.byline.trim()}'` });
  if (document.title.trim()) hints.push({ field: 'title', value: document.title, evidence: 'page <title>' });

  if (article.length === 0) {
    if (page.length > 0) warnings.push("The article could not be told apart from the rest of the page, so the whole page's text was kept (without site furniture); check it.");
    return { format: 'html', paragraphs: page.map((text, position) => ({ text, position })), leftOut: [], hints, warnings };
  }
  return { format: 'html', ...placeArticle(page, article), hints, warnings };
}
