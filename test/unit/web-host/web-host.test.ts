import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBrief } from '../../../core/document/container';
import { startWebHost, TOKEN_HEADER, type RunningWebHost } from '../../../electron/web-host/server';
import { sampleReadout } from '../../fixtures/documents';

const SESSION = 'test-session-1';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so tests can send the Host and Origin headers a browser would not let them forge. */
function send(host: RunningWebHost, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { port } = new URL(host.origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function api(host: RunningWebHost, method: string, input: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return send(host, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: host.token, Origin: host.origin, ...headers },
    body: typeof input === 'string' ? input : JSON.stringify(input),
  });
}

describe('the local web host', () => {
  let host: RunningWebHost;
  let workspace: string;
  let renderer: string;

  beforeAll(async () => {
    const base = await mkdtemp(join(tmpdir(), 'bw-web-'));
    workspace = join(base, 'workspace');
    renderer = join(base, 'renderer');
    await mkdir(renderer);
    await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Briefwright</title>');
    await writeFile(join(base, 'private.txt'), 'not for the page');
    host = await startWebHost({ workspace, rendererRoot: renderer, version: 'test' });
  });

  afterAll(() => host.close());

  it('listens on 127.0.0.1 only and puts the token in the address fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(32);
  });

  it('serves the page with a strict Content-Security-Policy', async () => {
    const answer = await send(host, '/', { headers: { Host: new URL(host.origin).host } });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<title>Briefwright</title>');
    const csp = String(answer.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it('does not serve files outside the page folder', async () => {
    const answer = await send(host, '/..%2fprivate.txt');
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('not for the page');
  });

  it('refuses API calls without the token', async () => {
    const answer = await api(host, 'getAppInfo', {}, { [TOKEN_HEADER]: 'wrong' });
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses requests from another site', async () => {
    const answer = await api(host, 'getAppInfo', {}, { Origin: 'http://evil.example' });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error.message).toBe('Requests from other sites are refused.');
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const answer = await api(host, 'getAppInfo', {}, { Host: `rebind.example:${new URL(host.origin).port}` });
    expect(answer.status).toBe(421);
  });

  it('answers malformed requests with clear errors and keeps running', async () => {
    const notJson = await api(host, 'getAppInfo', '{"oops');
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body).error.message).toBe('The request is not valid JSON.');
    const unknown = await api(host, 'deleteEverything', {});
    expect(JSON.parse(unknown.body).error).toMatchObject({ code: 'invalid-request', detail: 'unknown method: deleteEverything' });
    const badInput = await api(host, 'openDocument', { path: 42, sessionId: SESSION });
    expect(badInput.status).toBe(400);
    expect(JSON.parse(badInput.body).error.detail).toContain('openDocument at path');
    const getOnApi = await send(host, '/api/getAppInfo');
    expect(getOnApi.status).toBe(405);
    expect(JSON.parse((await api(host, 'getAppInfo', {})).body)).toMatchObject({ ok: true, value: { shell: 'web', nativeDialogs: false } });
  });

  it('saves into and opens from the workspace', async () => {
    const saved = await api(host, 'saveDocument', { path: 'readout.brief', sessionId: SESSION, document: sampleReadout(), expectedSha256: null });
    expect(JSON.parse(saved.body)).toMatchObject({ ok: true, value: { file: { path: 'readout.brief', name: 'readout.brief' } } });
    const onDisk = new Uint8Array(await readFile(join(host.workspace, 'readout.brief')));
    expect(decodeBrief(onDisk)).toEqual(sampleReadout());
    const opened = JSON.parse((await api(host, 'openDocument', { path: 'readout.brief', sessionId: SESSION })).body);
    expect(opened.value.document).toEqual(sampleReadout());
    expect(opened.value.lock).toEqual({ state: 'owned' });
  });

  it('refuses path traversal with a clear error', async () => {
    const answer = await api(host, 'saveDocument', { path: '../escape.brief', sessionId: SESSION, document: sampleReadout(), expectedSha256: null });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body).error).toMatchObject({ code: 'outside-workspace', message: 'Briefwright can only open and save documents inside its workspace folder.' });
  });

  it('reports a damaged document without touching it', async () => {
    await writeFile(join(host.workspace, 'damaged.brief'), 'PK\u0003\u0004 truncated');
    const answer = await api(host, 'openDocument', { path: 'damaged.brief', sessionId: SESSION });
    expect(answer.status).toBe(422);
    expect(JSON.parse(answer.body).error.code).toBe('damaged-file');
    expect(await readFile(join(host.workspace, 'damaged.brief'), 'utf8')).toBe('PK\u0003\u0004 truncated');
  });

  it('refuses a document that fails validation, naming the problem', async () => {
    const document = sampleReadout();
    const answer = await api(host, 'saveDocument', { path: 'bad.brief', sessionId: SESSION, document: { ...document, formatVersion: 99 }, expectedSha256: null });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.detail).toContain('saveDocument at document.formatVersion');
  });
});
