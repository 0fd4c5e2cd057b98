import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const fake = await import('./test-support/fake-electron.js');
const { APP_SCHEME_PRIVILEGES, createAppProtocolHandler, registerAppProtocol, registerAppSchemePrivileges } =
  await import('./protocol.js');
const { CONTENT_SECURITY_POLICY } = await import('../node/static-files.js');

let base: string;
let root: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'eks-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>x</title>');
  writeFileSync(path.join(root, 'assets', 'index.css'), 'body{}');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

describe('app:// protocol', () => {
  it('is registered privileged (standard, secure) and handled', () => {
    registerAppSchemePrivileges();
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES.privileges).toMatchObject({ standard: true, secure: true });
    registerAppProtocol(root);
    expect(fake.protocol.handlers.has('app')).toBe(true);
  });

  it('serves the renderer with the CSP header and MIME types', async () => {
    const handle = createAppProtocolHandler(root);
    const page = await handle(new Request('app://bundle/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>x</title>');
    const css = await handle(new Request('app://bundle/assets/index.css'));
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('refuses traversal, other hosts and other methods, still with the CSP header', async () => {
    const handle = createAppProtocolHandler(root);
    for (const url of ['app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt']) {
      const res = await handle(new Request(url));
      // The URL parser already folds `%2e%2e` (404 inside root); an encoded slash survives and is refused (403).
      expect([403, 404]).toContain(res.status);
      expect(await res.text()).not.toContain('secret');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await handle(new Request('app://elsewhere/index.html'))).status).toBe(403);
    expect((await handle(new Request('app://bundle/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect((await handle(new Request('app://bundle/missing.js'))).status).toBe(404);
  });
});
