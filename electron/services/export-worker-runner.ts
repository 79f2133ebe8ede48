import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { BriefError, BRIEF_ERROR_CODES, type BriefErrorInfo } from '../../core/errors';
import type { ExportProgressListener } from '../../core/export/types';
import type { ExportedDocument } from './document-export';
import { EXPORT_WORKER_FILE, type ExportJob, type ExportWorkerMessage, type ExportWorkerRequest } from './export-worker-protocol';

/** Runs one export somewhere other than the host's own thread; rejects with 'cancelled' as soon as `signal` aborts. */
export type ExportRunner = (job: ExportJob, options: { signal: AbortSignal; onProgress: ExportProgressListener }) => Promise<ExportedDocument>;

const CANCELLED_MESSAGE = 'The export was cancelled; nothing was written.';

/**
 * The folder of the running bundle (dist/electron, dist/host), or of this file when run from
 * source. Electron main's bundle is CommonJS (import.meta is empty there); the web host's ES
 * module bundle defines __dirname in its banner.
 */
function hereFolder(): string {
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

/**
 * Where the export worker's bundle is: beside the host's bundle, as the build puts it; when
 * the host runs from source (the end-to-end tests start the web host from TypeScript), the
 * web host's build in dist/host. Null when neither exists.
 */
export function findExportWorker(folder = hereFolder()): string | null {
  const candidates = [join(folder, EXPORT_WORKER_FILE), join(folder, '..', '..', 'dist', 'host', EXPORT_WORKER_FILE)];
  return candidates.find((candidate) => existsSync(candidate)) ?? null;
}

function isErrorInfo(value: unknown): value is BriefErrorInfo {
  const info = value as Partial<BriefErrorInfo> | null;
  return typeof info?.message === 'string' && (BRIEF_ERROR_CODES as readonly unknown[]).includes(info.code);
}

/** What a worker that died (rather than answered 'failed') means to an analyst. */
function workerCrash(thrown: unknown): BriefError {
  const code = (thrown as { code?: unknown } | null)?.code;
  const detail = thrown instanceof Error ? thrown.message : String(thrown);
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return new BriefError('internal', 'The export ran out of memory; nothing was written. Exporting without the source list or in parts may help.', detail);
  return new BriefError('internal', 'The export stopped unexpectedly; nothing was written.', detail);
}

/** How long a worker is kept after an export for the next one, before its memory is given back. */
export const IDLE_WORKER_MS = 120_000;

export interface WorkerExportRunnerOptions {
  /** The bundled worker; by default the one beside the host's bundle. */
  workerFile?: string;
  /** How long a worker waits for another export after one succeeded; 0 ends each worker after its export. */
  idleMs?: number;
}

/**
 * Exports on worker threads (export-worker.ts). Progress messages go to `onProgress`; the
 * bytes come back transferred, not copied. Cancelling terminates the worker — at once, even
 * in the middle of a PDF's layout — and the export rejects with 'cancelled' without waiting
 * for the thread to wind down; nothing reaches the caller, so nothing is written.
 *
 * Each export has a worker of its own, so two windows can export at once. After a successful
 * export the worker is kept, idle and not holding the process open, for the next one: its
 * modules are loaded, its fonts measured and its code warmed up, which spares a later PDF
 * export seconds. A cancelled or failed export's worker is ended, never reused.
 */
export function workerExportRunner(options: WorkerExportRunnerOptions = {}): ExportRunner {
  const idleMs = options.idleMs ?? IDLE_WORKER_MS;
  let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;

  const start = (file: string): Worker => {
    const worker = new Worker(file);
    // A worker that dies while idle is only forgotten; one that dies during an export fails it (below).
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (idle?.worker === worker) {
        clearTimeout(idle.timer);
        idle = null;
      }
    });
    return worker;
  };

  const take = (file: string): Worker => {
    if (!idle) return start(file);
    const { worker, timer } = idle;
    idle = null;
    clearTimeout(timer);
    worker.ref();
    return worker;
  };

  const keep = (worker: Worker): void => {
    if (idle || idleMs <= 0) {
      void worker.terminate();
      return;
    }
    worker.unref();
    const timer = setTimeout(() => {
      if (idle?.worker === worker) idle = null;
      void worker.terminate();
    }, idleMs);
    timer.unref();
    idle = { worker, timer };
  };

  return (job, { signal, onProgress }) =>
    new Promise<ExportedDocument>((resolve, reject) => {
      if (signal.aborted) {
        reject(new BriefError('cancelled', CANCELLED_MESSAGE));
        return;
      }
      const file = options.workerFile ?? findExportWorker();
      if (!file) {
        reject(new BriefError('internal', 'Part of Briefwright that exports documents is missing from this installation; reinstalling Briefwright brings it back.', `${EXPORT_WORKER_FILE} not found beside ${hereFolder()}`));
        return;
      }
      let worker: Worker;
      try {
        worker = take(file);
      } catch (thrown) {
        // No thread could be started (the system is out of them, or of memory).
        reject(workerCrash(thrown));
        return;
      }
      let settled = false;
      const finish = (outcome: () => void, reusable = false): void => {
        if (settled) return;
        settled = true;
        signal.removeEventListener('abort', cancel);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        outcome();
        if (reusable) keep(worker);
        else void worker.terminate();
      };
      const cancel = (): void => finish(() => reject(new BriefError('cancelled', CANCELLED_MESSAGE)));
      const onMessage = (message: ExportWorkerMessage): void => {
        switch (message.type) {
          case 'progress':
            if (!settled) onProgress(message.progress);
            break;
          case 'done':
            finish(() => resolve(message.exported), true);
            break;
          case 'failed':
            finish(() => reject(isErrorInfo(message.error) ? new BriefError(message.error.code, message.error.message, message.error.detail) : workerCrash(message.error)));
            break;
        }
      };
      const onError = (thrown: Error): void => finish(() => reject(workerCrash(thrown)));
      const onExit = (exitCode: number): void => finish(() => reject(workerCrash(new Error(`the export worker exited with code ${exitCode} before answering`))));
      signal.addEventListener('abort', cancel, { once: true });
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      const request: ExportWorkerRequest = { type: 'export', job };
      try {
        worker.postMessage(request);
      } catch (thrown) {
        // Something in the document that cannot cross to a thread (never so for a document the contract parsed).
        finish(() => reject(workerCrash(thrown)));
      }
    });
}
