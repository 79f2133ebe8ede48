import { z } from 'zod';

/**
 * The desktop app's list of recently used documents, as kept in its data folder. Pure
 * data and rules: the file itself is read and written by
 * electron/services/recent-documents.ts.
 */

/** How many documents File › Open Recent offers. */
export const MAX_RECENT_DOCUMENTS = 10;

export const RecentDocumentSchema = z.object({
  /** Absolute path of the .brief file. */
  path: z.string().min(1).max(4096),
  /** When the document was last opened or saved. */
  usedAt: z.iso.datetime(),
});
export type RecentDocument = z.infer<typeof RecentDocumentSchema>;

export const RecentDocumentsFileSchema = z.object({
  version: z.literal(1),
  /** Most recent first. */
  documents: z.array(RecentDocumentSchema).max(100),
});
export type RecentDocumentsFile = z.infer<typeof RecentDocumentsFileSchema>;

/**
 * The list with `path` moved (or added) to the top: each document once, the newest
 * `max`. `sameFile` decides when two paths name one file (case-insensitive on Windows).
 */
export function withRecentDocument(
  documents: readonly RecentDocument[],
  path: string,
  usedAt: Date,
  options: { max?: number; sameFile?: (a: string, b: string) => boolean } = {},
): RecentDocument[] {
  const { max = MAX_RECENT_DOCUMENTS, sameFile = (a: string, b: string) => a === b } = options;
  const others = documents.filter((document) => !sameFile(document.path, path));
  return [{ path, usedAt: usedAt.toISOString() }, ...others].slice(0, max);
}
