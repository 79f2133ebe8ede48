import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';
import { fileSystemError } from './fs-errors';

/** State files are small; anything bigger is not one of ours. */
const DEFAULT_MAX_BYTES = 1024 * 1024;

/** What a file's parsed JSON holds, or what is wrong with it in plain words. */
export type StateCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface JsonStateFileOptions<T> {
  /** The app's data folder. */
  folder: string;
  fileName: string;
  /** What the file must hold: a schema, or a function that also says what is wrong in the analyst's words. */
  check: z.ZodType<T> | ((raw: unknown) => StateCheck<T>);
  /** Far more than a valid file takes; a bigger file is not ours, and is treated as damaged. 1 MiB unless given. */
  maxBytes?: number;
  /**
   * True for what the analyst made (preferences, their own words): a file that cannot be
   * read, set aside or written is an error that names it, since losing it silently would
   * lose their work. False for the app's own conveniences (recent documents, window
   * placement): an unreadable file reads as absent and a damaged one that cannot be moved
   * is simply not used (the default).
   */
  reportFailures?: boolean;
  /** The name a damaged file is renamed to, from a time stamp; `<fileName>.damaged-<stamp>` unless given. */
  asideName?: (stamp: string) => string;
  /** What to tell the analyst, once, after a damaged file was set aside; nothing unless given. */
  setAsideNotice?: (asideName: string, problem: string) => string;
  /** The clock for the time stamp; the real one unless given (tests fix it). */
  now?: () => Date;
}

/**
 * A small JSON file in the app's data folder, read afresh for every call (so two windows
 * or processes keep each other's changes) and checked whenever it is read. It is written
 * atomically, so a crash mid-write leaves the previous version; a damaged file is renamed
 * aside with a time stamp (kept for whoever wants to look at it, never overwritten) and
 * reads as absent. The services built on it keep their own rules; this keeps the file.
 */
export class JsonStateFile<T> {
  readonly folder: string;
  readonly fileName: string;
  readonly file: string;
  private readonly maxBytes: number;
  private readonly reportFailures: boolean;
  /** Set when a damaged file was set aside, until it has been taken to tell the analyst. */
  private pendingNotice: string | undefined;
  /** See `serially`. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: JsonStateFileOptions<T>) {
    this.folder = options.folder;
    this.fileName = options.fileName;
    this.file = join(options.folder, options.fileName);
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.reportFailures = options.reportFailures ?? false;
  }

  /**
   * Runs `task` after every task queued before it, so that a read-change-write is never
   * interleaved with another: quick changes all reach the file, and a damaged file is set
   * aside once. A failed task does not hold up the ones after it.
   */
  serially<R>(task: () => Promise<R>): Promise<R> {
    const result = this.queue.then(task);
    this.queue = result.catch(() => undefined);
    return result;
  }

  /** The file's value; null when there is none (the first launch) or it was damaged and set aside. */
  async read(): Promise<T | null> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.file);
    } catch (thrown) {
      if ((thrown as NodeJS.ErrnoException).code === 'ENOENT' || !this.reportFailures) return null;
      throw fileSystemError(thrown, 'open', this.fileName);
    }
    const checked =
      bytes.byteLength > this.maxBytes
        ? { ok: false as const, problem: `it is larger than ${this.maxBytes / 1024} KB` }
        : this.checkText(bytes.toString('utf8'));
    if (checked.ok) return checked.value;
    await this.setAside(checked.problem);
    return null;
  }

  /** The notice about a damaged file set aside, if there is one not yet taken; each is given once. */
  takeNotice(): string | undefined {
    const notice = this.pendingNotice;
    this.pendingNotice = undefined;
    return notice;
  }

  /** Replaces the file atomically. */
  async write(value: T): Promise<void> {
    try {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(this.file, new TextEncoder().encode(serialize(value)));
    } catch (thrown) {
      throw this.failure(thrown);
    }
  }

  /**
   * Replaces the file before returning, for state saved as the app quits, when an
   * asynchronous write might not finish. Still through a temporary file and a rename,
   * so the file is never half written.
   */
  writeNow(value: T): void {
    const temporary = `${this.file}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(this.folder, { recursive: true });
      writeFileSync(temporary, serialize(value));
      renameSync(temporary, this.file);
    } catch (thrown) {
      try {
        unlinkSync(temporary);
      } catch {
        // Never written, or already renamed.
      }
      throw this.failure(thrown);
    }
  }

  private checkText(text: string): StateCheck<T> {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return { ok: false, problem: 'it is not valid JSON' };
    }
    const { check } = this.options;
    if (typeof check === 'function') return check(raw);
    const parsed = check.safeParse(raw);
    return parsed.success ? { ok: true, value: parsed.data } : { ok: false, problem: parsed.error.issues[0]?.message ?? 'it does not hold what it should' };
  }

  /** `recent-documents.json` becomes `recent-documents.json.damaged-2026-11-28T10-15-30-000Z` (unless named otherwise). */
  private async setAside(problem: string): Promise<void> {
    const { asideName, setAsideNotice, now } = this.options;
    const stamp = (now?.() ?? new Date()).toISOString().replace(/[:.]/g, '-');
    const aside = asideName?.(stamp) ?? `${this.fileName}.damaged-${stamp}`;
    try {
      await rename(this.file, join(this.folder, aside));
    } catch (thrown) {
      // Unreported, the damaged file is simply not used.
      if (this.reportFailures) throw fileSystemError(thrown, 'save', this.fileName);
      return;
    }
    if (setAsideNotice) this.pendingNotice = setAsideNotice(aside, problem);
  }

  /** A write failure: for the analyst's own files in their words; otherwise as Node reported it. */
  private failure(thrown: unknown): unknown {
    return this.reportFailures ? fileSystemError(thrown, 'save', this.fileName) : thrown;
  }
}

function serialize(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
