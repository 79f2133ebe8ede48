/** How long a window may stay silent before it counts as gone; windows send a heartbeat every few seconds. */
export const DEFAULT_SESSION_TIMEOUT_MS = 30_000;

/**
 * The windows (sessions) that have spoken to this host recently. A recovery entry
 * of a live window is its own working copy, not something to offer for recovery.
 */
export class LiveSessions {
  private readonly lastSeen = new Map<string, number>();

  constructor(
    private readonly timeoutMs = DEFAULT_SESSION_TIMEOUT_MS,
    private readonly now: () => number = Date.now,
  ) {}

  touch(sessionId: string): void {
    this.lastSeen.set(sessionId, this.now());
  }

  isLive(sessionId: string): boolean {
    const seen = this.lastSeen.get(sessionId);
    return seen !== undefined && this.now() - seen < this.timeoutMs;
  }
}
