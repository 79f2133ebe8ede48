import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { summarize, type Summary } from './stats';

/**
 * Timing whole commands the way a user runs them: wall time from spawn to exit, and the
 * peak resident memory of the process (or, for a launcher such as soffice, of its largest
 * descendant), read from GNU time where it is installed.
 */

export interface CommandRun {
  wallMs: number;
  /** Processor time, user and system, of the command and the processes it waited for; less swayed by a busy machine than wall time. Null without GNU time. */
  cpuMs: number | null;
  /** Null when GNU time is not installed. */
  peakRssBytes: number | null;
}

export interface CommandMeasurement {
  wallMs: Summary;
  cpuMs: Summary | null;
  peakRssBytes: Summary | null;
  /** Runs made before the measured ones and not counted (caches, a first-run profile). */
  warmupRuns: number;
}

export interface MeasureOptions {
  runs: number;
  warmup: number;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

const GNU_TIME = '/usr/bin/time';

/** The full path of an executable on PATH, or null when it is not installed. */
export async function findExecutable(name: string): Promise<string | null> {
  for (const folder of (process.env.PATH ?? '').split(delimiter)) {
    if (folder === '') continue;
    const candidate = join(folder, name);
    try {
      await access(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this folder.
    }
  }
  return null;
}

let gnuTime: Promise<boolean> | null = null;

/** Whether GNU time (with -f and -o) is there to report peak memory; BusyBox's is not enough. */
export function hasGnuTime(): Promise<boolean> {
  gnuTime ??= (async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bw-bench-time-'));
    try {
      const report = join(folder, 'rss');
      await spawnAndWait(GNU_TIME, ['-f', '%M', '-o', report, process.execPath, '-e', ''], {});
      return /^\d+\s*$/m.test(await readFile(report, 'utf8'));
    } catch {
      return false;
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  })();
  return gnuTime;
}

/** Runs a command once; throws with its error output when it fails. */
export async function runCommand(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CommandRun> {
  if (!(await hasGnuTime())) {
    const started = performance.now();
    await spawnAndWait(command, args, options);
    return { wallMs: performance.now() - started, cpuMs: null, peakRssBytes: null };
  }
  const folder = await mkdtemp(join(tmpdir(), 'bw-bench-run-'));
  try {
    const report = join(folder, 'rss');
    const started = performance.now();
    await spawnAndWait(GNU_TIME, ['-f', '%M %U %S', '-o', report, command, ...args], options);
    const wallMs = performance.now() - started;
    // Kilobytes and seconds, on the last line (after any "Command exited…" line).
    const [kilobytes, user, system] = ((await readFile(report, 'utf8')).trim().split('\n').pop() ?? '').split(' ').map(Number);
    const known = (value: number | undefined): value is number => value !== undefined && Number.isFinite(value);
    return { wallMs, cpuMs: known(user) && known(system) ? (user + system) * 1000 : null, peakRssBytes: known(kilobytes) ? kilobytes * 1024 : null };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** A command to measure, named so its figures can be found again. */
export interface CommandJob {
  id: string;
  command: string;
  args: readonly string[];
}

/**
 * Measures several commands in rounds, each round running every command once, after
 * `warmup` such rounds uncounted. Interleaving means a machine that gets busier or
 * quieter during the suite weighs on every command alike, not on whichever ran last.
 */
export async function measureInterleaved(jobs: readonly CommandJob[], options: MeasureOptions): Promise<Map<string, CommandMeasurement>> {
  for (let round = 0; round < options.warmup; round += 1) for (const job of jobs) await runCommand(job.command, job.args, options);
  const runs = new Map<string, CommandRun[]>(jobs.map((job) => [job.id, []]));
  for (let round = 0; round < options.runs; round += 1) {
    for (const job of jobs) runs.get(job.id)?.push(await runCommand(job.command, job.args, options));
  }
  return new Map(
    jobs.map((job): [string, CommandMeasurement] => {
      const done = runs.get(job.id) ?? [];
      return [job.id, { wallMs: summarize(done.map((run) => run.wallMs)), cpuMs: summaryOfAll(done.map((run) => run.cpuMs)), peakRssBytes: summaryOfAll(done.map((run) => run.peakRssBytes)), warmupRuns: options.warmup }];
    }),
  );
}

/** The summary of values every run has, or null when any run lacks one. */
function summaryOfAll(values: ReadonlyArray<number | null>): Summary | null {
  const known = values.filter((value): value is number => value !== null);
  return known.length === values.length && known.length > 0 ? summarize(known) : null;
}

/** One command, `warmup` times uncounted, then `runs` times. */
export async function measureCommand(command: string, args: readonly string[], options: MeasureOptions): Promise<CommandMeasurement> {
  const measured = await measureInterleaved([{ id: command, command, args }], options);
  return measured.get(command) as CommandMeasurement;
}

/** Spawns a command and collects its output; rejects when it cannot start or exits other than 0. */
export function spawnAndWait(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve({ stdout, stderr });
      else reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`}): ${stderr.trim() || stdout.trim()}`));
    });
  });
}
