/**
 * The XML every DOCX part is written in: escaping, the declaration, the namespaces. Parts
 * are built as strings straight from the export model; everything that comes from the
 * document (text, URLs, names) passes through escapeXml on its way in.
 */

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

export const NAMESPACE = {
  w: 'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  wp: 'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  pic: 'http://schemas.openxmlformats.org/drawingml/2006/picture',
  relationships: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

/** The namespaces of a WordprocessingML part's root element: w and r, which every part of ours uses. */
export const WORD_NAMESPACES = `xmlns:w="${NAMESPACE.w}" xmlns:r="${NAMESPACE.r}"`;

/** What escapeXml has to change: markup characters, and characters XML 1.0 cannot hold (controls, lone surrogates, U+FFFE/U+FFFF). */
const NEEDS_ESCAPING = /[&<>"]|[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const NOT_IN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const MARKUP = /[&<>"]/g;
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text or an attribute value made safe for XML: markup characters become entities, and
 * characters XML 1.0 cannot hold at all (a stray control character pasted with the text)
 * are dropped, since no escape can carry them. Most text needs neither, and is returned as is.
 */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text.replace(NOT_IN_XML, '').replace(MARKUP, (character) => ENTITIES[character] as string);
}
