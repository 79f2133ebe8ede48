import { CITATION_NODE_TYPE } from '../citations/schema';
import type { BodyPath } from '../citations/collect';
import type { DocumentBody, SerializedBodyNode } from '../document/schema';

/**
 * Where portion marks live in the body. The editor keeps a block's portion mark in
 * Lexical's NodeState under the key `portion` (`createState('portion', …)` with '' as its
 * default). Lexical 0.52 serializes NodeState that is not configured flat under the node's
 * `$` key (NODE_STATE_KEY in lexical/LexicalConstants) and leaves the default value out,
 * so a marked paragraph is saved as
 *
 *   { "type": "paragraph", "version": 1, …, "children": […], "$": { "portion": "S//NF" } }
 *
 * and an unmarked one has no `$` (or no `portion` in it). The mark is written as in a
 * portion, without parentheses. Citations carry their own mark the same way.
 */
export const NODE_STATE_KEY = '$';
export const PORTION_STATE_KEY = 'portion';

/** The nodes that are portions: each carries its own mark. Inside a table, the table is the portion. */
export const PORTION_NODE_TYPES: ReadonlySet<string> = new Set(['paragraph', 'heading', 'section-heading', 'listitem', 'table', 'quote']);

/** A node's portion mark as written ('' when unmarked): the body has had only its envelope checked, so anything but a string is no mark. */
export function portionOf(node: SerializedBodyNode): string {
  const state = node[NODE_STATE_KEY];
  if (typeof state !== 'object' || state === null) return '';
  const portion = (state as Record<string, unknown>)[PORTION_STATE_KEY];
  return typeof portion === 'string' ? portion.trim() : '';
}

/** The node with its portion mark set ('' removes it), as the editor would save it; other state is kept. */
export function withPortion(node: SerializedBodyNode, mark: string): SerializedBodyNode {
  const state = node[NODE_STATE_KEY];
  const others = typeof state === 'object' && state !== null ? { ...(state as Record<string, unknown>) } : {};
  delete others[PORTION_STATE_KEY];
  const next = mark.trim() === '' ? others : { ...others, [PORTION_STATE_KEY]: mark.trim() };
  const rest: SerializedBodyNode = { ...node };
  delete rest[NODE_STATE_KEY];
  return Object.keys(next).length === 0 ? rest : { ...rest, [NODE_STATE_KEY]: next };
}

/** One portion of the body: a block (or a table) and its mark. */
export interface BodyPortion {
  path: BodyPath;
  type: string;
  /** As written; '' when unmarked. */
  mark: string;
  /** Whether it holds any text: an empty paragraph is not a portion a reader sees. */
  hasText: boolean;
  /**
   * False for a mark found inside another portion (a paragraph in a table cell) or on a list
   * item that only wraps a nested list: read for the banner, but not a portion of its own.
   */
  isPortion: boolean;
}

/** A citation's own mark. */
export interface CitationPortion {
  path: BodyPath;
  mark: string;
}

export interface BodyPortions {
  portions: readonly BodyPortion[];
  citations: readonly CitationPortion[];
}

/** Every portion and every citation of the body with its mark, in document order, in one pass. */
export function readPortions(body: DocumentBody): BodyPortions {
  const portions: BodyPortion[] = [];
  const citations: CitationPortion[] = [];
  const path: number[] = [];

  // Returns whether the node holds text, so a portion knows without a second walk.
  const visit = (node: SerializedBodyNode, inTable: boolean): boolean => {
    if (node.type === CITATION_NODE_TYPE) {
      citations.push({ path: [...path], mark: portionOf(node) });
      return false;
    }
    const children = node.children;
    let entry: BodyPortion | null = null;
    if (PORTION_NODE_TYPES.has(node.type)) {
      // A list item around a nested list only holds the nested items, which are portions of their own.
      const wrapsList = node.type === 'listitem' && children !== undefined && children.length > 0 && children.every((child) => child.type === 'list');
      const isPortion = !wrapsList && !(inTable && node.type !== 'table');
      const mark = portionOf(node);
      // A mark where no portion stands (a cell's paragraph) is still read, for the banner and the checks.
      if (isPortion || mark !== '') {
        entry = { path: [...path], type: node.type, mark, hasText: false, isPortion };
        portions.push(entry);
      }
    }
    let hasText = typeof node.text === 'string' && hasVisibleText(node.text);
    if (children) {
      const childrenInTable = inTable || node.type === 'table';
      for (let index = 0; index < children.length; index += 1) {
        path.push(index);
        if (visit(children[index] as SerializedBodyNode, childrenInTable)) hasText = true;
        path.pop();
      }
    }
    if (entry) entry.hasText = hasText;
    return hasText;
  };
  const top = body.root.children;
  for (let index = 0; index < top.length; index += 1) {
    path.push(index);
    visit(top[index] as SerializedBodyNode, false);
    path.pop();
  }
  return { portions, citations };
}

/** Whether a text holds anything but spaces; it looks no further than the first character that is not one. */
function hasVisibleText(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0xa0) return true;
  }
  return false;
}

/** The node at a path of the body, or undefined when there is none. */
export function nodeAt(body: DocumentBody, path: BodyPath): SerializedBodyNode | undefined {
  let children: readonly SerializedBodyNode[] | undefined = body.root.children;
  let node: SerializedBodyNode | undefined;
  for (const index of path) {
    node = children?.[index];
    children = node?.children;
  }
  return node;
}

/**
 * The body with every unmarked portion given `mark` (marks already set are kept): a new
 * document whose marking needs every portion marked starts with its portions at the
 * document's own level rather than as errors.
 */
export function markUnmarkedPortions(body: DocumentBody, mark: string): DocumentBody {
  const toMark = new Set(readPortions(body).portions.filter((portion) => portion.isPortion && portion.mark === '').map((portion) => portion.path.join('.')));
  if (toMark.size === 0) return body;
  const visit = (node: SerializedBodyNode, path: readonly number[]): SerializedBodyNode => {
    const marked = toMark.has(path.join('.')) ? withPortion(node, mark) : node;
    const children = node.children;
    return children ? { ...marked, children: children.map((child, index) => visit(child, [...path, index])) } : marked;
  };
  return { ...body, root: { ...body.root, children: body.root.children.map((child, index) => visit(child, [index])) } };
}
