import { readBodyText, type BodyPath } from '../citations/collect';
import { CITATION_NODE_TYPE } from '../citations/schema';
import type { BriefDocument, DocumentBody, SerializedBodyNode } from '../document/schema';
import { BriefError } from '../errors';
import { withPortion } from '../markings/body-portions';
import type { QuickFix, TextRange } from './finding';

/**
 * Applying a quick fix to the document as saved: for the CLI, tests, and any caller that
 * works on the document rather than on the live editor. The editor applies the same fix
 * through Lexical, to keep it on the undo stack: `textRuns` gives the text nodes (as child
 * paths under the block, the same in the live tree) and the offsets within each that a
 * `replace` range covers; `setPortion` is `$setState(node, portionState, mark)` on the node
 * at `nodePath`.
 */

/** A piece of a text node that a range covers: the node's path under its block, and the offsets within its text. */
export interface TextRun {
  path: BodyPath;
  start: number;
  end: number;
}

/**
 * The text nodes of a block that a range of its text (as readBodyText reads it) covers, in
 * order. Line breaks and tabs count one character and citations none, as readBodyText
 * counts them; a line break or tab inside the range is a run of its own (start 0, end 1).
 */
export function textRuns(block: SerializedBodyNode, range: TextRange): TextRun[] {
  const runs: TextRun[] = [];
  let offset = 0;
  const visit = (nodes: readonly SerializedBodyNode[], path: number[]): void => {
    nodes.forEach((node, index) => {
      const length = lengthOf(node);
      const start = offset;
      offset += length;
      if (length > 0 && offset > range.start && start < range.end) {
        runs.push({ path: [...path, index], start: Math.max(range.start - start, 0), end: Math.min(range.end - start, length) });
      }
      if (node.children) visit(node.children, [...path, index]);
    });
  };
  visit(block.children ?? [], []);
  return runs;
}

function lengthOf(node: SerializedBodyNode): number {
  if (node.type === CITATION_NODE_TYPE) return 0;
  if (node.type === 'linebreak' || node.type === 'tab') return 1;
  return typeof node.text === 'string' ? node.text.length : 0;
}

/**
 * The document with the fix applied, leaving the given one as it was. A `replace` whose
 * words have changed since the check ran is refused with a `conflict` error: run the
 * checks again.
 */
export function applyQuickFix(document: BriefDocument, fix: QuickFix): BriefDocument {
  if ('replace' in fix) {
    const { blockPath, range, expected, with: replacement } = fix.replace;
    return { ...document, body: updateNode(document.body, blockPath, (block) => replaceText(block, range, expected, replacement)) };
  }
  if ('setPortion' in fix) {
    return { ...document, body: updateNode(document.body, fix.setPortion.nodePath, (node) => withPortion(node, fix.setPortion.mark)) };
  }
  if ('setTitlePortion' in fix) return { ...document, marking: { ...document.marking, titlePortion: fix.setTitlePortion.mark } };
  if ('setSourcePortion' in fix) {
    const { sourceId, mark } = fix.setSourcePortion;
    return { ...document, sources: document.sources.map((source) => (source.id === sourceId ? { ...source, portionMark: mark } : source)) };
  }
  return { ...document, marking: { ...document.marking, level: fix.setDocumentMarking.level, controls: [...fix.setDocumentMarking.controls] } };
}

function stale(): BriefError {
  return new BriefError('conflict', 'The text has changed since the checks ran. Run them again, then apply the fix.');
}

function replaceText(block: SerializedBodyNode, range: TextRange, expected: string, replacement: string): SerializedBodyNode {
  const text = readBodyText({ root: { type: 'root', version: 1, children: [block] } }).blocks[0]?.text ?? '';
  if (text.slice(range.start, range.end) !== expected) throw stale();
  const runs = textRuns(block, range);
  // The replacement goes into the first text node the range covers; the rest of the range is taken out.
  const first = runs.find((run) => {
    const node = nodeUnder(block, run.path);
    return !isBreak(node) && typeof node?.text === 'string';
  });
  if (!first) throw stale();
  // Last run first, so earlier paths stay valid while later nodes are emptied or removed.
  let result = block;
  for (const run of [...runs].reverse()) {
    result = updateChild(result, run.path, (node) => {
      if (isBreak(node)) return null;
      const current = node.text as string;
      const next = current.slice(0, run.start) + (run === first ? replacement : '') + current.slice(run.end);
      return next === '' ? null : { ...node, text: next };
    });
  }
  return result;
}

function isBreak(node: SerializedBodyNode | undefined): boolean {
  return node?.type === 'linebreak' || node?.type === 'tab';
}

function nodeUnder(block: SerializedBodyNode, path: BodyPath): SerializedBodyNode | undefined {
  let node: SerializedBodyNode | undefined = block;
  for (const index of path) node = node?.children?.[index];
  return node;
}

/** The block with the node at `path` (under it) replaced, or removed when the update gives null; nodes off the path are shared. */
function updateChild(node: SerializedBodyNode, path: BodyPath, update: (node: SerializedBodyNode) => SerializedBodyNode | null): SerializedBodyNode {
  const [index, ...rest] = path;
  if (index === undefined) return update(node) ?? node;
  const children = [...(node.children ?? [])];
  const child = children[index];
  if (!child) throw stale();
  if (rest.length === 0) {
    const updated = update(child);
    if (updated) children[index] = updated;
    else children.splice(index, 1);
  } else {
    children[index] = updateChild(child, rest, update);
  }
  return { ...node, children };
}

function updateNode(body: DocumentBody, path: BodyPath, update: (node: SerializedBodyNode) => SerializedBodyNode): DocumentBody {
  const root = updateChild(body.root as SerializedBodyNode, path, update);
  return { root: { ...body.root, children: root.children ?? [] } };
}
