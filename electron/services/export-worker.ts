import { parentPort } from 'node:worker_threads';
import { toErrorInfo } from '../../core/errors';
import type { ExportProgress } from '../../core/export/types';
import { exportDocument } from './document-export';
import type { ExportWorkerMessage, ExportWorkerRequest } from './export-worker-protocol';

/**
 * The export worker: a worker thread the host starts for each export (see
 * export-worker-runner.ts), so that the model and the writer — a PDF's layout is one long
 * synchronous call — never hold up the host's own thread, which keeps answering the page
 * (autosave, locks) meanwhile. It runs the same `exportDocument` as the CLI.
 *
 * Bundled on its own by scripts/build-node.mjs, beside the host's bundle.
 */

/** A fraction is passed on when it has moved this much since the last one sent: the page polls a few times a second. */
const FRACTION_STEP = 0.01;

function post(port: NonNullable<typeof parentPort>, message: ExportWorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
}

/** The contract's bounds (ExportProgressSchema): a stage of at most 200 characters, a fraction in 0–1 or none. */
function bounded(progress: ExportProgress): ExportProgress {
  const { stage, fraction } = progress;
  return { stage: stage.slice(0, 200), fraction: fraction === null || !Number.isFinite(fraction) ? null : Math.min(1, Math.max(0, fraction)) };
}

/** Reports a stage at once, and a fraction within it when it has moved enough to show. */
function progressReporter(port: NonNullable<typeof parentPort>): (progress: ExportProgress) => void {
  let last: ExportProgress | null = null;
  return (reported) => {
    const { stage, fraction } = bounded(reported);
    const moved =
      last === null ||
      last.stage !== stage ||
      (last.fraction === null) !== (fraction === null) ||
      (fraction !== null && last.fraction !== null && (fraction - last.fraction >= FRACTION_STEP || (fraction >= 1 && last.fraction < 1)));
    if (!moved) return;
    last = { stage, fraction };
    post(port, { type: 'progress', progress: last });
  };
}

/** The bytes in a buffer of their own, so it can be transferred whole (a view into a larger or pooled buffer is copied once). */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const { buffer } = bytes;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) return bytes as Uint8Array<ArrayBuffer>;
  return new Uint8Array(bytes);
}

async function runExport(port: NonNullable<typeof parentPort>, request: ExportWorkerRequest): Promise<void> {
  try {
    const { document, request: choices, template } = request.job;
    const exported = await exportDocument(document, choices, { template, onProgress: progressReporter(port) });
    const bytes = ownBuffer(exported.bytes);
    post(port, { type: 'done', exported: { ...exported, bytes } }, [bytes.buffer]);
  } catch (thrown) {
    post(port, { type: 'failed', error: toErrorInfo(thrown) });
  }
}

const port = parentPort;
if (port) {
  port.on('message', (message: ExportWorkerRequest) => {
    if (message?.type === 'export') void runExport(port, message);
  });
}
