import { $isListItemNode, $isListNode } from '@lexical/list';
import { $isTableCellNode } from '@lexical/table';
import { $findMatchingParent } from '@lexical/utils';
import { createState, type LexicalNode } from 'lexical';
import { PORTION_NODE_TYPES, PORTION_STATE_KEY } from '../../../../core/markings/body-portions';

/**
 * A block's (or a citation's) portion mark, written as in a portion without parentheses
 * ('S//NF'); '' when unmarked. Lexical saves it flat under the node's `$` key and leaves ''
 * out, which is the form core/markings/body-portions.ts reads.
 */
export const portionState = createState(PORTION_STATE_KEY, {
  parse: (value) => (typeof value === 'string' ? value.trim() : ''),
});

/**
 * Whether a node is a portion of its own, as core's readPortions decides: a paragraph,
 * heading, list item, quote or table, but not a block inside a table (the table is the
 * portion) nor a list item that only wraps a nested list.
 */
export function $isPortionNode(node: LexicalNode): boolean {
  if (!PORTION_NODE_TYPES.has(node.getType())) return false;
  if ($isListItemNode(node)) {
    const children = node.getChildren();
    if (children.length > 0 && children.every((child) => $isListNode(child))) return false;
  }
  return $findMatchingParent(node, (parent) => $isTableCellNode(parent)) === null;
}
