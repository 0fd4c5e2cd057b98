import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecentStore, samePath } from './recent.js';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-recent-'));
  file = path.join(dir, 'data', 'recent.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('recent files', () => {
  it('puts the newest first, dedupes and caps', async () => {
    const store = createRecentStore(file, { max: 3 });
    for (const name of ['a', 'b', 'c', 'a', 'd']) await store.add(path.join(dir, `${name}.eksdesign`));
    expect((await store.list()).map((e) => e.name)).toEqual(['d.eksdesign', 'a.eksdesign', 'c.eksdesign']);
  });

  it('persists across instances and answers has()', async () => {
    await createRecentStore(file).add(path.join(dir, 'x.eksdesign'));
    const again = createRecentStore(file);
    expect(await again.has(path.join(dir, 'x.eksdesign'))).toBe(true);
    expect(await again.has(path.join(dir, 'y.eksdesign'))).toBe(false);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ version: 1 });
  });

  it('removes entries', async () => {
    const store = createRecentStore(file);
    await store.add(path.join(dir, 'x.eksdesign'));
    expect(await store.remove(path.join(dir, 'x.eksdesign'))).toEqual([]);
  });

  it('gives an empty list for a damaged or hostile file, and recovers on the next add', async () => {
    const store = createRecentStore(file);
    await store.add(path.join(dir, 'x.eksdesign'));
    writeFileSync(
      file,
      JSON.stringify({ version: 1, files: [{ path: '/x', name: 'x', openedAt: 'now', __proto__: 1 }], extra: true }),
    );
    expect(await store.list()).toEqual([]);
    writeFileSync(file, 'not json');
    expect(await store.list()).toEqual([]);
    await store.add(path.join(dir, 'y.eksdesign'));
    expect((await store.list()).map((e) => e.name)).toEqual(['y.eksdesign']);
  });

  it('compares paths case-insensitively only on Windows and macOS', () => {
    expect(samePath('/a/B.eksdesign', '/a/b.eksdesign', 'darwin')).toBe(true);
    expect(samePath('/a/B.eksdesign', '/a/b.eksdesign', 'linux')).toBe(false);
    expect(samePath('/a/./b.eksdesign', '/a/b.eksdesign', 'linux')).toBe(true);
  });
});
