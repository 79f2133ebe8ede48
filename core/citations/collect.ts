import type { DocumentBody, SerializedBodyNode } from '../document/schema';
import { SECTION_ROLES, type SectionRole } from '../templates/schema';
import { CITATION_NODE_TYPE, TextQuoteSelectorSchema, type TextQuoteSelector } from './schema';

/** Where a node sits in the body: the child index at each level, from the root's children down. */
export type BodyPath = readonly number[];

/** A citation as it stands in the document: where it is, its note number, and what it cites. */
export interface BodyCitation {
  /** Its place among the document's citations, from 0. */
  index: number;
  /** The note number a reader sees: 1, 2, 3… in order of appearance. */
  number: number;
  /**
   * Citations with nothing but spaces between them sit at one point and share a cluster,
   * shown together ("1,2"); clusters count from 0 in document order.
   */
  cluster: number;
  /** The citation node's own path. */
  path: BodyPath;
  /** The text block it sits in (an index into the blocks of the body's text). */
  block: number;
  /** Its offset in that block's text: it has no text of its own, so it sits between characters. */
  offset: number;
  sourceId: string;
  /** The cited passage, or null when the citation cites the whole source. */
  selector: TextQuoteSelector | null;
  pinpoint: string;
  /** The role of the section it falls under (the nearest section heading before it), or null before any. */
  sectionRole: SectionRole | null;
}

/** One block of running text: a paragraph, heading, quote, list item, or a paragraph in a table cell. */
export interface TextBlock {
  index: number;
  path: BodyPath;
  /** The block's node type: `paragraph`, `heading`, `section-heading`, `quote`, `listitem`… */
  type: string;
  /** Its plain text; a line break is `\n`, a citation adds nothing. */
  text: string;
  /** The indexes of the citations in this block, in order. */
  citations: readonly number[];
  sectionRole: SectionRole | null;
}

/** The body as the citation checks read it: its text blocks and its citations, both in document order. */
export interface BodyText {
  blocks: readonly TextBlock[];
  citations: readonly BodyCitation[];
}

// Elements that flow inside a block rather than being blocks themselves.
const INLINE_ELEMENTS = new Set(['link', 'autolink']);

function isInline(node: SerializedBodyNode): boolean {
  return node.children === undefined || INLINE_ELEMENTS.has(node.type);
}

/**
 * Reads the body's text blocks and citations in one pass, linear in the size of the body.
 * A block is an element holding running text; elements holding only other blocks (lists,
 * tables, rows, cells, a list item around a nested list) are walked through. Citation
 * fields are read defensively: a body from disk has had only its envelope checked, so an
 * unreadable selector counts as citing the whole source and a missing source id as ''.
 */
export function readBodyText(body: DocumentBody): BodyText {
  const blocks: TextBlock[] = [];
  const citations: BodyCitation[] = [];
  const path: number[] = [];
  let sectionRole: SectionRole | null = null;
  let cluster = -1;

  const readBlock = (node: SerializedBodyNode): void => {
    const block = { index: blocks.length, path: [...path], type: node.type, text: '', citations: [] as number[], sectionRole };
    // True while only spaces follow the last citation: the next one then sits at the same point.
    let atCitation = false;
    const append = (text: string): void => {
      block.text += text;
      if (atCitation && !/^[^\S\n]*$/.test(text)) atCitation = false;
    };
    const readInline = (inline: SerializedBodyNode): void => {
      if (inline.type === CITATION_NODE_TYPE) {
        if (!atCitation) cluster += 1;
        atCitation = true;
        block.citations.push(citations.length);
        // Fields spelled out: spreading an object here made reading a long body twenty times slower.
        const { sourceId, selector, pinpoint } = citationFields(inline);
        const index = citations.length;
        citations.push({ index, number: index + 1, cluster, path: [...path], block: block.index, offset: block.text.length, sourceId, selector, pinpoint, sectionRole });
      } else if (inline.type === 'linebreak') {
        append('\n');
      } else if (inline.type === 'tab') {
        append('\t');
      } else if (typeof inline.text === 'string') {
        append(inline.text);
      }
      inline.children?.forEach((child, index) => {
        path.push(index);
        readInline(child);
        path.pop();
      });
    };
    node.children?.forEach((child, index) => {
      path.push(index);
      readInline(child);
      path.pop();
    });
    blocks.push(block);
  };

  const readBlocks = (nodes: readonly SerializedBodyNode[]): void => {
    nodes.forEach((node, index) => {
      // Leaves between blocks (images, rules) hold no running text.
      if (isInline(node)) return;
      path.push(index);
      if (node.type === 'section-heading') sectionRole = roleOf(node);
      const children = node.children ?? [];
      if (children.length === 0 || children.some(isInline)) readBlock(node);
      else readBlocks(children);
      path.pop();
    });
  };

  readBlocks(body.root.children);
  return { blocks, citations };
}

/** The body's citations in document order, numbered and clustered. */
export function collectCitations(body: DocumentBody): readonly BodyCitation[] {
  return readBodyText(body).citations;
}

/** The body's text blocks in document order, each with its plain text and where its citations sit. */
export function blockTexts(body: DocumentBody): readonly TextBlock[] {
  return readBodyText(body).blocks;
}

function citationFields(node: SerializedBodyNode): Pick<BodyCitation, 'sourceId' | 'selector' | 'pinpoint'> {
  const selector = node.selector === null || node.selector === undefined ? null : TextQuoteSelectorSchema.safeParse(node.selector);
  return {
    sourceId: typeof node.sourceId === 'string' ? node.sourceId : '',
    selector: selector?.success ? selector.data : null,
    pinpoint: typeof node.pinpoint === 'string' ? node.pinpoint : '',
  };
}

/** As the section heading node reads it: an unknown role is `other`. */
function roleOf(node: SerializedBodyNode): SectionRole {
  return SECTION_ROLES.find((role) => role === node.role) ?? 'other';
}
