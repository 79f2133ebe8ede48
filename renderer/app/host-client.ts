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
import { describeIssues } from '../../core/document/container';
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
  return {
    ...api,
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
