import { walkBody } from './body';
import type { DocumentBody } from './schema';

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'tablecell']);

/** The first words of a document as plain text, for lists such as crash recovery. */
export function plainTextPreview(body: DocumentBody, maxChars = 200): string {
  const parts: string[] = [];
  let length = 0;
  walkBody(body, (node) => {
    if (length >= maxChars) return;
    if (typeof node.text === 'string') {
      parts.push(node.text);
      length += node.text.length;
    } else if (BLOCK_TYPES.has(node.type) && parts.length > 0 && parts[parts.length - 1] !== ' ') {
      parts.push(' ');
      length += 1;
    }
  });
  const text = parts.join('').replace(/\s+/g, ' ').trim();
  return text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text;
}
