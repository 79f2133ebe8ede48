import { $getNodeByKey, $getRoot, $isElementNode, type LexicalEditor, type LexicalNode, type NodeKey, type NodeMutation } from 'lexical';
import { $isCitationNode, CitationNode } from '../../nodes/CitationNode';
import type { CitationIndex, IndexedCitation } from './citation-index';

export type OrderedCitation = Omit<IndexedCitation, 'number'>;

/**
 * Up to this many changed citations are placed among the others by comparing positions;
 * more (opening a document, a long paste, an undo of one) take one walk of the document.
 */
const PLACED_ONE_BY_ONE = 16;

function entryFor(citation: CitationNode): OrderedCitation {
  return { key: citation.getKey(), fields: citation.getFields(), followsCitation: $isCitationNode(citation.getPreviousSibling()) };
}

/** Every citation in document order, and those that sit directly after another (one point, several citations). */
export function $citationsInOrder(): OrderedCitation[] {
  const found: OrderedCitation[] = [];
  const visit = (node: LexicalNode) => {
    if ($isCitationNode(node)) found.push(entryFor(node));
    else if ($isElementNode(node)) for (const child of node.getChildren()) visit(child);
  };
  visit($getRoot());
  return found;
}

/**
 * The order after `mutations`, from the order before them. A citation whose neighbour
 * changes is itself written (Lexical relinks its siblings), so it is among the mutations
 * and its `followsCitation` is read again; the others keep their place and fields.
 * Inserting a citation into a 100-page briefing thus costs a binary search, not a walk of
 * every block (6 ms of the 50 ms budget).
 */
export function $citationsAfter(previous: readonly OrderedCitation[], mutations: ReadonlyMap<NodeKey, NodeMutation>): OrderedCitation[] {
  if (mutations.size > PLACED_ONE_BY_ONE) return $citationsInOrder();
  const order = previous.filter((citation) => !mutations.has(citation.key));
  for (const [key, mutation] of mutations) {
    if (mutation === 'destroyed') continue;
    const citation = $getNodeByKey(key);
    if (!$isCitationNode(citation) || !citation.isAttached()) continue;
    let low = 0;
    let high = order.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const other = $getNodeByKey((order[middle] as OrderedCitation).key);
      // A citation that vanished without its own mutation means the order cannot be trusted: walk.
      if (other === null) return $citationsInOrder();
      if (citation.isBefore(other)) high = middle;
      else low = middle + 1;
    }
    order.splice(low, 0, entryFor(citation));
  }
  return order;
}

/**
 * Keeps `index` numbered as citations are added, changed, moved or removed. Only changes to
 * citations can change the numbering; the first call (every citation created) walks the document.
 */
export function registerCitationNumbering(editor: LexicalEditor, index: CitationIndex): () => void {
  return editor.registerMutationListener(CitationNode, (mutations) =>
    editor.getEditorState().read(() => index.replace($citationsAfter(index.all(), mutations))),
  );
}
