import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { BRIEF_MARKDOWN_TRANSFORMERS } from './transformers';

/** Markdown shortcuts: "## " makes a heading, "- " a list, "**bold**" bold text, as you type. */
export function MarkdownPlugin() {
  return <MarkdownShortcutPlugin transformers={BRIEF_MARKDOWN_TRANSFORMERS} />;
}
