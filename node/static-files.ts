/**
 * Serving the built renderer (dist/renderer), shared by the Electron `app://` protocol and the browser
 * version's local web server, so both send the same Content-Security-Policy, the same MIME types and
 * refuse the same paths.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** The policy both shells send with every response. Inline styles are needed by React Flow. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Headers sent with every file (besides Content-Type). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.yaml': 'text/yaml; charset=utf-8',
  '.eksdesign': 'application/json; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` a URL path names, or null when it would leave `root` (`..`, encoded `%2e%2e`,
 * backslashes, NUL, absolute drive paths). `/` means index.html.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split(/[?#]/, 1)[0] ?? '');
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((s) => s !== '' && s !== '.');
  if (segments.some((s) => s === '..' || /^[A-Za-z]:$/.test(s))) return null;
  const base = path.resolve(root);
  const file = path.resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  return file.startsWith(base + path.sep) ? file : null;
}

export interface StaticResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** Reads the file a URL path names under `root`, as a response: 200, 403 (outside root) or 404. */
export async function staticResponse(root: string, urlPath: string): Promise<StaticResponse> {
  const file = resolveStaticPath(root, urlPath);
  const textHeaders = { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' };
  if (file === null) return { status: 403, headers: textHeaders, body: 'Forbidden' };
  try {
    // Symlinks inside dist could point anywhere; serve only what really lives under root.
    const real = await fs.realpath(file);
    const realRoot = await fs.realpath(root);
    if (!real.startsWith(realRoot + path.sep)) return { status: 403, headers: textHeaders, body: 'Forbidden' };
    const stat = await fs.stat(real);
    if (!stat.isFile()) return { status: 404, headers: textHeaders, body: 'Not found' };
    const body = await fs.readFile(real);
    const cache = path.extname(real) === '.html' ? 'no-cache' : 'public, max-age=3600';
    return { status: 200, headers: { ...SECURITY_HEADERS, 'Content-Type': mimeTypeOf(real), 'Cache-Control': cache }, body };
  } catch {
    return { status: 404, headers: textHeaders, body: 'Not found' };
  }
}
