import { $dfs } from '@lexical/utils';
import { anchorSelector, selectorFor } from '../../../../core/citations/anchor';
import { $isCitationNode } from '../../nodes/CitationNode';

/**
 * After a source's snapshot is corrected, moves its citations' selectors to where their
 * passages now are, so later checks find them at once. A passage whose own words changed
 * (found only approximately) keeps its old selector: the check then shows the analyst
 * what the source says now, rather than the citation silently accepting new words.
 */
export function $reanchorCitations(sourceId: string, text: string): void {
  for (const { node } of $dfs()) {
    if (!$isCitationNode(node)) continue;
    const { sourceId: cited, selector } = node.getFields();
    if (cited !== sourceId || !selector) continue;
    const anchor = anchorSelector(text, selector);
    if (anchor && anchor.quality !== 'fuzzy') node.setSelector(selectorFor(text, anchor.start, anchor.end));
  }
}
