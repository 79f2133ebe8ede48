import type { PdfContent } from 'pdfmake';

/**
 * What pdfmake's height for a node depends on, as a string: two nodes with the same shape
 * take the same height, so only one of them need be measured (write-pdf.ts).
 *
 * A line we broke ourselves is a noWrap text node; pdfmake sets it on one line as tall as its
 * tallest piece, and a piece's height is its font's line height at its size (sup and sub at a
 * smaller size) times its line height (pdfmake's TextInlines and Line): its letters do not
 * count. So a noWrap node's shape leaves out its text, unless the text holds a line break,
 * and the order and number of its pieces: only which kinds of piece it has. Everything else
 * is kept as it is, text that pdfmake may wrap included, but what only changes how a node is
 * drawn or where it links to (colours, links, decorations, ids, the outline).
 */
export function heightShape(node: PdfContent): string {
  return shapeOf(node, false);
}

/** Properties that change what a node looks like or links to, never how tall pdfmake makes it. */
const DRAWING_ONLY = new Set(['color', 'background', 'decoration', 'decorationColor', 'decorationStyle', 'link', 'linkToDestination', 'actualText', 'id', 'outline', 'outlineText', 'outlineParentId', 'lineColor', 'fillColor']);

function shapeOf(value: unknown, inNoWrap: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => shapeOf(item, inNoWrap)).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  const record = value as Record<string, unknown>;
  const noWrap = inNoWrap || record.noWrap === true;
  let shape = '{';
  // Keys in the order the node was built: nodes built alike list them alike, and any that differ are only measured apart.
  for (const key in record) {
    if (DRAWING_ONLY.has(key)) continue;
    const field = record[key];
    if (key === 'text' && noWrap && typeof field === 'string' && !field.includes('\n')) continue;
    // A line is as tall as its tallest piece.
    const fieldShape = key === 'text' && noWrap && Array.isArray(field) ? [...new Set(field.map((piece) => shapeOf(piece, true)))].sort().join('|') : shapeOf(field, noWrap);
    shape += `${key}:${fieldShape};`;
  }
  return `${shape}}`;
}
