import { z } from 'zod';

/**
 * The bibliographic kinds a source can be, a subset of CSL-JSON's `type` vocabulary so
 * that sources move to and from Zotero without translation tables.
 */
export const CSL_TYPES = [
  'article-newspaper',
  'article-magazine',
  'article-journal',
  'webpage',
  'post',
  'post-weblog',
  'report',
  'speech',
  'interview',
  'personal_communication',
  'broadcast',
  'book',
  'chapter',
  'legislation',
  'document',
] as const;
export const CslTypeSchema = z.enum(CSL_TYPES);
export type CslType = z.infer<typeof CslTypeSchema>;

/** What the source is to the analyst (ICS 206-01 "source type"), distinct from its bibliographic kind. */
export const SOURCE_KINDS = {
  'news-report': 'News report',
  'official-statement': 'Official statement',
  transcript: 'Transcript',
  'social-media': 'Social media',
  report: 'Report',
  'meeting-notes': 'Meeting notes',
  academic: 'Academic work',
  'press-release': 'Press release',
  other: 'Other',
} as const;
export type SourceKind = keyof typeof SOURCE_KINDS;
export const SourceKindSchema = z.enum(Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]]);

/** Admiralty code, source reliability. F means "cannot be judged", not "worst". */
export const RELIABILITY = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
} as const;
export type Reliability = keyof typeof RELIABILITY;
export const ReliabilitySchema = z.enum(Object.keys(RELIABILITY) as [Reliability, ...Reliability[]]);

/** Admiralty code, information credibility. 6 means "cannot be judged", not "worst". */
export const CREDIBILITY = {
  '1': 'Confirmed by other sources',
  '2': 'Probably true',
  '3': 'Possibly true',
  '4': 'Doubtful',
  '5': 'Improbable',
  '6': 'Truth cannot be judged',
} as const;
export type Credibility = keyof typeof CREDIBILITY;
export const CredibilitySchema = z.enum(Object.keys(CREDIBILITY) as [Credibility, ...Credibility[]]);

/** A person or body credited with a work: family and given names, or one literal name (an agency, "Rudaw staff"). */
export const SourceNameSchema = z.union([
  z.object({ family: z.string().min(1).max(200), given: z.string().max(200).default('') }),
  z.object({ literal: z.string().min(1).max(300) }),
]);
export type SourceName = z.infer<typeof SourceNameSchema>;

/**
 * A date as precise as the source gives it: `2022`, `2022-01` or `2022-01-30` (CSL
 * `date-parts`, written as ISO 8601 so it sorts). Empty when unknown: a date that cannot be
 * read is left for the analyst, never guessed.
 */
export const PartialDateSchema = z.union([
  z.literal(''),
  z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, { error: 'A date is written YYYY, YYYY-MM or YYYY-MM-DD.' }),
]);
export type PartialDate = z.infer<typeof PartialDateSchema>;

/** Where the snapshot text came from, so the viewer can say how it was captured. */
export const CaptureFormatSchema = z.enum(['text', 'html', 'markdown', 'pdf', 'docx']);
export type CaptureFormat = z.infer<typeof CaptureFormatSchema>;

/** Text of a source as captured, kept in the document so citations work offline, years later. */
export const SnapshotSchema = z.object({
  text: z.string().max(5_000_000),
  /** sha256 of `text` (UTF-8), hex: shows whether the snapshot was changed after capture. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  capturedAt: z.iso.datetime({ offset: true }),
  format: CaptureFormatSchema.default('text'),
  /** The file the text came from, when it came from a file. */
  fileName: z.string().max(500).default(''),
  /** Lines left out as site furniture (share buttons, comment policies…), kept so the analyst can see them. */
  dropped: z.array(z.string().max(2000)).max(500).default([]),
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

/**
 * One source: CSL-JSON compatible bibliographic fields, the analyst's own assessment
 * (originator, kind, Admiralty grade, descriptor, marking) and the snapshot.
 */
export const SourceSchema = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/),
  cslType: CslTypeSchema.default('webpage'),
  title: z.string().max(1000),
  authors: z.array(SourceNameSchema).max(100).default([]),
  /** The outlet: newspaper, website, journal (CSL `container-title`). */
  containerTitle: z.string().max(500).default(''),
  publisher: z.string().max(500).default(''),
  issued: PartialDateSchema.default(''),
  url: z.string().max(4000).default(''),
  accessed: PartialDateSchema.default(''),
  /** BCP 47 language tag of the source text, e.g. `en`, `ar`, `ckb`. */
  language: z.string().max(35).default(''),
  /** The dateline or place of publication. */
  place: z.string().max(300).default(''),
  /** Who first reported the information, when not the publisher (SOHR figures carried by Rudaw). */
  originator: z.string().max(500).default(''),
  kind: SourceKindSchema.default('news-report'),
  reliability: ReliabilitySchema.nullable().default(null),
  credibility: CredibilitySchema.nullable().default(null),
  /** A short description of the source's access and standing, as ICD 206 asks. */
  descriptor: z.string().max(2000).default(''),
  /** The source's own portion marking, as its scheme writes it, e.g. `U` or `TLP:GREEN`. */
  portionMark: z.string().max(100).default(''),
  notes: z.string().max(20_000).default(''),
  snapshot: SnapshotSchema.nullable().default(null),
});
export type DocumentSource = z.infer<typeof SourceSchema>;
/** A source as written by hand or by a capture step: defaults filled in by parsing. */
export type SourceInput = z.input<typeof SourceSchema>;

/** "B2", or "" when the source is not graded; one half alone is shown with a dash ("B-"). */
export function gradeLabel(source: Pick<DocumentSource, 'reliability' | 'credibility'>): string {
  if (!source.reliability && !source.credibility) return '';
  return `${source.reliability ?? '-'}${source.credibility ?? '-'}`;
}

/** The outlet as a reader would name it: the container title, else the publisher. */
export function outletOf(source: Pick<DocumentSource, 'containerTitle' | 'publisher'>): string {
  return source.containerTitle || source.publisher;
}

/** A person's name as written in running text: "Julian Bechocha", or the literal name. */
export function displayName(name: SourceName): string {
  return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}
