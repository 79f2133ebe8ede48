import { Lexer, type MarkedToken, type Token, type Tokens } from 'marked';
import type { SerializedBodyNode } from '../document/schema';
import { decodeEntities } from './entities';
import {
  FORMAT,
  heading,
  horizontalRule,
  lineBreak,
  link,
  list,
  listItem,
  mergeText,
  paragraph,
  quote,
  table,
  tableCell,
  tableRow,
  textNode,
  type BlockAlignment,
} from './nodes';

/** Blocks for a document's body, and what could not be carried over as written. */
export interface ImportedBlocks {
  blocks: SerializedBodyNode[];
  warnings: string[];
}

/** Links the editor may hold; any other address (javascript:, file:, relative) stays as its text. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * Lists nested deeper than this are flattened into the deepest level kept: each level is two
 * nodes (item and list) and a document may be at most 64 nodes deep.
 */
const MAX_LIST_DEPTH = 16;

/** HTML elements whose content is script or styling, left out with their tags. */
const RAW_TEXT_ELEMENTS = new Set(['script', 'style', 'iframe', 'object', 'template', 'textarea', 'noscript']);

/**
 * Markdown (CommonMark with GitHub tables, strikethrough and autolinks) as editor blocks:
 * headings, paragraphs, bold/italic/strikethrough/code text, links, bullet and numbered lists
 * with nesting, quotes, tables with a header row, rules and hard line breaks. Images keep their
 * description as text; raw HTML is never kept. Each degradation is named in `warnings`.
 */
export function markdownToBlocks(markdown: string): ImportedBlocks {
  const converter = new Converter();
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(markdown.replace(/^\uFEFF/, ''));
  return { blocks: converter.blocks(tokens, 0), warnings: converter.warnings() };
}

class Converter {
  private readonly notes = new Set<string>();

  warnings(): string[] {
    return [...this.notes];
  }

  private warn(message: string): void {
    this.notes.add(message);
  }

  blocks(tokens: readonly Token[], listDepth: number): SerializedBodyNode[] {
    return tokens.flatMap((token) => this.block(token as MarkedToken, listDepth));
  }

  private block(token: MarkedToken, listDepth: number): SerializedBodyNode[] {
    switch (token.type) {
      case 'heading':
        return nonEmpty(this.inline(token.tokens, 0)).map((children) => heading(token.depth, children));
      case 'paragraph':
        return nonEmpty(this.inline(token.tokens, 0)).map((children) => paragraph(children));
      case 'text':
        // A bare text block: the content of a tight list item, or text the lexer left loose.
        return nonEmpty(token.tokens ? this.inline(token.tokens, 0) : this.text(token.text, 0)).map((children) => paragraph(children));
      case 'code':
        return [paragraph(this.codeLines(token.text))];
      case 'blockquote':
        // The editor's quote holds text, not blocks: each paragraph or heading of the quote
        // becomes a quote of its own; lists and tables inside it are kept as they are.
        return this.blocks(token.tokens, listDepth).map((block) =>
          block.type === 'paragraph' || block.type === 'heading' ? quote(block.children ?? []) : block,
        );
      case 'list':
        return [this.list(token, listDepth)];
      case 'table':
        return [this.table(token)];
      case 'hr':
        return [horizontalRule()];
      case 'html':
        this.warn(`An HTML block${tagName(token.text)} was left out: raw HTML is never imported.`);
        return [];
      case 'space':
      case 'def':
        return [];
      default: {
        const text = typeof (token as Tokens.Generic).text === 'string' ? String((token as Tokens.Generic).text) : '';
        this.warn(`A “${token.type}” block is not something Briefwright documents hold; its text was kept as a paragraph.`);
        return nonEmpty(this.text(text, 0)).map((children) => paragraph(children));
      }
    }
  }

