/**
 * The shape every benchmark takes, so that the suite grows by adding a section: one
 * file in bench/sections/ that measures one thing and reports it as data (for
 * bench/results/latest.json) and as Markdown (its own block of docs/PERFORMANCE.md).
 */

export interface BenchContext {
  /** The checkout, with dist/ built. */
  root: string;
  /** A scratch folder for this run's files. */
  workDir: string;
  /** Measured runs per figure, and uncounted runs before them. */
  runs: number;
  warmup: number;
  /** Document sizes to measure at, in pages of `briefwright sample`. */
  pages: readonly number[];
  /** The sections asked for with --only, or null for all. */
  only: ReadonlySet<string> | null;
  /** Progress for the person running the suite (stderr). */
  log(line: string): void;
}

export interface SectionReport {
  id: string;
  title: string;
  /** The figures, as written to the results file. */
  data: unknown;
  /** Lines about what was skipped and why, also shown in the table's notes. */
  skipped: string[];
  /** The section's block of docs/PERFORMANCE.md: tables and notes, no heading. */
  markdown: string;
}

export interface BenchSection {
  id: string;
  title: string;
  run(context: BenchContext): Promise<SectionReport>;
}
