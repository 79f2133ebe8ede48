/**
 * What the suite installs in the page before any of the page's own scripts run (Playwright's
 * addInitScript, which the page's Content-Security-Policy does not apply to). It only
 * observes: keystroke timings to the next painted frame, long animation frames, slow events
 * (Event Timing), the checks worker's requests and replies, and the moments the editor first
 * became editable. Nothing in the renderer knows it is there.
 *
 * "Painted" is taken as the usual way from script: the first requestAnimationFrame after the
 * event (the frame being produced), then a setTimeout(0) from inside it, which runs once that
 * frame's rendering steps (style, layout, paint) are done.
 *
 * `installProbe` is serialized into the page: it must not use anything from this module.
 */

export interface KeyRecord {
  key: string;
  /** The keydown's timestamp: when the browser received the key (ms since the page's time origin). */
  start: number;
  /** After the input event's handlers and their microtasks (or the keyup's, for keys without input). */
  handled: number | null;
  /** Time in the page's own handlers of this key's events (keydown, keypress, beforeinput, input, keyup), each until the microtasks they queued had run. */
  script: number;
  /** The requestAnimationFrame callback of the first frame after `handled`. */
  frame: number | null;
  /** After that frame's rendering (setTimeout(0) from the rAF callback). */
  painted: number | null;
}

export interface FrameRecord {
  start: number;
  duration: number;
  blockingDuration: number;
  /** The scripts the Long Animation Frames API names, longest first. */
  scripts: Array<{ invoker: string; sourceFunctionName: string; sourceURL: string; sourceCharPosition: number; duration: number }>;
}

export interface EventRecord {
  name: string;
  start: number;
  duration: number;
  processing: number;
  interactionId: number;
}

export interface TimedAction {
  /** The trusted keydown, mousedown or click that started it, or the moment it was armed for synthetic events. */
  start: number;
  /** The mutation batch in which the condition first held. */
  dom: number;
  /** The next frame after that, painted. */
  painted: number;
}

export interface BenchProbe {
  keys: KeyRecord[];
  recordKeys: boolean;
  frames: FrameRecord[];
  events: EventRecord[];
  checksPosts: number[];
  checksReplies: number[];
  /** The editor first present with contenteditable="true", and painted after. */
  editableAt: number | null;
  editablePaintedAt: number | null;
  /** Waits for `condition` after the next trusted input (or now, with `startNow`). */
  arm(condition: () => boolean, options?: { startNow?: boolean; timeoutMs?: number }): void;
  armed: Promise<TimedAction> | null;
  /** Resolves after the next painted frame. */
  nextPaint(): Promise<number>;
}

declare global {
  interface Window {
    __bwBench?: BenchProbe;
  }
}

