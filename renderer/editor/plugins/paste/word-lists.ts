import { pastedStyle } from './css-declarations';
import { STYLE_ASIDE_ATTRIBUTE } from './quiet-markup';

// Word does not copy lists as <ul>/<ol>: each item is a <p class=MsoListParagraph…> whose
// style says `mso-list: l0 level2 lfo1`, with the bullet or number as literal text in a
// `mso-list: Ignore` span between `[if !supportLists]` conditional comments. This turns runs
// of such paragraphs back into nested lists, before the sanitizer drops the styles.

const MSO_LIST = /^l(\d+)\s+level(\d+)/;
const ORDERED_MARKER = /^\(?(\d+|[a-z]{1,2}|[ivxlcdm]+)[.)]$/i;

interface WordListItem {
  paragraph: Element;
  level: number;
  ordered: boolean;
}

function listStyleOf(element: Element): { level: number } | null {
  const value = pastedStyle(element).get('mso-list');
  const match = value ? MSO_LIST.exec(value) : null;
  return match ? { level: Math.min(Number(match[2]), 9) } : null;
}

function isIgnoreSpan(node: Node): node is Element {
  return node.nodeType === Node.ELEMENT_NODE && pastedStyle(node as Element).get('mso-list') === 'ignore';
}

function isComment(node: Node, text: string): boolean {
  return node.nodeType === Node.COMMENT_NODE && (node as Comment).data.trim().toLowerCase().includes(text);
}

/** Removes the literal bullet or number Word writes before the item's text, and returns it. */
function takeMarker(paragraph: Element): string {
  let marker = '';
  const doc = paragraph.ownerDocument;
  const walker = doc.createTreeWalker(paragraph, NodeFilter.SHOW_COMMENT);
  let start = walker.nextNode();
  while (start && !isComment(start, 'if !supportlists')) start = walker.nextNode();
  if (start) {
    // Everything between [if !supportLists] and [endif] is the marker.
    let node = start.nextSibling;
    while (node && !isComment(node, 'endif')) {
      const next: ChildNode | null = node.nextSibling;
      marker += node.textContent ?? '';
      node.remove();
      node = next;
    }
  }
  for (const span of Array.from(paragraph.querySelectorAll(`[${STYLE_ASIDE_ATTRIBUTE}]`)).filter(isIgnoreSpan)) {
    marker += span.textContent ?? '';
    span.remove();
  }
  return marker.replace(/[\s\u00a0]+/g, '');
}

function collectRuns(root: Element): WordListItem[][] {
  const runs: WordListItem[][] = [];
  let run: WordListItem[] = [];
  let previous: Element | null = null;
  for (const paragraph of Array.from(root.querySelectorAll('p, h1, h2, h3, h4, h5, h6'))) {
    const style = listStyleOf(paragraph);
    if (!style) continue;
    if (previous && previous.nextElementSibling !== paragraph) {
      runs.push(run);
      run = [];
    }
    run.push({ paragraph, level: style.level, ordered: ORDERED_MARKER.test(takeMarker(paragraph)) });
    previous = paragraph;
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

function buildLists(run: WordListItem[]): Element[] {
  const doc = run[0]!.paragraph.ownerDocument;
  const topLists: Element[] = [];
  const open: { level: number; list: Element }[] = [];
  for (const item of run) {
    while (open.length > 0 && open[open.length - 1]!.level > item.level) open.pop();
    let current = open[open.length - 1];
    if (!current || current.level < item.level) {
      const list = doc.createElement(item.ordered ? 'ol' : 'ul');
      if (current) {
        const parentItem = current.list.lastElementChild ?? current.list.appendChild(doc.createElement('li'));
        parentItem.append(list);
      } else topLists.push(list);
      current = { level: item.level, list };
      open.push(current);
    }
    const listItem = doc.createElement('li');
    listItem.append(...Array.from(item.paragraph.childNodes));
    current.list.append(listItem);
  }
  return topLists;
}

/** Replaces Word's list paragraphs under `root` with real <ul>/<ol> lists, in place. */
export function convertWordLists(root: Element): void {
  for (const run of collectRuns(root)) {
    const lists = buildLists(run);
    run[0]!.paragraph.replaceWith(...lists);
    for (const item of run.slice(1)) item.paragraph.remove();
  }
}
