import { describe, expect, it } from 'vitest';
import { formatSummary, median, quantile, summarize } from '../../../bench/stats';

describe('benchmark statistics', () => {
  it('takes the median of odd and even counts, whatever the order of the runs', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([7])).toBe(7);
  });

  it('interpolates quartiles between the closest ranks', () => {
    const runs = [1, 2, 3, 4, 5];
    expect(quantile(runs, 0)).toBe(1);
    expect(quantile(runs, 0.25)).toBe(2);
    expect(quantile(runs, 0.75)).toBe(4);
    expect(quantile([10, 20], 0.25)).toBe(12.5);
  });

  it('summarizes runs as median, range and quartiles, an outlier moving the range but not the median', () => {
    expect(summarize([100, 102, 98, 101, 400])).toEqual({ runs: 5, median: 101, min: 98, max: 400, q1: 100, q3: 102 });
  });

  it('writes a summary for a table cell', () => {
    expect(formatSummary(summarize([1180, 1234.4, 1302]), 'ms')).toBe('1,234 ms (1,180–1,302)');
  });

  it('refuses to summarize nothing', () => {
    expect(() => summarize([])).toThrow(RangeError);
    expect(() => quantile([1], 1.5)).toThrow(RangeError);
  });
});
