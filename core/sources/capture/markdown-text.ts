import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import { decodeEntities } from '../../import/entities';
import type { ExtractedText, MetadataHint } from './extracted-text';
import { htmlFragmentText } from './html-text';

/**
 * A Markdown note as plain text: the syntax goes, the words stay. Headings and paragraphs
 * become paragraphs; list items become lines ("• item", "1. item"); table rows become lines
 * with " | " between cells; links keep their text; HTML is read for its text only.
 */

/** HTML elements whose content is script or styling, not text. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'template', 'textarea', 'noscript']);

class MarkdownText {
  readonly paragraphs: string[] = [];
  readonly warnings = new Set<string>();

  blocks(tokens: readonly Token[]): void {
    for (const token of tokens) this.block(token as MarkedToken);
  }

  private add(text: string): void {
    if (text.trim() !== '') this.paragraphs.push(text.trim());
  }

  private block(token: MarkedToken): void {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        this.add(this.inline(token.tokens));
        return;
      case 'text':
        this.add(token.tokens ? this.inline(token.tokens) : this.plain(token.text));
        return;
      case 'code':
        this.add(token.text);
        return;
      case 'blockquote':
        this.blocks(token.tokens);
        return;
      case 'list':
        this.add(this.listLines(token, 0).join('\n'));
        return;
      case 'table':
        this.add([token.header, ...token.rows].map((row) => row.map((cell) => this.inline(cell.tokens)).join(' | ')).join('\n'));
        return;
      case 'html': {
        const { paragraphs, removed } = htmlFragmentText(token.text);
        paragraphs.forEach((paragraph) => this.add(paragraph));
        if (removed) this.warnings.add(`HTML in the note was read for its text only (left out: ${removed}); nothing in it was run or loaded.`);
        return;
      }
      default:
        // Rules, blank space and link definitions hold no text.
        return;
    }
  }

  /** A list's items as lines, nested lists indented under their item. */
  private listLines(list: Tokens.List, depth: number): string[] {
    const lines: string[] = [];
    const start = typeof list.start === 'number' ? list.start : 1;
    list.items.forEach((item, index) => {
      const marker = list.ordered ? `${start + index}. ` : '• ';
      const task = item.task ? (item.checked ? '[x] ' : '[ ] ') : '';
      const words: string[] = [];
      const nested: string[] = [];
      for (const child of item.tokens as MarkedToken[]) {
        if (child.type === 'list') nested.push(...this.listLines(child, depth + 1));
        else if (child.type === 'text' || child.type === 'paragraph' || child.type === 'heading') words.push(child.tokens ? this.inline(child.tokens) : this.plain(child.text));
        else if (child.type === 'code') words.push(child.text);
      }
      lines.push(`${'  '.repeat(depth)}${marker}${task}${words.join(' ')}`, ...nested);
    });
    return lines;
  }

  private inline(tokens: readonly Token[] | undefined): string {
    let text = '';
    // Inside an inline <script> or <style> element the text is code, not the note: it goes with the tags.
    let skippingUntil: string | null = null;
    for (const token of (tokens ?? []) as MarkedToken[]) {
      if (token.type === 'html') {
        const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(token.text);
        const name = tag?.[2]?.toLowerCase() ?? '';
        if (skippingUntil === null && tag?.[1] === '' && RAW_TEXT_ELEMENTS.has(name)) skippingUntil = name;
        else if (skippingUntil !== null && tag?.[1] === '/' && name === skippingUntil) skippingUntil = null;
        continue;
      }
      if (skippingUntil === null) text += this.inlineToken(token);
    }
    return text;
  }

  private inlineToken(token: MarkedToken): string {
    switch (token.type) {
      case 'text':
        return token.tokens ? this.inline(token.tokens) : this.plain(token.text);
      case 'escape':
        return token.text;
      case 'strong':
      case 'em':
      case 'del':
        return this.inline(token.tokens);
      case 'codespan':
        return decodeEntities(token.text);
      case 'br':
        return '\n';
      case 'link': {
        const text = this.inline(token.tokens);
        return text.trim() === '' ? token.href : text;
      }
      case 'image':
        this.warnings.add('Images in the note were left out; only its text is kept.');
        return '';
      default:
        return '';
    }
  }

  /** Text as written; a soft line break inside a paragraph is a space, as in any Markdown reader. */
  private plain(text: string): string {
    return decodeEntities(text).replace(/[ \t]*\r?\n[ \t]*/g, ' ');
  }
}

/** Reads a Markdown note; its first line, when a top-level heading, is offered as the title. */
export function readMarkdown(markdown: string): ExtractedText {
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(markdown);
  const reader = new MarkdownText();
  reader.blocks(tokens);
  const hints: MetadataHint[] = [];
  const first = tokens.find((token) => token.type !== 'space') as MarkedToken | undefined;
  const heading = reader.paragraphs[0];
  if (first?.type === 'heading' && first.depth === 1 && heading) hints.push({ field: 'title', value: heading, evidence: `Markdown heading '# ${heading}'` });
  return {
    format: 'markdown',
    paragraphs: reader.paragraphs.map((text, position) => ({ text, position })),
    leftOut: [],
    hints,
    warnings: [...reader.warnings],
  };
}
