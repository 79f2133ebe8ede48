import { $isLinkNode } from '@lexical/link';
import {
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  HEADING,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import { $createHorizontalRuleNode, $isHorizontalRuleNode, HorizontalRuleNode } from '@lexical/react/LexicalHorizontalRuleNode';
import { $nextBlock } from '../../block-groups';
import { parseLinkUrl } from '../links/link-url';

/** "# ", "## ", "### ": the document outline has three heading levels. */
const HEADING_1_TO_3: ElementTransformer = { ...HEADING, regExp: /^(#{1,3})\s/ };

/** "---", "***" or "___" then a space: a horizontal rule. */
const HORIZONTAL_RULE: ElementTransformer = {
  dependencies: [HorizontalRuleNode],
  export: (node) => ($isHorizontalRuleNode(node) ? '---' : null),
  regExp: /^(---|\*\*\*|___)\s?$/,
  replace: (parentNode, _children, _match, isImport) => {
    const rule = $createHorizontalRuleNode();
    if (isImport || $nextBlock(parentNode) !== null) parentNode.replace(rule);
    else parentNode.insertBefore(rule);
    rule.selectNext();
  },
  type: 'element',
};

/** "[text](address)": a link, only to a web page or an e-mail address; anything else stays text. */
const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (textNode, match) => {
    const parsed = parseLinkUrl(match[2] ?? match[3] ?? '');
    if (!parsed.ok) return;
    const linkText = LINK.replace?.(textNode, match);
    const link = linkText?.getParent();
    if ($isLinkNode(link)) link.setURL(parsed.url);
    return linkText;
  },
};

/** Markdown typed as you go. No code blocks: a brief has no code nodes. */
export const BRIEF_MARKDOWN_TRANSFORMERS: Transformer[] = [
  HEADING_1_TO_3,
  QUOTE,
  UNORDERED_LIST,
  ORDERED_LIST,
  HORIZONTAL_RULE,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  STRIKETHROUGH,
  SAFE_LINK,
];
