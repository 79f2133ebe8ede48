import { readBodyText, type BodyPath, type BodyText, type TextBlock } from '../citations/collect';
import { excerpt } from '../citations/findings';
import type { BriefDocument } from '../document/schema';
import { nodeAt, readPortions, type BodyPortion, type BodyPortions } from '../markings/body-portions';
import { RULES, type FindingDraft, type FindingLocation, type FindingSubject, type QuickFix, type RuleId, type TextRange } from './finding';

/** A template section as the checks see it: where its heading is, and what it holds. */
export interface Section {
  heading: string;
  /** The template's role; null for a plain heading, which starts a part of the text but has no role. */
  role: TextBlock['sectionRole'];
  required: boolean;
  /** The block of its heading. */
  headingBlock: number;
  /** A section that explains the estimative terms (an appendix, "Estimative language") is not held to them and counts as their disclaimer. */
  explainsTerms: boolean;
}

/** A text block with what the checks need to know about where it stands. */
export interface CheckedBlock extends TextBlock {
  /** The section it falls under (the nearest heading before it, or its own); null before any. */
  section: Section | null;
  inTable: boolean;
  /** The index (in `portions.portions`) of the portion it belongs to: itself, or the table around it; null when none. */
  portion: number | null;
}

/** The document read once for all the checks: its text blocks and citations, sections and portions. */
export interface DocumentReading {
  document: BriefDocument;
  text: BodyText;
  blocks: readonly CheckedBlock[];
  sections: readonly Section[];
  portions: BodyPortions;
  /** The block of each portion (by its index in `portions.portions`): its own, or the first inside it (a table's); null for a portion without text. */
  portionBlocks: readonly (CheckedBlock | null)[];
  /** The index among the body's citations of each citation in `portions.citations`; -1 for one outside any block. */
  portionCitations: readonly number[];
}

export const pathKey = (path: BodyPath): string => (path.length === 1 ? String(path[0]) : path.join('.'));

const EXPLAINS_TERMS = /\b(?:estimative|yardstick)\b|\b(?:likelihood|probability)\s+terms\b/i;

/** Reads the document for the checks in one pass over the body (readBodyText) and one over its portions. */
export function readForChecks(document: BriefDocument, text: BodyText = readBodyText(document.body)): DocumentReading {
  const portions = readPortions(document.body);
  const portionByPath = new Map<string, number>();
  const tables = new Set<string>();
  portions.portions.forEach((portion, index) => {
    const key = pathKey(portion.path);
    portionByPath.set(key, index);
    if (portion.type === 'table') tables.add(key);
  });
  const sections: Section[] = [];
  const blocks: CheckedBlock[] = [];
  const portionBlocks: (CheckedBlock | null)[] = portions.portions.map(() => null);
  let section: Section | null = null;
  for (const block of text.blocks) {
    if (block.type === 'section-heading' || block.type === 'heading') {
      section = {
        heading: block.text.trim(),
        // A plain heading starts a part of its template section, with that section's role.
        role: block.type === 'section-heading' ? block.sectionRole : (sections[sections.length - 1]?.role ?? null),
        required: block.type === 'section-heading' && nodeAt(document.body, block.path)?.required === true,
        headingBlock: block.index,
        explainsTerms: EXPLAINS_TERMS.test(block.text),
      };
      sections.push(section);
    }
    // The nearest portion at or above the block: itself, a list item, or the table it sits in. Most blocks are top-level.
    const own = portionByPath.get(pathKey(block.path));
    let portion = own !== undefined && (portions.portions[own] as BodyPortion).isPortion ? own : null;
    let inTable = false;
    for (let depth = block.path.length - 1; depth > 0; depth -= 1) {
      const key = pathKey(block.path.slice(0, depth));
      const above = portionByPath.get(key);
      if (portion === null && above !== undefined && (portions.portions[above] as BodyPortion).isPortion) portion = above;
      if (tables.has(key)) inTable = true;
    }
    // Spelled out: spreading the block here made reading a long body several times slower.
    const checked: CheckedBlock = { index: block.index, path: block.path, type: block.type, text: block.text, citations: block.citations, sectionRole: block.sectionRole, section, inTable, portion };
    blocks.push(checked);
    if (own !== undefined && portionBlocks[own] === null) portionBlocks[own] = checked;
    if (portion !== null && portionBlocks[portion] === null) portionBlocks[portion] = checked;
  }
  const citationByPath = new Map(text.citations.map((citation) => [pathKey(citation.path), citation.index]));
  const portionCitations = portions.citations.map((citation) => citationByPath.get(pathKey(citation.path)) ?? -1);
  return { document, text, blocks, sections, portions, portionBlocks, portionCitations };
}

/** A finding in the body: the rule's family and weight filled in, the flagged text read from the block. */
export function bodyFinding(
  rule: RuleId,
  block: CheckedBlock,
  range: TextRange,
  details: { message: string; standard: string; fix?: QuickFix | null } & Partial<FindingDraft>,
): FindingDraft {
  const location: FindingLocation = { block: block.index, blockPath: block.path, range: { start: range.start, end: range.end } };
  return {
    rule,
    kind: RULES[rule].kind,
    severity: RULES[rule].severity,
    location,
    subject: { kind: 'body' },
    section: block.section?.heading ?? null,
    text: block.text.slice(range.start, range.end),
    fix: null,
    ...details,
  };
}

/** A finding about the title block, the document's marking or a source, optionally pointing at a place in the body too. */
export function otherFinding(
  rule: RuleId,
  subject: FindingSubject,
  details: { message: string; standard: string; text: string; location?: FindingLocation | null; section?: string | null; fix?: QuickFix | null } & Partial<FindingDraft>,
): FindingDraft {
  return { rule, kind: RULES[rule].kind, severity: RULES[rule].severity, subject, location: null, section: null, fix: null, ...details };
}

/** The whole of a block's text without the spaces around it, for findings about a block as a whole. */
export function wholeBlock(block: TextBlock): TextRange {
  const start = block.text.length - block.text.trimStart().length;
  return { start, end: block.text.trimEnd().length };
}

/** Words for a message: quoted, and short. */
export function quoted(text: string): string {
  return `“${excerpt(text, 80)}”`;
}
