import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { BriefErrorCode, Result } from '../../core/errors';
import { PAGE_SECURITY_HEADERS } from '../services/content-security';
import { DocumentLocks } from '../services/document-locks';
import { WorkspacePaths } from '../services/document-paths';
import { createHostHandlers, dispatchHostCall } from '../services/host-handlers';
import { LiveSessions } from '../services/live-sessions';
import { RecoveryStore } from '../services/recovery-store';
import { UserTemplates } from '../services/user-templates';
import { PersonalDictionary } from '../services/personal-dictionary';
import { PreferencesStore } from '../services/preferences';
import { RendererFiles } from '../services/renderer-files';

const MAX_REQUEST_BYTES = 300 * 1024 * 1024;
export const API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-briefwright-token';

export interface WebHostOptions {
  workspace: string;
  rendererRoot: string;
  version: string;
  /** Where crash-recovery copies go; by default a hidden folder in the workspace. */
  dataFolder?: string;
  port?: number;
  /** Fixed only by tests; a fresh random token otherwise. */
  token?: string;
  /** How long a silent window counts as open (tests shorten it). */
  sessionTimeoutMs?: number;
}

export interface RunningWebHost {
  /** The address to open, with the token in its fragment (never sent over the wire by the browser). */
  url: string;
  origin: string;
  token: string;
  workspace: string;
  close(): Promise<void>;
}

/**
 * The local web host: the renderer and the host contract over HTTP on 127.0.0.1
 * only. A request to the API needs the per-run token; a foreign Origin or Host
 * (another site, DNS rebinding) is refused before anything else is looked at.
 */
export async function startWebHost(options: WebHostOptions): Promise<RunningWebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const workspace = await WorkspacePaths.open(options.workspace);
  const files = new RendererFiles(options.rendererRoot);
  const dataFolder = options.dataFolder ?? join(workspace.root, '.briefwright');
  const handlers = createHostHandlers({
    appInfo: { version: options.version, shell: 'web', nativeDialogs: false, workspace: workspace.root },
    paths: workspace,
    workspace,
    locks: new DocumentLocks(),
    recovery: new RecoveryStore(join(dataFolder, 'recovery')),
    templates: new UserTemplates(join(dataFolder, 'templates')),
    personalDictionary: new PersonalDictionary(join(dataFolder, 'dictionary')),
    preferences: new PreferencesStore(dataFolder),
    sessions: new LiveSessions(options.sessionTimeoutMs),
  });

  let allowedHosts = new Set<string>();
  const server: Server = createServer((request, response) => {
    handle(request, response).catch((thrown: unknown) => {
      sendJson(response, 500, { ok: false, error: { code: 'internal', message: 'The web host failed to answer.', detail: String(thrown) } });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const host = request.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      return sendJson(response, 421, refusal('unauthorized', 'This address is not served here.', `host: ${host.slice(0, 100)}`));
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, ''))) {
      return sendJson(response, 403, refusal('unauthorized', 'Requests from other sites are refused.', `origin: ${origin.slice(0, 100)}`));
    }
    const url = new URL(request.url ?? '/', `http://${host}`);
    if (url.pathname.startsWith(API_PREFIX)) return handleApi(request, response, url.pathname.slice(API_PREFIX.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, refusal('invalid-request', 'Only GET is served here.'));
    }
    const file = await files.get(url.pathname);
    if (!file) return sendJson(response, 404, refusal('not-found', 'Not found.'));
    response.writeHead(200, { ...PAGE_SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendJson(response, 405, refusal('invalid-request', 'The API takes POST requests only.'));
    if (!tokenMatches(request.headers[TOKEN_HEADER], token)) {
      return sendJson(response, 401, refusal('unauthorized', 'This request is not authorised. Open Briefwright from the address the web host printed.'));
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, refusal('invalid-request', 'The API takes JSON only.'));
    }
    const body = await readBody(request);
    if (body === null) return sendJson(response, 413, refusal('too-large', 'The request is too large.'));
    let input: unknown;
    try {
      input = JSON.parse(body.toString('utf8'));
    } catch (thrown) {
      return sendJson(response, 400, refusal('invalid-request', 'The request is not valid JSON.', String(thrown)));
    }
    const result = await dispatchHostCall(handlers, method, input);
    sendJson(response, result.ok ? 200 : statusFor(result.error.code), result);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    workspace: workspace.root,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_REQUEST_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? null : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function refusal(code: BriefErrorCode, message: string, detail?: string): Result<never> {
  return { ok: false, error: detail === undefined ? { code, message } : { code, message, detail } };
}

function statusFor(code: BriefErrorCode): number {
  switch (code) {
    case 'invalid-request':
      return 400;
    case 'unauthorized':
      return 401;
    case 'permission-denied':
    case 'outside-workspace':
      return 403;
    case 'not-found':
      return 404;
    case 'unsupported':
      return 501;
    case 'internal':
      return 500;
    default:
      // Document problems (damaged, foreign, newer) are answers, not server faults.
      return 422;
  }
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  if (response.headersSent) return;
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(value));
}
