import { z } from 'zod';
import { CITATION_NODE_TYPE } from '../citations/schema';
import { SourceSchema } from '../sources/schema';

export { SourceSchema, type DocumentSource } from '../sources/schema';

/** The format version this build writes. Older files are migrated forward on load. */
export const CURRENT_FORMAT_VERSION = 2;

const MAX_NODE_DEPTH = 64;

/**
 * A node of Lexical's serialized editor state. Only the envelope is checked here
 * (type, version, children); each node class validates its own fields on import.
 */
export interface SerializedBodyNode {
  type: string;
  version: number;
  children?: SerializedBodyNode[];
  [field: string]: unknown;
}

const MAX_TYPE_LENGTH = 64;

/**
 * Every node type the editor has a class for (renderer/editor/nodes/index.ts and Lexical's own);
 * a unit test keeps the two lists the same. A body holding any other cannot be shown, so it is
 * refused when read, with the type named, rather than failing when the editor mounts.
 */
export const BODY_NODE_TYPES: ReadonlySet<string> = new Set([
  'paragraph',
  'text',
  'linebreak',
  'tab',
  'heading',
  'section-heading',
  'quote',
  'list',
  'listitem',
  'link',
  'table',
  'tablerow',
  'tablecell',
  'horizontalrule',
  'image',
  CITATION_NODE_TYPE,
]);

/**
 * The first thing wrong with a node's envelope, or with a node inside it, and where; null
 * when there is nothing. Walked by hand, with a stack of its own: a 100-page body has some
 * 8,000 nodes, which zod's recursive object schemas took about 30 ms to check (and copied),
 * once in the host when a file is read and again in the page.
 */
function envelopeProblem(block: unknown): { path: PropertyKey[]; message: string } | null {
  const pending: Array<{ node: unknown; path: PropertyKey[]; depth: number }> = [{ node: block, path: [], depth: 1 }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path, depth } = next;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return { path, message: 'Each part of the text must be an object.' };
    const { type, version, children } = node as Record<string, unknown>;
    if (typeof type !== 'string' || type.length === 0 || type.length > MAX_TYPE_LENGTH) {
      return { path: [...path, 'type'], message: `Each part of the text needs a type (text of 1 to ${MAX_TYPE_LENGTH} characters).` };
    }
    if (!BODY_NODE_TYPES.has(type)) return { path: [...path, 'type'], message: `"${type}" is not a kind of text this version of Briefwright can show.` };
    if (typeof version !== 'number' || !Number.isInteger(version) || version < 0) return { path: [...path, 'version'], message: 'Each part of the text needs a version (a whole number).' };
    if (children === undefined) continue;
    if (!Array.isArray(children)) return { path: [...path, 'children'], message: 'The parts inside a part of the text must be a list.' };
    if (children.length > 0 && depth >= MAX_NODE_DEPTH) return { path: [...path, 'children'], message: `The document is nested more than ${MAX_NODE_DEPTH} levels deep.` };
    for (let index = children.length - 1; index >= 0; index -= 1) pending.push({ node: children[index], path: [...path, 'children', index], depth: depth + 1 });
  }
  return null;
}

/** One top-level block of a body: its envelope and those of the nodes inside it (see SerializedBodyNode). */
export const BodyBlockSchema = z.custom<SerializedBodyNode>().superRefine((block, context) => {
  const problem = envelopeProblem(block);
  if (problem) context.addIssue({ code: 'custom', message: problem.message, path: problem.path });
});

export const BodySchema = z.object({
  root: z.looseObject({
    type: z.literal('root'),
    version: z.number().int().nonnegative(),
    children: z.array(BodyBlockSchema),
  }),
});
export type DocumentBody = z.infer<typeof BodySchema>;

const IsoDateTime = z.iso.datetime({ offset: true });

/** One person in a people field (participants, distribution). */
export const PersonSchema = z.object({
  name: z.string().max(200),
  title: z.string().max(200).default(''),
  organisation: z.string().max(200).default(''),
  side: z.string().max(100).default(''),
});
export type Person = z.infer<typeof PersonSchema>;

/** Template-defined metadata values: free text, or a list of people. */
export const MetadataValueSchema = z.union([z.string().max(10_000), z.array(PersonSchema).max(500)]);
export type MetadataValue = z.infer<typeof MetadataValueSchema>;

export const MetadataSchema = z.object({
  title: z.string().max(500),
  templateId: z.string().max(100),
  author: z.string().max(200),
  created: IsoDateTime,
  modified: IsoDateTime,
  fields: z.record(z.string().max(100), MetadataValueSchema),
});
export type DocumentMetadata = z.infer<typeof MetadataSchema>;

/**
 * A lowering of the document's own marking, with the analyst's reason: the banner may be
 * raised freely but lowering it is justified and recorded. Marks are written as in a
 * portion, without parentheses (`S//NF` → `C`; '' for no level).
 */
export const MarkingChangeSchema = z.object({
  from: z.string().max(300),
  to: z.string().max(300),
  reason: z.string().min(1).max(2000),
  at: IsoDateTime,
});
export type MarkingChange = z.infer<typeof MarkingChangeSchema>;

