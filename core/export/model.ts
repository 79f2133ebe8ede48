import { nodeText } from '../document/body';
import type { BriefDocument, SerializedBodyNode } from '../document/schema';
import type { DocumentSource } from '../sources/schema';
import { findTemplate } from '../templates/builtin';
import type { Template } from '../templates/schema';
import { bannerText } from './banner';
import { BodyConverter, tagLevelOf } from './body-blocks';
import { yardstickAppendix } from './appendix';
import { printedMarks, type PrintedMarks } from './portion-marks';
import { noteTexts, sourceListEntries, type CitedPassage } from './references';
import { buildTitleBlock } from './title-block';
import type { Banner, DocumentProperties, ExportModel, ExportOptions, ExportWarning, MarkingOverride, Note, SourceList, TitleBlock } from './types';
import { rolledUpMarking } from '../markings/document-marking';

export type * from './types';

export interface BuildExportOptions extends ExportOptions {
  /** The template the document was made from, when it is an analyst's own; built-in templates are found by id. */
  template?: Template;
}

/**
 * The export model of a document: what the DOCX and PDF writers lay out, built from the
 * saved document alone. Guidance never reaches it; a distribution copy also leaves out
 * analyst-only sections and personal metadata. Warnings name what had to be degraded.
 */
export function buildExportModel(document: BriefDocument, options: BuildExportOptions): { model: ExportModel; warnings: ExportWarning[] } {
  const template = options.template ?? findTemplate(document.metadata.templateId);
  const marks = printedMarks(document);
  const titleBlock = { ...buildTitleBlock(document, template), ...(marks.title === undefined ? {} : { portion: marks.title }) };
  const nodes = withoutRepeatedTitle(exportedNodes(document.body.root.children, options.distribution), titleBlock.title);
  const converter = new BodyConverter(document, topSectionTag(nodes), marks);
  const blocks = converter.convertBlocks(nodes);
  converter.finish();
  const banner = bannerText(rolledUpMarking(document));
  const model: ExportModel = {
    properties: properties(document, titleBlock, template, banner, options.distribution, options.markingOverride ?? null),
    banner,
    paper: document.marking.scheme === 'us' ? 'Letter' : 'A4',
    titleBlock,
    blocks,
    notes: { placement: options.notes, items: notes(converter.citations, document.sources, marks) },
    sourceList: options.includeSourceList ? sourceList(document.sources, converter.citations, marks) : null,
    distribution: options.distribution,
    appendix: options.yardstickAppendix ? yardstickAppendix(document.settings.yardstick, titleBlock.title, blocks, marks.added) : null,
  };
  return { model, warnings: converter.warnings };
}

/**
 * The body's top-level nodes that are exported. A distribution copy leaves out every
 * section whose role is `comment` (the analyst comment), down to the next section of the
 * same or a higher level. For now every comment section counts as analyst-only; once
 * portion markings land, only a comment marked internal will be left out.
 */
function exportedNodes(nodes: readonly SerializedBodyNode[], distribution: boolean): SerializedBodyNode[] {
  if (!distribution) return [...nodes];
  const kept: SerializedBodyNode[] = [];
  let droppedSectionTag: number | null = null;
  for (const node of nodes) {
    if (node.type === 'section-heading') {
      const tag = tagLevelOf(node);
      if (droppedSectionTag !== null && tag <= droppedSectionTag) droppedSectionTag = null;
      if (droppedSectionTag === null && node.role === 'comment') droppedSectionTag = tag;
    }
    if (droppedSectionTag === null) kept.push(node);
  }
  return kept;
}

/** A body that opens with the title as a heading would print it twice under the title block; the heading goes. */
function withoutRepeatedTitle(nodes: SerializedBodyNode[], title: string): SerializedBodyNode[] {
  const first = nodes.findIndex((node) => nodeText(node).trim() !== '' || node.type !== 'paragraph');
  const opening = nodes[first];
  if (opening?.type === 'heading' && nodeText(opening).trim() === title) return nodes.filter((_, index) => index !== first);
  return nodes;
}

/** The shallowest tag of the template sections (those become Heading 1); 1 when there are none. */
function topSectionTag(nodes: readonly SerializedBodyNode[]): number {
  const tags = nodes.filter((node) => node.type === 'section-heading').map(tagLevelOf);
  return tags.length > 0 ? Math.min(...tags) : 1;
}

function notes(citations: readonly CitedPassage[], sources: readonly DocumentSource[], marks: PrintedMarks): Note[] {
  const known = new Map(sources.map((source) => [source.id, source]));
  const texts = noteTexts(citations, sources);
  return citations.map((citation, index): Note => {
    const portion = marks.note(citation.mark ?? '', known.get(citation.sourceId)?.portionMark ?? '');
    return { number: index + 1, sourceId: known.has(citation.sourceId) ? citation.sourceId : null, runs: texts[index] ?? [], ...(portion === undefined ? {} : { portion }) };
  });
}

/** The source list, each entry with its source's portion mark where marks are printed. */
function sourceList(sources: readonly DocumentSource[], citations: readonly CitedPassage[], marks: PrintedMarks): SourceList | null {
  if (sources.length === 0) return null;
  const byId = new Map(sources.map((source) => [source.id, source]));
  const entries = sourceListEntries(sources, citations).map((entry) => {
    const portion = marks.portion(byId.get(entry.sourceId)?.portionMark ?? '');
    return portion === undefined ? entry : { ...entry, portion };
  });
  return { heading: 'Sources', entries, ...(marks.added === undefined ? {} : { portion: marks.added }) };
}

function properties(
  document: BriefDocument,
  titleBlock: TitleBlock,
  template: Template | undefined,
  banner: Banner | null,
  distribution: boolean,
  markingOverride: MarkingOverride | null,
): DocumentProperties {
  // A template with sections names a kind of product ("Meeting readout"); the blank one names nothing.
  const kind = template && template.sections.length > 0 ? template.name : '';
  const organisations = titleBlock.people.flatMap((table) => table.people.map((person) => person.organisation));
  const keywords = [...new Set([kind, ...organisations].filter((keyword) => keyword !== ''))];
  return {
    title: titleBlock.title,
    subject: kind,
    keywords,
    author: distribution ? null : document.metadata.author.trim() || null,
    created: distribution ? null : document.metadata.created,
    modified: distribution ? null : document.metadata.modified,
    marking: banner?.text ?? null,
    ...(markingOverride ? { markingOverride: { reason: markingOverride.reason.trim(), findings: [...markingOverride.findings] } } : {}),
  };
}
