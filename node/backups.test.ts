import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupStore } from './backups.js';

let dir: string;
beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(tmpdir(), 'eks-backups-')), 'backups');
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

const clock = (iso: string) => () => new Date(iso);

describe('backup store', () => {
  it('survives a crash: a new store instance lists what the old one wrote', async () => {
    const before = createBackupStore(dir, { now: clock('2026-11-28T10:00:00Z') });
    await before.write('win-1', '{"design":1}');
    const after = createBackupStore(dir);
    expect(await after.list()).toEqual([{ id: 'win-1', savedAt: '2026-11-28T10:00:00.000Z', text: '{"design":1}' }]);
  });

  it('replaces the backup of the same window and lists newest first', async () => {
    await createBackupStore(dir, { now: clock('2026-11-28T10:00:00Z') }).write('a', 'first');
    await createBackupStore(dir, { now: clock('2026-11-28T10:00:05Z') }).write('a', 'second');
    await createBackupStore(dir, { now: clock('2026-11-28T09:00:00Z') }).write('b', 'older');
    expect((await createBackupStore(dir).list()).map((e) => [e.id, e.text])).toEqual([
      ['a', 'second'],
      ['b', 'older'],
    ]);
  });

  it('is removed when declined and leaves no files behind', async () => {
    const store = createBackupStore(dir);
    await store.write('a', 'work');
    await store.remove('a');
    expect(await store.list()).toEqual([]);
    expect(readdirSync(dir)).toEqual([]);
    await expect(store.remove('a')).resolves.toBeUndefined();
  });

  it('adopt moves a crashed window backup to the new window', async () => {
    const store = createBackupStore(dir);
    await store.write('old', 'unsaved');
    expect(await store.adopt('old', 'new')).toBe('unsaved');
    expect((await store.list()).map((e) => e.id)).toEqual(['new']);
    expect(await store.adopt('missing', 'new2')).toBeNull();
  });

  it('skips damaged or renamed backup files instead of failing, says which, and leaves them on disk', async () => {
    const skipped: string[] = [];
    const store = createBackupStore(dir, { onSkipped: (file, reason) => skipped.push(`${path.basename(file)}: ${reason}`) });
    await store.write('good', 'ok');
    writeFileSync(path.join(dir, 'broken.backup.json'), '{not json');
    writeFileSync(path.join(dir, 'wrong.backup.json'), JSON.stringify({ version: 1, id: 'good', savedAt: 'x', text: 'shadow' }));
    writeFileSync(path.join(dir, 'alien.backup.json'), JSON.stringify({ version: 2, id: 'alien' }));
    expect((await store.list()).map((e) => e.text)).toEqual(['ok']);
    expect(skipped.sort()).toEqual([
      'alien.backup.json: not a backup file of this app',
      'broken.backup.json: not valid JSON (cut off or damaged)',
      'wrong.backup.json: it holds the backup "good" under another name',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['alien.backup.json', 'broken.backup.json', 'good.backup.json', 'wrong.backup.json']);
  });

  it('refuses ids that could escape the folder', async () => {
    const store = createBackupStore(dir);
    await expect(store.write('../evil', 'x')).rejects.toThrow();
    expect(readdirSync(path.dirname(dir))).toEqual([]);
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await createBackupStore(dir).list()).toEqual([]);
  });
});
