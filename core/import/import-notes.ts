import { bodyOf, createDocument, emptyParagraph, type NewDocumentDefaults } from '../document/create';
import type { BriefDocument, MetadataValue, SerializedBodyNode } from '../document/schema';
import { createDocumentFromTemplate, sectionHeading } from '../templates/create-from-template';
import type { Template, TemplateSection } from '../templates/schema';
import { markdownToBlocks } from './markdown-to-body';
import { plainText } from './nodes';
import { plainTextToBlocks } from './plain-text-to-body';

export type NotesFormat = 'markdown' | 'text';

export interface ImportNotesOptions {
  format: NotesFormat;
  /** The template whose metadata, defaults and sections the document takes. */
  template?: Template;
  /** Metadata values for the template; check them first with validateMetadata. */
  values?: Record<string, MetadataValue>;
  now: Date;
  /** The title when neither the notes (a heading) nor the values (a subject) give one, e.g. the file's name. */
  title?: string;
  /** What the analyst's preferences give a new document (author, marking…) where the template is silent. */
  defaults?: NewDocumentDefaults;
}

export interface ImportedNotes {
  document: BriefDocument;
  /** What could not be carried over as written (images, raw HTML, unsafe links…). */
  warnings: string[];
  /** Top-level blocks of the new body. */
  blocks: number;
  /** Template sections that headings in the notes became, in the notes' order. */
  sectionsMatched: TemplateSection[];
  /** Template sections the notes did not have, added empty. */
  sectionsAdded: TemplateSection[];
}

/**
 * Notes (Markdown or plain text) as a new document. Without a template it is a blank
 * document whose title is the notes' first heading. With one, the document takes the
 * template's metadata and defaults, and a heading whose text is one of the template's
 * section headings (ignoring case, surrounding space and a trailing colon) becomes that
 * section, with its role, guidance and level; what follows it is the section's content.
 */
export function importNotes(text: string, options: ImportNotesOptions): ImportedNotes {
  const imported = options.format === 'markdown' ? markdownToBlocks(text) : plainTextToBlocks(text);
  const warnings = [...imported.warnings];
  if (!options.template) {
    const document = createDocument({ now: options.now, title: firstHeading(imported.blocks) || options.title || '', defaults: options.defaults });
    document.body = bodyOf(imported.blocks);
    return { document, warnings, blocks: document.body.root.children.length, sectionsMatched: [], sectionsAdded: [] };
  }
  const document = createDocumentFromTemplate(options.template, options.values ?? {}, { now: options.now, defaults: options.defaults });
  const placed = placeSections(imported.blocks, options.template.sections, warnings);
  // The subject, when given, is the title; else the first heading that is not a section's.
  if (document.metadata.title === '') document.metadata.title = firstHeading(placed.blocks) || options.title || '';
  document.body = bodyOf(placed.blocks);
  return { document, warnings, blocks: document.body.root.children.length, sectionsMatched: placed.matched, sectionsAdded: placed.added };
}

/**
 * Puts the template's sections into the notes.
 *
 * The order of what the analyst wrote is never changed: content before the first matching
 * heading stays at the top, and matched sections stay in the notes' order. A template section
 * the notes do not have is added empty (its heading and an empty paragraph) where the template
 * puts it: just before the first matched section that the template places after it, or at the
 * end. So notes with "Summary" and "Key points" imported as a meeting readout read Purpose
 * (empty), Summary, Key points, then the empty Commitments, Follow-ups and Analyst comment.
 * A second heading that names an already-matched section stays an ordinary heading.
 */
function placeSections(
  blocks: readonly SerializedBodyNode[],
  sections: readonly TemplateSection[],
  warnings: string[],
): { blocks: SerializedBodyNode[]; matched: TemplateSection[]; added: TemplateSection[] } {
  const byName = new Map(sections.map((section) => [sectionKey(section.heading), section]));
  const matchedIds = new Set<string>();
  const matched: TemplateSection[] = [];
  for (const block of blocks) {
    const section = block.type === 'heading' ? byName.get(sectionKey(plainText(block.children ?? []))) : undefined;
    if (section && !matchedIds.has(section.id)) {
      matchedIds.add(section.id);
      matched.push(section);
    }
  }
  const added: TemplateSection[] = [];
  const result: SerializedBodyNode[] = [];
  const addMissingBefore = (templateIndex: number): void => {
    for (const [index, section] of sections.entries()) {
      if (index >= templateIndex) break;
      if (matchedIds.has(section.id) || added.includes(section)) continue;
      added.push(section);
      result.push(sectionHeading(section), emptyParagraph());
    }
  };
  const placedIds = new Set<string>();
  for (const [position, block] of blocks.entries()) {
    const section = block.type === 'heading' ? byName.get(sectionKey(plainText(block.children ?? []))) : undefined;
    if (!section) {
      result.push(block);
      continue;
    }
    if (placedIds.has(section.id)) {
      warnings.push(`The notes have a second “${section.heading}” heading; it was kept as an ordinary heading, since a document has each section once.`);
      result.push(block);
      continue;
    }
    placedIds.add(section.id);
    addMissingBefore(sections.indexOf(section));
    result.push(sectionHeading(section));
    // A section with nothing under it gets the empty paragraph its guidance shows in.
    const next = blocks[position + 1];
    if (next === undefined || next.type === 'heading') result.push(emptyParagraph());
  }
  addMissingBefore(sections.length);
  return { blocks: result, matched, added };
}

/** A heading as it is compared with section names: "  Key points: " and "key POINTS" are the same. */
function sectionKey(heading: string): string {
  return heading
    .trim()
    .replace(/\s*[:：]$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

function firstHeading(blocks: readonly SerializedBodyNode[]): string {
  const heading = blocks.find((block) => block.type === 'heading');
  return heading ? plainText(heading.children ?? []).trim() : '';
}
