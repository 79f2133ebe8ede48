import type { ExportProgressListener } from '../types';

/** Reports within a stage come at most this often… */
const MIN_INTERVAL_MS = 50;

/**
 * An export's progress as its listener hears it: the fraction never goes back, a new stage
 * is always told, and reports within a stage (a page drawn) only when at least a whole
 * percent more is done and 50 ms have passed, so a long export makes a few dozen reports,
 * not thousands. Without a listener, nothing is done.
 */
export class ProgressReport {
  private fraction = 0;
  private percent = -1;
  private lastAt = -Infinity;

  constructor(
    private readonly listener: ExportProgressListener | undefined,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** A new stage: told at once. */
  stage(stage: string, fraction: number): void {
    this.tell(stage, fraction);
  }

  /** Progress within a stage: told when enough has changed (see above). */
  step(stage: string, fraction: number): void {
    if (!this.listener) return;
    const percent = Math.floor(Math.max(fraction, this.fraction) * 100);
    if (percent <= this.percent || this.now() - this.lastAt < MIN_INTERVAL_MS) return;
    this.tell(stage, fraction);
  }

  /** The end: the fraction is 1. */
  done(stage: string): void {
    this.tell(stage, 1);
  }

  private tell(stage: string, fraction: number): void {
    if (!this.listener) return;
    this.fraction = Math.min(1, Math.max(this.fraction, fraction));
    this.percent = Math.floor(this.fraction * 100);
    this.lastAt = this.now();
    this.listener({ stage, fraction: this.fraction });
  }
}
