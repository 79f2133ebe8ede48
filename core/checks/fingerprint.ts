import type { FindingDraft } from './finding';
import type { DocumentReading } from './reading';

/**
 * A finding's fingerprint names it across edits elsewhere in the document: its rule, the
 * flagged words, the text of the block it is in (or, outside the body, what it is about)
 * and, when the same words are flagged twice in one block, which time. It does not hold
 * the block's position, so adding or removing text before it keeps a dismissal; changing
 * the block's own text lapses it, and the finding comes back for another look.
 * `language.hedge|2c1f3a8e|91b0d2c4|0`
 */

/** FNV-1a, 32 bits, as 8 hex digits: a short stable name for a text, not a secret. */
export function textHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Case and spacing do not change what a finding is about. */
function normalised(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function context(draft: FindingDraft, reading: DocumentReading): string {
  if (draft.location) return reading.blocks[draft.location.block]?.text ?? '';
  switch (draft.subject.kind) {
    case 'source':
      return `source ${draft.subject.sourceId}`;
    case 'title':
      return `title ${reading.document.metadata.title}`;
    default:
      return `marking ${reading.document.marking.scheme}`;
  }
}

/** The fingerprints of findings in reading order; the nth finding with the same rule, words and block gets `|n`. */
export function fingerprints(drafts: readonly FindingDraft[], reading: DocumentReading): string[] {
  const seen = new Map<string, number>();
  return drafts.map((draft) => {
    const base = `${draft.rule}|${textHash(normalised(draft.text))}|${textHash(normalised(context(draft, reading)))}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    return `${base}|${occurrence}`;
  });
}
