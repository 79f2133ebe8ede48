// The tradecraft checks, off the page's main thread so they never delay typing. The same
// runChecks that `briefwright check` and the export dialog use, on the document as saved.
import { runChecks } from '../../../core/checks/run-checks';
import type { DocumentSource } from '../../../core/sources/schema';
import { BodyDeltaReader } from '../../../core/document/body-delta';
import type { ChecksReply, ChecksRequest } from './checks-protocol';

/** The part of a dedicated worker's global scope used here (the page's TypeScript library describes a window). */
interface WorkerScope {
  postMessage(reply: ChecksReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ChecksRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
let sources: DocumentSource[] = [];
const bodies = new BodyDeltaReader();

scope.addEventListener('message', ({ data }) => {
  if (data.sources) sources = data.sources;
  const started = performance.now();
  try {
    const findings = runChecks({ ...data.document, body: bodies.body(data.body), sources, media: {} });
    scope.postMessage({ id: data.id, ok: true, findings, ms: performance.now() - started });
  } catch (thrown) {
    scope.postMessage({ id: data.id, ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) });
  }
});