  /**
   * A list: each item's text becomes a list item; a nested list becomes an item holding
   * only that list. Items numbered as Lexical numbers them: an item that only holds a
   * nested list takes the next number without using it up.
   */
  private list(token: Tokens.List, listDepth: number): SerializedBodyNode {
    const start = token.ordered && typeof token.start === 'number' && Number.isSafeInteger(token.start) && token.start >= 0 ? token.start : 1;
    const items: SerializedBodyNode[] = [];
    let value = start;
    for (const item of token.items) {
      let inline: SerializedBodyNode[] = [];
      const flush = (): void => {
        if (inline.length > 0) items.push(listItem(value++, mergeText(inline)));
        inline = [];
      };
      if (item.task) inline.push(textNode(item.checked ? '[x] ' : '[ ] '));
      for (const child of item.tokens as MarkedToken[]) {
        if (child.type === 'list') {
          flush();
          if (listDepth + 1 >= MAX_LIST_DEPTH) {
            this.warn(`Lists nested more than ${MAX_LIST_DEPTH} levels deep were flattened.`);
            for (const nested of this.list(child, listDepth + 1).children ?? []) items.push({ ...nested, value: value++ });
          } else {
            items.push(listItem(value, [this.list(child, listDepth + 1)]));
          }
          continue;
        }
        if (child.type === 'space' || child.type === 'checkbox') continue;
        if (inline.length > 0) inline.push(lineBreak());
        inline.push(...this.itemContent(child, listDepth));
      }
      flush();
    }
    return list(token.ordered, start, items, listDepth);
  }

  /** What a list item holds besides nested lists, as text: list items hold text only. */
  private itemContent(token: MarkedToken, listDepth: number): SerializedBodyNode[] {
    switch (token.type) {
      case 'text':
        return token.tokens ? this.inline(token.tokens, 0) : this.text(token.text, 0);
      case 'paragraph':
      case 'heading':
        return this.inline(token.tokens, 0);
      case 'code':
        return this.codeLines(token.text);
      default: {
        const blocks = this.blocks([token], listDepth);
        if (blocks.some((block) => block.type === 'table' || block.type === 'list')) {
          this.warn('A table or list inside a list item was kept as its text: list items hold text only.');
        }
        return joinLines(blocks.map((block) => flattenToText(block)));
      }
    }
  }

  private table(token: Tokens.Table): SerializedBodyNode {
    const columns = token.header.length;
    const cell = (source: Tokens.TableCell | undefined, header: boolean, index: number): SerializedBodyNode => {
      const align: BlockAlignment = token.align[index] ?? '';
      return tableCell(header, [paragraph(source ? this.inline(source.tokens, 0) : [], align)]);
    };
    const header = tableRow(token.header.map((source, index) => cell(source, true, index)));
    const rows = token.rows.map((row) => tableRow(Array.from({ length: columns }, (_, index) => cell(row[index], false, index))));
    return table([header, ...rows], columns);
  }

