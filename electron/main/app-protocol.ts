import { protocol } from 'electron';
import { PAGE_SECURITY_HEADERS } from '../services/content-security';
import { RendererFiles } from '../services/renderer-files';
import { APP_HOST, APP_SCHEME } from './app-policy';

/**
 * `app://briefwright/` serves the built page. Must run before `app` is ready. The
 * scheme is standard (relative URLs, a real origin) and secure (like https), may be
 * fetched by the page itself, and is NOT cors-enabled, so no other origin can read it.
 * It does not bypass the Content-Security-Policy.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/** Serves `rendererRoot` (dist/renderer) on the scheme, with the page's security headers on every answer. */
export function serveRenderer(rendererRoot: string): void {
  const files = new RendererFiles(rendererRoot);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.hostname !== APP_HOST) return refusal(404, 'Not found.');
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'Only GET is served here.');
    const file = await files.get(url.pathname);
    if (!file) return refusal(404, 'Not found.');
    // A copy backed by a plain ArrayBuffer, which is what Response takes.
    const body = request.method === 'HEAD' ? null : new Uint8Array(file.body);
    return new Response(body, {
      status: 200,
      headers: { ...PAGE_SECURITY_HEADERS, 'Content-Type': file.contentType, 'Cache-Control': 'no-store' },
    });
  });
}

function refusal(status: number, message: string): Response {
  return new Response(message, {
    status,
    headers: { ...PAGE_SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
