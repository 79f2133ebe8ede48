import { FORMAT } from '../import/nodes';

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
