import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, mimeTypeOf, resolveStaticPath, staticResponse } from './static-files.js';

let base: string;
let root: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'eks-static-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('resolveStaticPath', () => {
  it('maps / to index.html and nested paths under root', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js?v=1')).toBe(path.join(root, 'assets', 'app.js'));
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/..%2fsecret.txt',
    '/a\\..\\..\\secret.txt',
    '/x%00.js',
    '/%E0%A4%A',
    '/C:/Windows',
  ])('refuses %s', (p) => {
    expect(resolveStaticPath(root, p)).toBeNull();
  });
});

describe('staticResponse', () => {
  it('serves files with MIME type and the CSP header', async () => {
    const res = await staticResponse(root, '/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers['Content-Type']).toBe('text/javascript; charset=utf-8');
    expect(res.headers['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(String(res.body)).toBe('console.log(1)');
  });

  it('answers 403 for traversal, 404 for missing files and folders', async () => {
    expect((await staticResponse(root, '/../secret.txt')).status).toBe(403);
    expect((await staticResponse(root, '/missing.js')).status).toBe(404);
    expect((await staticResponse(root, '/assets')).status).toBe(404);
  });

  it('refuses a symlink pointing outside root', async () => {
    symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'link.txt'));
    expect((await staticResponse(root, '/link.txt')).status).toBe(403);
  });

  it('has the exact policy the security checklist asks for', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'",
    );
    expect(mimeTypeOf('a.WOFF2')).toBe('font/woff2');
    expect(mimeTypeOf('a.unknown')).toBe('application/octet-stream');
  });
});
