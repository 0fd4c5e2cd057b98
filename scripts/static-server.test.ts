import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../node/static-files.js';
import { startStaticServer, type RunningServer } from './static-server.js';

let base: string;
let server: RunningServer;
beforeEach(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'eks-serve-'));
  mkdirSync(path.join(base, 'dist', 'assets'), { recursive: true });
  writeFileSync(path.join(base, 'dist', 'index.html'), '<!doctype html><p>app</p>');
  writeFileSync(path.join(base, 'dist', 'assets', 'main.js'), 'export {}');
  writeFileSync(path.join(base, 'secret.txt'), 'secret');
  server = await startStaticServer(path.join(base, 'dist'), 0);
});
afterEach(async () => {
  await server.close();
  rmSync(base, { recursive: true, force: true });
});

/** Raw HTTP so paths like /../ reach the server unnormalised, as a hostile client would send them. */
function get(rawPath: string, options: { host?: string; method?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
    (resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: rawPath,
          method: options.method ?? 'GET',
          headers: options.host ? { host: options.host } : {},
        },
        (res) => {
          let body = '';
          res.on('data', (c: Buffer) => (body += c.toString()));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        },
      );
      req.on('error', reject);
      req.end();
    },
  );
}

describe('startStaticServer', () => {
  it('serves index.html at / on 127.0.0.1 with the CSP header', async () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/`);
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.body).toContain('<p>app</p>');
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('sends JavaScript with a JavaScript MIME type (module scripts need it)', async () => {
    expect((await get('/assets/main.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it.each(['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt'])(
    'refuses %s',
    async (p) => {
      const res = await get(p);
      expect(res.status).toBe(403);
      expect(res.body).not.toContain('secret');
    },
  );

  it('lists no directories and refuses other hosts and methods', async () => {
    expect((await get('/assets/')).status).toBe(404);
    expect((await get('/', { host: 'evil.example' })).status).toBe(421);
    expect((await get('/', { method: 'POST' })).status).toBe(405);
  });

  it('explains a port that is taken', async () => {
    await expect(startStaticServer(base, server.port)).rejects.toThrow(`Port ${server.port} is already in use`);
  });
});