  /** Inline Markdown as text (with format bits), links and line breaks. */
  inline(tokens: readonly Token[] | undefined, format: number, inLink = false): SerializedBodyNode[] {
    const nodes: SerializedBodyNode[] = [];
    // Inside an inline <script> or <style> element the text is code, not notes: it goes with the tags.
    let skippingUntil: string | null = null;
    for (const token of tokens ?? []) {
      if (token.type === 'html') {
        const tag = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)/.exec(String(token.text));
        const name = tag?.[2]?.toLowerCase() ?? '';
        if (skippingUntil === null && tag?.[1] === '' && RAW_TEXT_ELEMENTS.has(name)) skippingUntil = name;
        else if (skippingUntil !== null && tag?.[1] === '/' && name === skippingUntil) skippingUntil = null;
      }
      if (skippingUntil !== null && token.type !== 'html') continue;
      nodes.push(...this.inlineToken(token as MarkedToken, format, inLink));
    }
    return mergeText(nodes);
  }

  private inlineToken(token: MarkedToken, format: number, inLink: boolean): SerializedBodyNode[] {
    switch (token.type) {
      case 'text':
        return token.tokens ? this.inline(token.tokens, format, inLink) : this.text(token.text, format);
      case 'escape':
        return [textNode(token.text, format)];
      case 'strong':
        return this.inline(token.tokens, format | FORMAT.bold, inLink);
      case 'em':
        return this.inline(token.tokens, format | FORMAT.italic, inLink);
      case 'del':
        return this.inline(token.tokens, format | FORMAT.strikethrough, inLink);
      case 'codespan':
        return [textNode(decodeEntities(token.text), format | FORMAT.code)];
      case 'br':
        return [lineBreak()];
      case 'link': {
        const children = this.inline(token.tokens, format, true).filter((node) => node.type === 'text');
        if (inLink) return children;
        const url = token.href.trim();
        if (!SAFE_LINK.test(url)) {
          this.warn(`A link to “${describeAddress(url)}” was kept as plain text: only web (http, https) and e-mail (mailto) links are imported.`);
          return children;
        }
        return children.length > 0 ? [link(url, token.title ?? null, children)] : [];
      }
      case 'image': {
        const description = decodeEntities(token.text).trim();
        this.warn(`An image (${description ? `“${description}”` : 'without a description'}) was kept as its description only: add images in Briefwright.`);
        return description ? [textNode(description, format)] : [];
      }
      case 'html':
        this.warn('HTML tags in the text were left out: raw HTML is never imported.');
        return [];
      case 'checkbox':
        return [];
      default: {
        const text = typeof (token as Tokens.Generic).text === 'string' ? String((token as Tokens.Generic).text) : '';
        return this.text(text, format);
      }
    }
  }

  /** Text as written; a soft line break inside a paragraph is a space, as in any Markdown reader. */
  text(text: string, format: number): SerializedBodyNode[] {
    return [textNode(decodeEntities(text).replace(/[ \t]*\r?\n[ \t]*/g, ' '), format)];
  }

  /** A code block as code-formatted lines (the editor has no code block). */
  private codeLines(text: string): SerializedBodyNode[] {
    return joinLines(text.split(/\r?\n/).map((line) => (line === '' ? [] : [textNode(line, FORMAT.code)])));
  }
}

/** Runs of inline nodes joined by line breaks. */
function joinLines(lines: SerializedBodyNode[][]): SerializedBodyNode[] {
  return lines.flatMap((line, index) => (index === 0 ? line : [lineBreak(), ...line]));
}

/** A block's text nodes and line breaks, for places that hold text only. */
function flattenToText(block: SerializedBodyNode): SerializedBodyNode[] {
  if (block.type === 'text' || block.type === 'linebreak') return [block];
  const children = block.children ?? [];
  const inline = children.every((child) => child.type === 'text' || child.type === 'linebreak' || child.type === 'link');
  if (inline) return children.flatMap((child) => (child.type === 'link' ? (child.children ?? []) : [child]));
  return joinLines(children.map(flattenToText).filter((line) => line.length > 0));
}

/** `[children]` when there is something to hold, `[]` when the block would be empty. */
function nonEmpty(children: SerializedBodyNode[]): SerializedBodyNode[][] {
  return children.some((child) => child.type !== 'linebreak') ? [children] : [];
}

/** " (<script>)" for an HTML block that starts with a tag, so the warning says what went. */
function tagName(html: string): string {
  const match = /^\s*<\/?([a-zA-Z][a-zA-Z0-9-]{0,30})/.exec(html);
  return match ? ` (<${(match[1] as string).toLowerCase()}>)` : '';
}

/** An address as a warning shows it: the scheme of a script or file address, never its body. */
function describeAddress(url: string): string {
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (scheme && !/^(?:https?|mailto)$/i.test(scheme[1] as string)) return `${(scheme[1] as string).toLowerCase()}:…`;
  return url.length > 80 ? `${url.slice(0, 79)}…` : url;
}
