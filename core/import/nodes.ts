import type { SerializedBodyNode } from '../document/schema';

/**
 * Builders for the serialized nodes the editor loads (Lexical 0.52's JSON, the shapes of
 * test/fixtures/documents.ts). Imported notes are assembled from these only, so every
 * block an import produces is one the editor registers.
 */

/** Lexical's text format bits. */
export const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const;

/** Paragraph alignment, as a table column's alignment carries over into its cells. */
export type BlockAlignment = '' | 'left' | 'center' | 'right';

const ELEMENT = { direction: null, format: '', indent: 0 } as const;

export function textNode(text: string, format = 0): SerializedBodyNode {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export function lineBreak(): SerializedBodyNode {
  return { type: 'linebreak', version: 1 };
}

/** A paragraph takes its first text's format and style, as the editor gives it once shown, so that it saves unchanged. */
export function paragraph(children: SerializedBodyNode[], align: BlockAlignment = ''): SerializedBodyNode {
  const first = children.find((child) => child.type === 'text');
  const textFormat = typeof first?.format === 'number' ? first.format : 0;
  const textStyle = typeof first?.style === 'string' ? first.style : '';
  return { type: 'paragraph', version: 1, ...ELEMENT, format: align, textFormat, textStyle, children };
}

/** The editor offers h1–h3; deeper Markdown headings become h3. */
export function heading(depth: number, children: SerializedBodyNode[]): SerializedBodyNode {
  const level = Math.min(Math.max(Math.trunc(depth), 1), 3);
  return { type: 'heading', version: 1, ...ELEMENT, tag: `h${level}`, children };
}

export function quote(children: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'quote', version: 1, ...ELEMENT, children };
}

export function link(url: string, title: string | null, children: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'link', version: 1, ...ELEMENT, url, rel: 'noreferrer', target: null, title, children };
}

/** A list `depth` lists deep (0 at the top); its items are indented by that depth, as the editor indents them. */
export function list(ordered: boolean, start: number, items: SerializedBodyNode[], depth = 0): SerializedBodyNode {
  const children = items.map((item) => ({ ...item, indent: depth }));
  return { type: 'list', version: 1, ...ELEMENT, listType: ordered ? 'number' : 'bullet', start, tag: ordered ? 'ol' : 'ul', children };
}

/** A list item; a nested list sits alone in an item of its own (Lexical's shape). */
export function listItem(value: number, children: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'listitem', version: 1, ...ELEMENT, value, children };
}

export function horizontalRule(): SerializedBodyNode {
  return { type: 'horizontalrule', version: 1 };
}

export function table(rows: SerializedBodyNode[], columns: number): SerializedBodyNode {
  // An even share of a page-wide table, never narrower than Lexical's own default column.
  const width = Math.max(75, Math.round(640 / Math.max(columns, 1)));
  return { type: 'table', version: 1, ...ELEMENT, colWidths: Array.from({ length: columns }, () => width), children: rows };
}

export function tableRow(cells: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'tablerow', version: 1, ...ELEMENT, children: cells };
}

/** A cell holds paragraphs; headerState 1 marks a header-row cell. */
export function tableCell(header: boolean, children: SerializedBodyNode[]): SerializedBodyNode {
  return { type: 'tablecell', version: 1, ...ELEMENT, headerState: header ? 1 : 0, colSpan: 1, rowSpan: 1, backgroundColor: null, children };
}

/** Joins neighbouring text nodes of the same format, as the editor itself would. */
export function mergeText(nodes: SerializedBodyNode[]): SerializedBodyNode[] {
  const merged: SerializedBodyNode[] = [];
  for (const node of nodes) {
    const previous = merged[merged.length - 1];
    if (node.type === 'text' && node.text === '') continue;
    if (previous?.type === 'text' && node.type === 'text' && previous.format === node.format) {
      merged[merged.length - 1] = { ...previous, text: `${String(previous.text)}${String(node.text)}` };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

/** The plain text of some nodes, e.g. to compare a heading with a template's section names. */
export function plainText(nodes: readonly SerializedBodyNode[]): string {
  return nodes.map((node) => (typeof node.text === 'string' ? node.text : node.type === 'linebreak' ? ' ' : plainText(node.children ?? []))).join('');
}
