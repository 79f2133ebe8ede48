import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBrief } from '../../../core/document/container';
import { backupPathFor, DocumentFiles, sha256 } from '../../../electron/services/document-files';
import { GrowingDocument, versionOf } from './growing-document';

/**
 * Kills a process that is saving a document, at random moments, again and again, and
 * after every kill checks what is on disk. Shared by the unit test (200 kills) and by
 * scripts/crash-test.mjs (thousands).
 */
export interface CrashCampaignOptions {
  /** An empty folder to work in. */
  folder: string;
  /** save-loop-child.ts, bundled to plain JavaScript. */
  childScript: string;
  kills: number;
  /** Documents saved and killed side by side, each in its own folder. */
  lanes?: number;
  seed?: number;
  /** Document size: 1 for about 0.5–3 MB on disk, less for quicker runs. */
  scale?: number;
  /** Called after each checked kill; `failures` counts the kills that left a bad state. */
  onKill?: (progress: { kills: number; savesCompleted: number; failures: number }) => void;
  /** Stop at the first failure (the unit test) rather than count them all (the script). */
  stopOnFailure?: boolean;
}

export interface CrashCampaignResult {
  kills: number;
  /** Saves the children reported as finished. */
  savesCompleted: number;
  /** What went wrong after each kill that left a bad state (a kill may add more than one line). */
  failures: string[];
  /** Kills after which something was wrong. */
  killsFailed: number;
  /** Kills after which the document was one version ahead of the last save reported: the rename had happened, the report had not. */
  killsAfterUnreportedRename: number;
  /** Kills that left a partly written temporary copy of the document, i.e. kills in the middle of writing it. */
  killsMidWriteOfDocument: number;
  /** Kills in the middle of writing the .bak. */
  killsMidWriteOfBackup: number;
  /** Temporary files found after kills (each was checked, then removed). */
  temporaryFilesLeft: number;
  smallestDocumentBytes: number;
  largestDocumentBytes: number;
  decodes: number;
  elapsedMs: number;
  /** CPU time of this process (checking), not of the children. */
  checkingCpuMs: number;
}

export const DOCUMENT_NAME = 'crash-test.brief';

