import {
  hostContract,
  hostMethods,
  MenuCommandSchema,
  OpenPathRequestSchema,
  ResultEnvelopeSchema,
  type HostApi,
  type HostEvents,
  type HostMethod,
  type MenuCommand,
  type PreloadBridge,
  type Result,
} from '../../core/contract';
import { bodyIdCounter, BodyDeltaWriter, isBodyDelta, type BodyDelta } from '../../core/document/body-delta';
import { describeIssues } from '../../core/document/container';
import type { DocumentBody } from '../../core/document/schema';
import { jsonReusingFrozen } from './frozen-json';

export type HostClient = HostApi & HostEvents;

declare global {
  interface Window {
    /** Present only inside the desktop app, put there by the preload. */
    briefwright?: PreloadBridge;
  }
}

const TOKEN_HEADER = 'X-Briefwright-Token';
const TOKEN_STORAGE_KEY = 'briefwright.token';

/** One transport per shell: the preload bridge in Electron, HTTP to the web host in a browser. */
type Transport = (method: HostMethod, input: unknown) => Promise<unknown>;

/**
 * Connects the page to whichever host serves it. Every answer is checked against
 * the contract, so code behind this point works on typed values.
 */
export function connectToHost(): HostClient {
  const bridge = window.briefwright;
  const transport: Transport = bridge ? (method, input) => bridge[method](input) : httpTransport(readToken());
  const api = Object.fromEntries(
    hostMethods.map((method) => [method, (input: unknown) => call(transport, method, input)]),
  ) as unknown as HostApi;
  // One counter for both writers and the opened bodies, so that no two bodies share an id.
  const nextBodyId = bodyIdCounter();
  const saves = new BodyDeltaWriter(nextBodyId);
  const copies = new BodyDeltaWriter(nextBodyId);
  return {
    ...api,
    async openDocument(input) {
      const bodyId = nextBodyId();
      const result = await api.openDocument({ ...input, bodyId });
      if (result.ok) for (const writer of [saves, copies]) writer.opened(bodyId, result.value.document.body);
      return result;
    },
    saveDocument: sendingBodyChanges(api.saveDocument, saves),
    storeRecovery: sendingBodyChanges(api.storeRecovery, copies),
    onMenuCommand(listener: (command: MenuCommand) => void) {
      if (!bridge) return () => undefined;
      return bridge.onMenuCommand((raw) => {
        const parsed = MenuCommandSchema.safeParse(raw);
        if (parsed.success) listener(parsed.data);
      });
    },
    onOpenPath(listener: (path: string) => void) {
      if (!bridge) return () => undefined;
      return bridge.onOpenPath((raw) => {
        const parsed = OpenPathRequestSchema.safeParse(raw);
        if (parsed.success) listener(parsed.data);
      });
    },
  };
}

async function call(transport: Transport, method: HostMethod, input: unknown): Promise<Result<unknown>> {
  let raw: unknown;
  try {
    raw = await transport(method, input);
  } catch (thrown) {
    return {
      ok: false,
      error: { code: 'io-error', message: 'Briefwright lost its connection to the host. Your document is still open; try again.', detail: String(thrown) },
    };
  }
  const envelope = ResultEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, error: { code: 'internal', message: 'The host gave an answer Briefwright does not understand.', detail: describeIssues(method, envelope.error) } };
  }
  if (!envelope.data.ok) return { ok: false, error: envelope.data.error };
  const value = hostContract[method].output.safeParse(envelope.data.value);
  if (!value.success) {
    return { ok: false, error: { code: 'internal', message: 'The host gave an answer Briefwright does not understand.', detail: describeIssues(method, value.error) } };
  }
  return { ok: true, value: value.data };
}

/**
 * A save or a recovery copy sends the body as a change to the last one the host took for
 * that method, or to the body the window opened (core/document/body-delta.ts): after a few
 * edits to a 100-page briefing, a few blocks rather than 1.4 MB. If the host no longer has
 * that body (it was restarted), the body goes again whole.
 */
function sendingBodyChanges<Input extends { document: { body: unknown } }, Output>(
  send: (input: Input) => Promise<Result<Output>>,
  writer: BodyDeltaWriter,
): (input: Input) => Promise<Result<Output>> {
  return async (input) => {
    // The page's documents come from the editor and are well formed; the host checks what arrives.
    const body = input.document.body as DocumentBody | BodyDelta;
    if (isBodyDelta(body)) return send(input);
    const attempt = async () => {
      const { delta, accept } = writer.delta(body);
      const result = await send({ ...input, document: { ...input.document, body: delta } });
      if (result.ok) accept();
      return result;
    };
    const result = await attempt();
    if (result.ok || result.error.code !== 'stale-body') return result;
    writer.forget();
    return attempt();
  };
}

/** The web host puts its per-run token in the address's fragment, which browsers never send to a server. */
function readToken(): string {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_STORAGE_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_STORAGE_KEY) ?? '';
}

/** Browsers let a request outlive its page (keepalive) only up to 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;

function httpTransport(token: string): Transport {
  return async (method, input) => {
    const body = jsonReusingFrozen(input) ?? 'null';
    const response = await fetch(`./api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body,
      credentials: 'omit',
      cache: 'no-store',
      // Small calls made while the page closes (releasing a lock) must still arrive.
      keepalive: body.length < KEEPALIVE_LIMIT,
    });
    return response.json();
  };
}
