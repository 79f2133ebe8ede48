/**
 * State kept outside React that components read through useSyncExternalStore: a version that
 * changes with every change is the snapshot, and subscribers hear of each change once.
 */
export class VersionedStore {
  private version = 0;
  private readonly listeners = new Set<() => void>();

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Changes whenever the store does: a snapshot value for useSyncExternalStore. */
  readonly getVersion = (): number => this.version;

  /** Tells the subscribers, once for a batch of changes. */
  protected notify(): void {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }
}