export async function runCrashCampaign(options: CrashCampaignOptions): Promise<CrashCampaignResult> {
  const started = Date.now();
  const random = mulberry32(options.seed ?? 1);
  const result: CrashCampaignResult = {
    kills: 0,
    savesCompleted: 0,
    failures: [],
    killsFailed: 0,
    killsAfterUnreportedRename: 0,
    killsMidWriteOfDocument: 0,
    killsMidWriteOfBackup: 0,
    temporaryFilesLeft: 0,
    smallestDocumentBytes: Number.POSITIVE_INFINITY,
    largestDocumentBytes: 0,
    decodes: 0,
    elapsedMs: 0,
    checkingCpuMs: 0,
  };
  const cpuAtStart = process.cpuUsage();
  const checker = new DiskChecker(result);
  const killWindow = new KillWindow();
  let claimed = 0;

  async function lane(index: number): Promise<void> {
    const folder = join(options.folder, `lane-${index + 1}`);
    await mkdir(folder, { recursive: true });
    const target = join(folder, DOCUMENT_NAME);
    // Version 0, saved the ordinary way; every later version is saved by a child that gets killed.
    await new DocumentFiles().write(target, new GrowingDocument(options.scale).version(0));
    let onDisk = 0;
    while (claimed < options.kills && !(options.stopOnFailure && result.failures.length > 0)) {
      claimed += 1;
      const run = await saveUntilKilled([options.childScript, target, String(onDisk), String(options.scale ?? 1)], onDisk, () => killWindow.delayMs(random()));
      result.kills += 1;
      result.savesCompleted += run.saved.length;
      killWindow.record(run.saved.length);
      const lastReported = run.saved.at(-1)?.version ?? onDisk;
      const label = `kill ${result.kills} (lane ${index + 1}, ${run.saved.length} saves reported, last ${lastReported})`;
      if (run.problem) result.failures.push(`${label}: ${run.problem}`);
      const checked = await checker.check(folder, target, lastReported).catch((thrown: unknown) => {
        result.failures.push(`${label}: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
        return null;
      });
      if (checked !== null) onDisk = checked;
      if (run.problem || checked === null) result.killsFailed += 1;
      options.onKill?.({ kills: result.kills, savesCompleted: result.savesCompleted, failures: result.killsFailed });
    }
  }

  await Promise.all(Array.from({ length: options.lanes ?? 2 }, (_, index) => lane(index)));
  result.elapsedMs = Date.now() - started;
  const cpu = process.cpuUsage(cpuAtStart);
  result.checkingCpuMs = Math.round((cpu.user + cpu.system) / 1000);
  return result;
}

interface ChildRun {
  saved: { version: number; ms: number }[];
  /** Set when the child did something other than save until killed. */
  problem?: string;
}

/** Starts a child saving from `from`, waits until it starts its first save, lets it run a random while, and kills it. */
function saveUntilKilled(args: string[], from: number, delayMs: () => number): Promise<ChildRun> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      const wasReady = stdout.startsWith('ready\n');
      stdout += chunk;
      if (!wasReady && stdout.startsWith('ready\n')) timer = setTimeout(() => child.kill('SIGKILL'), delayMs());
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdin.on('error', () => undefined);
    // 'close' comes after the pipes are drained, so every line the child wrote before dying is in `stdout`.
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const saved: ChildRun['saved'] = [];
      for (const line of stdout.split('\n')) {
        const match = /^saved (\d+) (\d+)$/.exec(line);
        if (match) saved.push({ version: Number(match[1]), ms: Number(match[2]) });
      }
      const expected = saved.map((_, index) => from + 1 + index);
      if (signal !== 'SIGKILL') resolve({ saved, problem: `the child ended by itself (code ${code}, signal ${signal}): ${stderr.trim().slice(0, 500)}` });
      else if (saved.some((save, index) => save.version !== expected[index])) resolve({ saved, problem: `the child reported versions ${saved.map((save) => save.version).join(', ')}` });
      else resolve({ saved });
    });
  });
}

const TEMPORARY_NAME = /^\.(.+)\.[0-9a-f]{12}\.tmp$/;

/** What must hold on disk after any kill. Files identical to ones already decoded (same SHA-256) are not decoded twice. */
class DiskChecker {
  private readonly decoded = new Map<string, number>();

  constructor(private readonly result: CrashCampaignResult) {}

  /** Returns the version of the document on disk, or throws saying what is wrong. */
  async check(folder: string, target: string, lastReported: number): Promise<number> {
    const version = await this.versionIn(target, 'the document');
    if (version !== lastReported && version !== lastReported + 1) {
      throw new Error(`the document on disk is version ${version}; the last save reported was ${lastReported}`);
    }
    if (version === lastReported + 1) this.result.killsAfterUnreportedRename += 1;

    const backup = backupPathFor(target);
    const names = await readdir(folder);
    if (names.includes(`${DOCUMENT_NAME}.bak`)) {
      const previous = await this.versionIn(backup, 'the .bak');
      // A save writes the .bak (the version on disk) first, then the document: so the .bak is one behind, or level after a kill between the two.
      if (previous !== version - 1 && previous !== version) throw new Error(`the .bak is version ${previous} beside version ${version}`);
    } else if (version > 0) {
      throw new Error(`version ${version} is on disk but there is no .bak`);
    }

    for (const name of names) {
      if (name === DOCUMENT_NAME || name === `${DOCUMENT_NAME}.bak`) continue;
      const temporary = TEMPORARY_NAME.exec(name);
      if (!temporary) throw new Error(`an unexpected file "${name}" is beside the document`);
      // Hidden and ending in .tmp: never the document's name, never listed as a document.
      if (temporary[1] === DOCUMENT_NAME) this.result.killsMidWriteOfDocument += 1;
      else if (temporary[1] === `${DOCUMENT_NAME}.bak`) this.result.killsMidWriteOfBackup += 1;
      else throw new Error(`a temporary file "${name}" belongs to neither the document nor its .bak`);
      this.result.temporaryFilesLeft += 1;
      // Nothing in the app removes these; the test does, so that a long run does not fill the disk.
      await rm(join(folder, name));
    }
    return version;
  }

  private async versionIn(path: string, what: string): Promise<number> {
    const bytes = new Uint8Array(await readFile(path));
    this.result.smallestDocumentBytes = Math.min(this.result.smallestDocumentBytes, bytes.length);
    this.result.largestDocumentBytes = Math.max(this.result.largestDocumentBytes, bytes.length);
    const fingerprint = sha256(bytes);
    const known = this.decoded.get(fingerprint);
    if (known !== undefined) return known;
    let version: number;
    try {
      this.result.decodes += 1;
      version = versionOf(decodeBrief(bytes));
    } catch (thrown) {
      throw new Error(`${what} (${bytes.length} bytes) does not open: ${thrown instanceof Error ? thrown.message : String(thrown)}`, { cause: thrown });
    }
    if (this.decoded.size > 64) this.decoded.clear();
    this.decoded.set(fingerprint, version);
    return version;
  }
}

/**
 * How long to let a child run before killing it: a random time in [0, window) after
 * it starts its first save. The window adapts so that about half the children finish
 * a save before the kill and half do not, which puts kills all through the first save
 * (reading the old file, encoding, writing the .bak, writing the document, renaming)
 * and into the second, on a fast machine or a slow one.
 */
class KillWindow {
  private windowMs = 100;

  delayMs(random: number): number {
    return random * this.windowMs;
  }

  record(savesCompleted: number): void {
    this.windowMs = Math.min(5000, Math.max(5, this.windowMs * (savesCompleted > 0 ? 0.93 : 1.07)));
  }
}

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}
