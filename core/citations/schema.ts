import { z } from 'zod';

/**
 * A passage of a snapshot as a W3C Web Annotation TextQuoteSelector: the exact words and
 * a little context either side, so the citation finds its passage again after the
 * snapshot is corrected. `start`/`end` (a TextPositionSelector) is only a hint for speed.
 */
export const TextQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector').default('TextQuoteSelector'),
  exact: z.string().min(1).max(20_000),
  prefix: z.string().max(200).default(''),
  suffix: z.string().max(200).default(''),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type TextQuoteSelector = z.infer<typeof TextQuoteSelectorSchema>;

/** The node type a citation has in the body's Lexical JSON. */
export const CITATION_NODE_TYPE = 'citation';

/**
 * A citation as stored in the body: the source it rests on and, unless it cites the
 * whole source, the passage; a pinpoint ("para. 4", "p. 12") is free text.
 */
export const CitationFieldsSchema = z.object({
  sourceId: z.string().min(1).max(100),
  selector: TextQuoteSelectorSchema.nullable().default(null),
  pinpoint: z.string().max(100).default(''),
});
export type CitationFields = z.infer<typeof CitationFieldsSchema>;

export const SerializedCitationSchema = CitationFieldsSchema.extend({
  type: z.literal(CITATION_NODE_TYPE),
  version: z.literal(1),
});
export type SerializedCitation = z.infer<typeof SerializedCitationSchema>;
