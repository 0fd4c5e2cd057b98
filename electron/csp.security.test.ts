/**
 * Checklist items 1 and 7: the Content-Security-Policy the page runs under, parsed, from both places it
 * comes from: the header every app:// response carries (the same header the browser version's server sends)
 * and the <meta> in renderer/index.html. Both are enforced together, so each must be strict on scripts and
 * remote hosts, and the restrictions only one of them carries (frame-ancestors cannot be set by meta;
 * base-uri, form-action) must be in at least one.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));

const { createAppProtocolHandler } = await import('./protocol.js');

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const indexHtml = readFileSync(path.join(repo, 'renderer', 'index.html'), 'utf8');

type Policy = Map<string, string[]>;

/** Directive name -> source list. A repeated directive is ignored by browsers after the first; so here. */
function parseCsp(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** What governs a fetch of this kind: the directive itself, else default-src (CSP fallback). */
const effective = (policy: Policy, directive: string) => policy.get(directive) ?? policy.get('default-src') ?? ['*'];

function metaCsp(html: string): { policy: string; offset: number } {
  const m = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"\s*\/?>/i.exec(html);
  if (!m) throw new Error('renderer/index.html has no Content-Security-Policy meta');
  return { policy: m[1]!, offset: m.index };
}

let root: string;
let header: string;
let errorHeader: string | null;
beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'eks-csp-'));
  copyFileSync(path.join(repo, 'renderer', 'index.html'), path.join(root, 'index.html'));
  const handle = createAppProtocolHandler(root);
  const page = await handle(new Request('app://bundle/index.html'));
  expect(page.status).toBe(200);
  header = page.headers.get('content-security-policy') ?? '';
  errorHeader = (await handle(new Request('app://bundle/missing.js'))).headers.get('content-security-policy');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const policies = () =>
  [
    ['app:// header', parseCsp(header)],
    ['index.html meta', parseCsp(metaCsp(indexHtml).policy)],
  ] as const;

/** Sources that never name another host or let text run as code. */
const LOCAL_SOURCES = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);

describe('Content-Security-Policy', () => {
  it('is sent with every app:// response, errors included', () => {
    expect(header).not.toBe('');
    expect(errorHeader).toBe(header);
  });

  it.each([0, 1])('policy %i: default-src and script-src are self only, with no eval and no inline script', (i) => {
    const [where, policy] = policies()[i]!;
    expect(
      ['self', 'none'].map((s) => `'${s}'`),
      where,
    ).toContain(policy.get('default-src')?.join(' '));
    expect(effective(policy, 'script-src'), where).toEqual(["'self'"]);
    for (const [name, sources] of policy) {
      expect(sources, `${where} ${name}`).not.toContain("'unsafe-eval'");
      expect(sources, `${where} ${name}`).not.toContain("'wasm-unsafe-eval'");
      // Inline styles only: React Flow positions nodes with style attributes. Never inline script.
      if (name !== 'style-src') expect(sources, `${where} ${name}`).not.toContain("'unsafe-inline'");
    }
  });

  it.each([0, 1])('policy %i: names no remote host, scheme or wildcard anywhere', (i) => {
    const [where, policy] = policies()[i]!;
    for (const [name, sources] of policy) {
      for (const source of sources) expect(LOCAL_SOURCES.has(source), `${where} ${name} ${source}`).toBe(true);
      // data: and blob: are for images only (exported PNGs and icons), never for code, frames or fetches.
      if (name !== 'img-src')
        expect(
          sources.filter((s) => s === 'data:' || s === 'blob:'),
          `${where} ${name}`,
        ).toEqual([]);
    }
    expect(effective(policy, 'connect-src'), where).toEqual(["'self'"]);
  });

  it('together the policies block plugins, framing, <base> hijacking and form posts', () => {
    const both = policies().map(([, p]) => p);
    const restricted = (directive: string, allowed: string[]) =>
      both.some((p) => p.has(directive) && p.get(directive)!.every((s) => allowed.includes(s)));
    for (const [, p] of policies()) expect(effective(p, 'object-src')).toEqual(["'none'"]);
    // frame-ancestors is ignored in a meta tag, so the header must carry it.
    expect(parseCsp(header).get('frame-ancestors')).toEqual(["'none'"]);
    expect(restricted('base-uri', ["'none'", "'self'"])).toBe(true);
    expect(restricted('form-action', ["'none'", "'self'"])).toBe(true);
  });

  it('the meta policy comes before any script in index.html (a meta CSP covers only what follows it)', () => {
    const { offset } = metaCsp(indexHtml);
    const firstScript = indexHtml.search(/<script\b/i);
    expect(firstScript).toBeGreaterThan(offset);
    expect(indexHtml.match(/<script\b[^>]*>/gi)!.every((tag) => /\bsrc=/.test(tag))).toBe(true);
  });
});
