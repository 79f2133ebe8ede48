import type { SpellingWord } from '../../../../core/spelling/words';
import type { SpellingLanguage, SpellingReply, SpellingRequest } from './spelling-protocol';

/** A request that expects an answer, without its id, which the client assigns. */
type Asking = Extract<SpellingRequest, { id: number }> extends infer Request ? (Request extends unknown ? Omit<Request, 'id'> : never) : never;

/**
 * The page's side of the spelling worker: requests with promised answers. One worker
 * serves every editor the page opens, so a dictionary loads once per page, not once
 * per document.
 */
export class SpellingWorker {
  private readonly worker: Worker;
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (reply: SpellingReply) => void; reject: (error: Error) => void }>();
  /** Set when the worker failed: later requests fail at once instead of waiting for ever. */
  private failure: Error | null = null;

  constructor() {
    this.worker = new Worker(new URL('./spelling.worker.ts', import.meta.url), { type: 'module', name: 'spelling' });
    this.worker.addEventListener('message', (event: MessageEvent<SpellingReply>) => {
      const waiter = this.waiting.get(event.data.id);
      this.waiting.delete(event.data.id);
      waiter?.resolve(event.data);
    });
    // The worker's script failed to start or threw: nothing it was asked will be answered.
    this.worker.addEventListener('error', (event) => {
      const error = new Error(event.message || 'The spelling worker stopped.');
      this.failure = error;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    });
  }

  /** Loads a language; resolves with the reason when its dictionary could not be loaded. */
  async load(language: SpellingLanguage, personalWords: readonly string[]): Promise<{ failed: string | null }> {
    const reply = await this.ask({ kind: 'load', language, personalWords: [...personalWords] });
    return { failed: reply.kind === 'load-failed' ? reply.message : null };
  }

  async check(texts: readonly string[]): Promise<SpellingWord[][]> {
    const reply = await this.ask({ kind: 'check', texts: [...texts] });
    return reply.kind === 'checked' ? reply.misspellings : texts.map(() => []);
  }

  async suggest(word: string): Promise<string[]> {
    const reply = await this.ask({ kind: 'suggest', word });
    return reply.kind === 'suggested' ? reply.suggestions : [];
  }

  accept(words: readonly string[]): void {
    this.worker.postMessage({ kind: 'accept', words: [...words] } satisfies SpellingRequest);
  }

  private ask(request: Asking): Promise<SpellingReply> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as SpellingRequest);
    });
  }
}

let shared: SpellingWorker | null = null;

/** The page's spelling worker, started on first use (not at start-up: the dictionaries are large). */
export function sharedSpellingWorker(): SpellingWorker {
  shared ??= new SpellingWorker();
  return shared;
}
