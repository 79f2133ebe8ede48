/**
 * What a benchmark reports of repeated runs: the median (robust to the odd slow run a
 * busy machine produces) and the spread around it, as min/max and the quartiles.
 */

export interface Summary {
  runs: number;
  median: number;
  min: number;
  max: number;
  /** First and third quartiles; their difference is the interquartile range. */
  q1: number;
  q3: number;
}

/** The q-quantile (0 ≤ q ≤ 1) by linear interpolation between the closest ranks (type 7, as R and NumPy default to). */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('No values to take a quantile of.');
  if (!(q >= 0 && q <= 1)) throw new RangeError(`A quantile lies between 0 and 1, not ${q}.`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.ceil(position);
  const low = sorted[below] as number;
  return low + ((sorted[above] as number) - low) * (position - below);
}

export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new RangeError('No runs to summarize.');
  return {
    runs: values.length,
    median: median(values),
    min: Math.min(...values),
    max: Math.max(...values),
    q1: quantile(values, 0.25),
    q3: quantile(values, 0.75),
  };
}

/** "1,234 ms (1,180–1,302)": the median and the range, for a table cell. */
export function formatSummary(summary: Summary, unit: string, digits = 0): string {
  const format = (value: number): string => value.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return `${format(summary.median)} ${unit} (${format(summary.min)}–${format(summary.max)})`;
}
