import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeBundleFolder } from './bundle-folder.js';

const FILES = [
  { path: 'DEPLOY.md', content: '# Deploying\n' },
  { path: 'deploy.sh', content: '#!/usr/bin/env bash\nset -euo pipefail\n', executable: true },
  { path: 'helm/external-dns.values.yaml', content: 'policy: upsert-only\n' },
  { path: 'manifests/shop/web.yaml', content: 'kind: Deployment\n' },
];

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bundle-folder-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeBundleFolder', () => {
  it('creates the folder and its subfolders and writes every file, deploy.sh executable', async () => {
    const target = path.join(dir, 'shop-bundle');
    await writeBundleFolder(target, FILES, { overwrite: false });
    for (const f of FILES) expect(readFileSync(path.join(target, f.path), 'utf8')).toBe(f.content);
    expect(statSync(path.join(target, 'deploy.sh')).mode & 0o111).not.toBe(0);
    expect(statSync(path.join(target, 'DEPLOY.md')).mode & 0o111).toBe(0);
  });

  it('writes into an existing empty folder', async () => {
    await writeBundleFolder(dir, FILES, { overwrite: false });
    expect(readFileSync(path.join(dir, 'DEPLOY.md'), 'utf8')).toBe('# Deploying\n');
  });

  it('refuses a folder that is not empty, writing nothing, unless told to overwrite', async () => {
    writeFileSync(path.join(dir, 'notes.txt'), 'mine');
    await expect(writeBundleFolder(dir, FILES, { overwrite: false })).rejects.toMatchObject({ code: 'exists' });
    expect(() => statSync(path.join(dir, 'DEPLOY.md'))).toThrow();
    await writeBundleFolder(dir, FILES, { overwrite: true });
    expect(readFileSync(path.join(dir, 'DEPLOY.md'), 'utf8')).toBe('# Deploying\n');
    expect(readFileSync(path.join(dir, 'notes.txt'), 'utf8')).toBe('mine');
  });

  it('refuses a path that is a file, a missing parent folder and a path leaving the folder', async () => {
    writeFileSync(path.join(dir, 'file'), 'x');
    await expect(writeBundleFolder(path.join(dir, 'file'), FILES, { overwrite: false })).rejects.toMatchObject({
      code: 'not-a-file',
    });
    await expect(writeBundleFolder(path.join(dir, 'no', 'such'), FILES, { overwrite: false })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(
      writeBundleFolder(path.join(dir, 'b'), [{ path: '../escape.txt', content: 'x' }], { overwrite: false }),
    ).rejects.toMatchObject({ code: 'io' });
    expect(() => statSync(path.join(dir, 'escape.txt'))).toThrow();
  });
});