export function installProbe(): void {
  const nextPaint = (): Promise<number> =>
    new Promise((resolve) => {
      requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0));
    });
  let armedStart: number | null = null;
  let waitingForInput = false;
  const probe: BenchProbe = {
    keys: [],
    recordKeys: false,
    frames: [],
    events: [],
    checksPosts: [],
    checksReplies: [],
    editableAt: null,
    editablePaintedAt: null,
    armed: null,
    nextPaint,
    arm(condition, options = {}) {
      const timeoutMs = options.timeoutMs ?? 60_000;
      armedStart = options.startNow ? performance.now() : null;
      waitingForInput = !options.startNow;
      probe.armed = new Promise<TimedAction>((resolve, reject) => {
        let done = false;
        const check = (): void => {
          if (done || armedStart === null || !condition()) return;
          done = true;
          const dom = performance.now();
          const start = armedStart;
          observer.disconnect();
          clearInterval(poll);
          clearTimeout(timer);
          void nextPaint().then((painted) => resolve({ start, dom, painted }));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
        // A condition can also come true without a mutation (a selection moving); look now and then too.
        const poll = setInterval(check, 25);
        const timer = setTimeout(() => {
          observer.disconnect();
          clearInterval(poll);
          if (!done) reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${condition.toString().slice(0, 200)}`));
        }, timeoutMs);
      });
    },
  };
  window.__bwBench = probe;

  const startArmed = (event: Event): void => {
    if (!waitingForInput || !event.isTrusted) return;
    waitingForInput = false;
    armedStart = event.timeStamp;
  };
  window.addEventListener('mousedown', startArmed, true);
  window.addEventListener('keydown', startArmed, true);

  // Per key: its keydown's timestamp; the time in the page's handlers of its events, from the
  // window's capture phase to a microtask queued when the event has bubbled back to the window
  // (after the editor's and React's handlers and the microtasks they queued, Lexical's commit
  // among them; a handler that stops propagation is missed); and the first frame after the
  // character went in (requested once beforeinput is handled: Lexical inserts the text itself
  // there and cancels the native input, so there may be no input event; the keyup for keys
  // without either), painted.
  let lastKey: KeyRecord | null = null;
  const awaitFrame = (record: KeyRecord): void => {
    if (record.handled !== null) return;
    record.handled = performance.now();
    requestAnimationFrame(() => {
      record.frame = performance.now();
      setTimeout(() => (record.painted = performance.now()), 0);
    });
  };
  let eventStarted = 0;
  for (const type of ['keydown', 'keypress', 'beforeinput', 'input', 'keyup']) {
    window.addEventListener(
      type,
      (event) => {
        eventStarted = performance.now();
        if (type !== 'keydown' || !probe.recordKeys || !event.isTrusted) return;
        lastKey = { key: (event as KeyboardEvent).key, start: event.timeStamp, handled: null, script: 0, frame: null, painted: null };
        probe.keys.push(lastKey);
      },
      true,
    );
    window.addEventListener(type, () => {
      const record = lastKey;
      const started = eventStarted;
      if (!probe.recordKeys || !record) return;
      queueMicrotask(() => {
        record.script += performance.now() - started;
        if (type === 'beforeinput' || type === 'input' || type === 'keyup') awaitFrame(record);
      });
    });
  }

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as PerformanceEntry & { blockingDuration?: number; scripts?: Array<Record<string, unknown>> };
        probe.frames.push({
          start: entry.startTime,
          duration: entry.duration,
          blockingDuration: frame.blockingDuration ?? 0,
          scripts: (frame.scripts ?? [])
            .map((script) => ({
              invoker: String(script.invoker ?? ''),
              sourceFunctionName: String(script.sourceFunctionName ?? ''),
              sourceURL: String(script.sourceURL ?? ''),
              sourceCharPosition: Number(script.sourceCharPosition ?? -1),
              duration: Number(script.duration ?? 0),
            }))
            .sort((a, b) => b.duration - a.duration)
            .slice(0, 5),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Not in this browser: frames over 50 ms are then counted from the keystrokes alone.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[]) {
        probe.events.push({ name: entry.name, start: entry.startTime, duration: entry.duration, processing: entry.processingEnd - entry.processingStart, interactionId: entry.interactionId ?? 0 });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing: the rAF measure stands alone.
  }
  // Every API call of the session, for the open, save and recovery timings.
  performance.setResourceTimingBufferSize(100_000);

  // The checks worker (renderer/panels/checks/use-checks.ts), seen from outside: when a run is sent, when it answers.
  const PageWorker = window.Worker;
  window.Worker = class extends PageWorker {
    private readonly checks: boolean;
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.checks = options?.name === 'checks';
      if (this.checks) this.addEventListener('message', () => probe.checksReplies.push(performance.now()));
    }
    override postMessage(message: unknown, options?: Transferable[] | StructuredSerializeOptions): void {
      if (this.checks) probe.checksPosts.push(performance.now());
      super.postMessage(message, options as StructuredSerializeOptions);
    }
  };

  const watchEditable = new MutationObserver(() => {
    if (probe.editableAt !== null) return;
    if (document.querySelector('[data-testid="editor"]')?.getAttribute('contenteditable') !== 'true') return;
    probe.editableAt = performance.now();
    watchEditable.disconnect();
    void nextPaint().then((painted) => (probe.editablePaintedAt = painted));
  });
  watchEditable.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] });
}