/**
 * The document's handling marking: its scheme (core/markings), the level and controls the
 * analyst set, which the portions can raise but never lower (see core/markings/roll-up).
 * Fields added after format 2 was first written are optional; absent means the default.
 */
export const MarkingSchema = z.object({
  scheme: z.string().max(100),
  level: z.string().max(100).nullable(),
  controls: z.array(z.string().max(100)).max(50),
  /** The title block's portion mark, written as in a portion without parentheses; absent or '' when unmarked. */
  titlePortion: z.string().max(300).optional(),
  /** Every lowering of the level, oldest first; absent when there has been none. */
  changes: z.array(MarkingChangeSchema).max(1000).optional(),
  /**
   * A custom scheme's definition (core/markings/custom-scheme.ts), copied into the document
   * so its banners and checks work wherever the file is opened. Checked when used, not
   * here: a definition this version cannot read is flagged by the checks, and the document
   * still opens.
   */
  customScheme: z.record(z.string(), z.unknown()).optional(),
});
export type DocumentMarking = z.infer<typeof MarkingSchema>;

/** How references are given: numbered notes, a source list at the end, or both. */
export const CitationStyleSchema = z.enum(['notes', 'source-list', 'both']);
export type CitationStyle = z.infer<typeof CitationStyleSchema>;

/** The estimative-language yardstick the checks hold judgments to: ICD 203 or UK PHIA. */
export const YardstickSchema = z.enum(['icd-203', 'phia']);
export type Yardstick = z.infer<typeof YardstickSchema>;

/** Where notes go in an export. */
export const NotesPlacementSchema = z.enum(['footnotes', 'endnotes']);
export type NotesPlacement = z.infer<typeof NotesPlacementSchema>;

export const DEFAULT_DOCUMENT_SETTINGS = { citationStyle: 'notes', yardstick: 'icd-203', notes: 'footnotes' } as const;

/** Per-document choices that later features (citations, checks, export) read; a template sets them. */
export const DocumentSettingsSchema = z
  .object({
    citationStyle: CitationStyleSchema.default(DEFAULT_DOCUMENT_SETTINGS.citationStyle),
    yardstick: YardstickSchema.default(DEFAULT_DOCUMENT_SETTINGS.yardstick),
    notes: NotesPlacementSchema.default(DEFAULT_DOCUMENT_SETTINGS.notes),
  })
  .default(() => ({ ...DEFAULT_DOCUMENT_SETTINGS }));
export type DocumentSettings = z.infer<typeof DocumentSettingsSchema>;

/** Images and other binary parts, base64 so they cross the host contract as JSON. */
export const MediaItemSchema = z.object({
  mimeType: z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']),
  data: z.base64(),
});
export type MediaItem = z.infer<typeof MediaItemSchema>;
export const MediaIdSchema = z.string().regex(/^[0-9a-z-]{1,80}$/);

/** More sources than any briefing has; the bound keeps a crafted file from exhausting memory. */
export const MAX_SOURCES = 5000;

/**
 * A tradecraft finding the analyst dismissed, with the reason. The fingerprint (see
 * core/checks/fingerprint.ts) names the rule, the flagged words and the text around them,
 * so the dismissal holds while the rest of the document changes and lapses when that
 * text does.
 */
export const DismissedFindingSchema = z.object({
  rule: z.string().min(1).max(100),
  fingerprint: z.string().min(1).max(300),
  reason: z.string().min(1).max(2000),
  at: IsoDateTime,
});
export type DismissedFinding = z.infer<typeof DismissedFindingSchema>;

/**
 * An export made although marking errors stood: the analyst's reason, when, the file's
 * format, and the findings overridden (one line each), as the export dialog recorded it.
 */
export const ExportOverrideSchema = z.object({
  reason: z.string().min(1).max(2000),
  at: IsoDateTime,
  format: z.enum(['docx', 'pdf']),
  findings: z.array(z.string().max(2000)).max(1000),
});
export type ExportOverride = z.infer<typeof ExportOverrideSchema>;

/** The analyst's review of the checks' findings; absent until something is dismissed or overridden. */
export const ReviewSchema = z.object({
  dismissed: z.array(DismissedFindingSchema).max(10_000).default([]),
  /** Exports made over marking errors, oldest first; absent when there has been none. */
  exportOverrides: z.array(ExportOverrideSchema).max(1000).optional(),
});
export type DocumentReview = z.infer<typeof ReviewSchema>;

export const BriefDocumentSchema = z.object({
  formatVersion: z.literal(CURRENT_FORMAT_VERSION),
  metadata: MetadataSchema,
  marking: MarkingSchema,
  settings: DocumentSettingsSchema,
  body: BodySchema,
  sources: z.array(SourceSchema).max(MAX_SOURCES),
  media: z.record(MediaIdSchema, MediaItemSchema),
  review: ReviewSchema.optional(),
});
export type BriefDocument = z.infer<typeof BriefDocumentSchema>;
