import type { SerializedBodyNode } from '../document/schema';
import type { ImportedBlocks } from './markdown-to-body';
import { lineBreak, paragraph, textNode } from './nodes';

/**
 * Plain text as paragraphs: a blank line (or one holding only spaces) ends a paragraph,
 * and every other line break is kept as a line break, so notes typed line by line read
 * as they were typed. Nothing in plain text is interpreted, so nothing is degraded.
 */
export function plainTextToBlocks(text: string): ImportedBlocks {
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks: SerializedBodyNode[] = normalised
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.replace(/^(?:[ \t]*\n)+|(?:\n[ \t]*)+$/g, ''))
    .filter((chunk) => chunk.trim() !== '')
    .map((chunk) => paragraph(chunk.split('\n').flatMap((line, index) => (index === 0 ? [textNode(line)] : [lineBreak(), textNode(line)])).filter((node) => node.type !== 'text' || node.text !== '')));
  return { blocks, warnings: [] };
}
