import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../../../core/checks/finding';
import { BodyDeltaWriter } from '../../../core/document/body-delta';
import type { BriefDocument } from '../../../core/document/schema';
import type { ChecksReply, ChecksRequest } from './checks-protocol';

/** The checks run this long after the last edit, so a burst of typing costs one run. */
const CHECK_DELAY_MS = 150;

export interface ChecksState {
  /** The latest findings; null until the first run has answered. */
  findings: Finding[] | null;
  /** Set when the checks could not run: shown instead of findings that would be stale. */
  failure: string | null;
  /** How long the last run took in the worker, in milliseconds. */
  lastRunMs: number | null;
}

/**
 * Runs the tradecraft checks in a worker after each pause in editing. One run at a time:
 * edits made while one runs start a single fresh run when it answers, so a slow document
 * never builds a queue. `read` gives the document as it would be saved.
 */
export function useChecks(read: () => BriefDocument) {
  const [state, setState] = useState<ChecksState>({ findings: null, failure: null, lastRunMs: null });
  const workerRef = useRef<Worker | null>(null);
  const readRef = useRef(read);
  useLayoutEffect(() => {
    readRef.current = read;
  });
  const timer = useRef<number | undefined>(undefined);
  const running = useRef<number | null>(null);
  const wanted = useRef(false);
  const nextId = useRef(1);
  const sentSources = useRef<unknown>(null);
  const bodies = useRef(new BodyDeltaWriter());

  /** Sends the document as it is now; returns the run's id, or null when there is no worker (yet). */
  const start = useCallback((): number | null => {
    const worker = workerRef.current;
    if (!worker) return null;
    wanted.current = false;
    const { formatVersion, metadata, marking, settings, body, review, sources } = readRef.current();
    const document = { formatVersion, metadata, marking, settings, review };
    const id = nextId.current++;
    running.current = id;
    // The worker takes every message, in order: the body it is sent is the one it will have.
    const { delta, accept } = bodies.current.delta(body);
    accept();
    const request: ChecksRequest = { id, document, body: delta };
    if (sources !== sentSources.current) {
      request.sources = sources;
      sentSources.current = sources;
    }
    worker.postMessage(request);
    return id;
  }, []);

  /** Asks for a run after the next pause. */
  const schedule = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (running.current !== null) wanted.current = true;
      else start();
    }, CHECK_DELAY_MS);
  }, [start]);

  // Made in an effect, not during render, so a remount (React's strict mode) gets a live worker.
  useEffect(() => {
    const worker = new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'checks' });
    workerRef.current = worker;
    const onReply = ({ data }: MessageEvent<ChecksReply>) => {
      if (data.id !== running.current) return;
      running.current = null;
      setState(data.ok ? { findings: data.findings, failure: null, lastRunMs: data.ms } : { findings: null, failure: data.message, lastRunMs: null });
      if (wanted.current) start();
    };
    const onError = (event: ErrorEvent) => {
      running.current = null;
      setState({ findings: null, failure: event.message || 'The checks stopped.', lastRunMs: null });
    };
    worker.addEventListener('message', onReply);
    worker.addEventListener('error', onError);
    sentSources.current = null;
    bodies.current = new BodyDeltaWriter();
    start();
    return () => {
      window.clearTimeout(timer.current);
      workerRef.current = null;
      running.current = null;
      worker.terminate();
    };
  }, [start]);

  /** Runs now (the export dialog wants the findings as they stand), resolving with them. */
  const runNow = useCallback(
    () =>
      new Promise<Finding[]>((resolve, reject) => {
        const worker = workerRef.current;
        window.clearTimeout(timer.current);
        const id = start();
        if (!worker || id === null) return reject(new Error('The checks are not running.'));
        const stop = () => {
          worker.removeEventListener('message', onReply);
          worker.removeEventListener('error', onError);
        };
        const onReply = ({ data }: MessageEvent<ChecksReply>) => {
          if (data.id !== id) return;
          stop();
          if (data.ok) resolve(data.findings);
          else reject(new Error(data.message));
        };
        // A worker that stopped never answers: the caller hears why instead of waiting for ever.
        const onError = (event: ErrorEvent) => {
          stop();
          reject(new Error(event.message || 'The checks stopped.'));
        };
        worker.addEventListener('message', onReply);
        worker.addEventListener('error', onError);
      }),
    [start],
  );

  return { ...state, schedule, runNow };
}
