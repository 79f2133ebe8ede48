import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import type { Klass, LexicalNode } from 'lexical';
import { CitationNode } from './CitationNode';
import { ImageNode } from './ImageNode';
import { SectionHeadingNode } from './SectionHeadingNode';

/** Every node class a Briefwright document may contain. */
export const briefNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  SectionHeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  TableNode,
  TableRowNode,
  TableCellNode,
  HorizontalRuleNode,
  ImageNode,
  CitationNode,
];
