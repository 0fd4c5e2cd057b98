/**
 * The `app://bundle/` scheme that serves dist/renderer inside Electron (checklist item 18: a custom
 * protocol instead of file://, so the page has a real origin and file:// pages get no special rights).
 * Every response carries the Content-Security-Policy header; paths outside dist/renderer are refused.
 */
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './app-url.js';
import { SECURITY_HEADERS, staticResponse } from '../node/static-files.js';

/** Must be registered before the app is ready. `standard` gives it an origin; `secure` counts it as HTTPS. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
} as const;

export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** The request handler for `app://`, serving files under `root` (dist/renderer). */
export function createAppProtocolHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return plain(400, 'Bad request');
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return plain(403, 'Forbidden');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const res = await staticResponse(root, url.pathname);
    const body = request.method === 'HEAD' ? null : typeof res.body === 'string' ? res.body : new Uint8Array(res.body);
    return new Response(body, { status: res.status, headers: res.headers });
  };
}

export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}
