import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * docs/PERFORMANCE.md keeps the analysis people write and the figures the suite
 * measures side by side: each benchmark owns the block between its two markers and
 * rewrites only that; everything outside the markers is left as written.
 */

export interface DocBlock {
  id: string;
  title: string;
  markdown: string;
}

const SKELETON = `# Performance

What Briefwright's core actions cost, measured by \`npm run bench\` (no network; it builds
what it needs first). Figures are medians of repeated runs with their spread; the raw
results are in \`bench/results/latest.json\`. The blocks between \`bench:\` markers are
rewritten by each run; the rest of this file is written by hand.
`;

const start = (id: string): string => `<!-- bench:${id}:start -->`;
const end = (id: string): string => `<!-- bench:${id}:end -->`;

/** The document with each block's figures in place: replaced between its markers, or added as a new section. */
export function withBlocks(document: string, blocks: readonly DocBlock[]): string {
  let text = document.trim() === '' ? SKELETON : document;
  for (const block of blocks) {
    const from = text.indexOf(start(block.id));
    const to = text.indexOf(end(block.id));
    const body = `${start(block.id)}\n${block.markdown.trim()}\n${end(block.id)}`;
    if (from >= 0 && to > from) text = `${text.slice(0, from)}${body}${text.slice(to + end(block.id).length)}`;
    else text = `${text.trimEnd()}\n\n## ${block.title}\n\n${body}\n`;
  }
  return text;
}

export async function updateDocument(path: string, blocks: readonly DocBlock[]): Promise<void> {
  const current = await readFile(path, 'utf8').catch((thrown: NodeJS.ErrnoException) => {
    if (thrown.code === 'ENOENT') return '';
    throw thrown;
  });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, withBlocks(current, blocks));
}
