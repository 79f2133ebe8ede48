import type { SerializedBodyNode } from '../document/schema';
import { FORMAT, textNode } from '../import/nodes';

/** A stretch of the briefing's text with one formatting (Lexical's format bits). */
export interface Run {
  text: string;
  format: number;
}

export const plain = (text: string): Run => ({ text, format: 0 });
export const italic = (text: string): Run => ({ text, format: FORMAT.italic });
export const bold = (text: string): Run => ({ text, format: FORMAT.bold });

/** Runs from strings (plain) and runs, neighbours of one format joined. */
export function runs(...parts: Array<string | Run>): Run[] {
  const joined: Run[] = [];
  for (const part of parts) {
    const run = typeof part === 'string' ? plain(part) : part;
    if (run.text === '') continue;
    const previous = joined[joined.length - 1];
    if (previous && previous.format === run.format) joined[joined.length - 1] = { text: previous.text + run.text, format: run.format };
    else joined.push(run);
  }
  return joined;
}

export function runsText(parts: readonly Run[]): string {
  return parts.map((run) => run.text).join('');
}

/** Inline content of a block: text runs and inline nodes (citations). */
export type Inline = Run | SerializedBodyNode;

function isRun(part: Inline): part is Run {
  return !('type' in part);
}

/** A block's inline nodes: neighbouring runs of one format joined, no trailing space after the last word or citation. */
export function inlineNodes(parts: readonly Inline[]): SerializedBodyNode[] {
  const merged: Inline[] = [];
  for (const part of parts) {
    const previous = merged[merged.length - 1];
    if (isRun(part) && previous && isRun(previous) && previous.format === part.format) merged[merged.length - 1] = { text: previous.text + part.text, format: part.format };
    else if (!isRun(part) || part.text !== '') merged.push(part);
  }
  for (let last = merged[merged.length - 1]; last && isRun(last); last = merged[merged.length - 1]) {
    const text = last.text.trimEnd();
    if (text !== '') {
      merged[merged.length - 1] = { ...last, text };
      break;
    }
    merged.pop();
  }
  return merged.map((part) => (isRun(part) ? textNode(part.text, part.format) : part));
}
