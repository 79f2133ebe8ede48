import { readFile, unlink } from 'node:fs/promises';
import { hostname, userInfo } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

/** Who holds a document open, as written in its lock file. */
export const LockOwnerSchema = z.object({
  sessionId: z.string().max(100),
  user: z.string().max(200),
  host: z.string().max(200),
  pid: z.number().int(),
  /** When the lock was last refreshed; windows refresh it while the document is open. */
  refreshedAt: z.iso.datetime(),
});
export type LockOwner = z.infer<typeof LockOwnerSchema>;

export type LockOutcome = { state: 'owned' } | { state: 'held-by-other'; owner: LockOwner };

/** A lock not refreshed for this long belongs to a window that is gone. */
export const STALE_LOCK_MS = 3 * 60 * 1000;

/** Lock files sit next to the document, as LibreOffice's do: `.~lock.NAME.brief#`. */
export function lockFileFor(documentPath: string): string {
  return join(dirname(documentPath), `.~lock.${basename(documentPath)}#`);
}

/**
 * Marks documents as open so that a second window or instance (or a colleague on a
 * shared folder) is warned instead of silently editing the same file. A lock whose
 * process is gone, or that has not been refreshed for a few minutes, is stale and
 * is cleared.
 */
export class DocumentLocks {
  constructor(
    private readonly now: () => Date = () => new Date(),
    private readonly processAlive: (pid: number) => boolean = isProcessAlive,
  ) {}

  async acquire(documentPath: string, sessionId: string, options: { takeOver?: boolean } = {}): Promise<LockOutcome> {
    const current = await this.read(documentPath);
    if (current && current.sessionId !== sessionId && !options.takeOver && !this.isStale(current)) {
      return { state: 'held-by-other', owner: current };
    }
    await this.write(documentPath, sessionId);
    return { state: 'owned' };
  }

  /** Refreshes this session's lock; does nothing if another session took it over. */
  async refresh(documentPath: string, sessionId: string): Promise<void> {
    const current = await this.read(documentPath);
    if (current?.sessionId === sessionId) await this.write(documentPath, sessionId);
  }

  async release(documentPath: string, sessionId: string): Promise<void> {
    const current = await this.read(documentPath);
    if (current?.sessionId === sessionId) await unlink(lockFileFor(documentPath)).catch(() => undefined);
  }

  isStale(owner: LockOwner): boolean {
    const age = this.now().getTime() - Date.parse(owner.refreshedAt);
    if (age > STALE_LOCK_MS) return true;
    return owner.host === hostname() && !this.processAlive(owner.pid);
  }

  private async read(documentPath: string): Promise<LockOwner | null> {
    const text = await readFile(lockFileFor(documentPath), 'utf8').catch(() => null);
    if (text === null) return null;
    try {
      const parsed = LockOwnerSchema.safeParse(JSON.parse(text));
      // A lock file we cannot read is treated as absent: it must never stop an analyst opening their work.
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async write(documentPath: string, sessionId: string): Promise<void> {
    const owner: LockOwner = { sessionId, user: currentUser(), host: hostname(), pid: process.pid, refreshedAt: this.now().toISOString() };
    await writeFileAtomic(lockFileFor(documentPath), new TextEncoder().encode(JSON.stringify(owner)));
  }
}

function currentUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (thrown) {
    return (thrown as NodeJS.ErrnoException).code === 'EPERM';
  }
}
