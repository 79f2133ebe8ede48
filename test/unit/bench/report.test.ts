import { describe, expect, it } from 'vitest';
import { withBlocks } from '../../../bench/report';

describe('PERFORMANCE.md blocks', () => {
  it('rewrites only what lies between a benchmark’s markers, keeping the analysis around it', () => {
    const document = '# Performance\n\n## Export\n\n<!-- bench:export:start -->\nold table\n<!-- bench:export:end -->\n\nWhy it is slow, by hand.\n';
    expect(withBlocks(document, [{ id: 'export', title: 'Export', markdown: 'new table' }])).toBe(
      '# Performance\n\n## Export\n\n<!-- bench:export:start -->\nnew table\n<!-- bench:export:end -->\n\nWhy it is slow, by hand.\n',
    );
  });

  it('adds a section for a benchmark the document does not have yet, and starts a missing document', () => {
    const added = withBlocks('# Performance\n', [{ id: 'typing', title: 'Typing', markdown: '| p50 | p95 |' }]);
    expect(added).toBe('# Performance\n\n## Typing\n\n<!-- bench:typing:start -->\n| p50 | p95 |\n<!-- bench:typing:end -->\n');
    expect(withBlocks('', [{ id: 'machine', title: 'Machine', markdown: '- CPU' }])).toMatch(/^# Performance\n[\s\S]*## Machine\n\n<!-- bench:machine:start -->\n- CPU\n<!-- bench:machine:end -->\n$/);
  });
});
