/**
 * A save killed halfway, for real: a child process saves a 4 MB file through saveFileAtomic and is
 * killed with SIGKILL at each step of the save (temp file created, after 0, 1, 4095, 65536, half and
 * all-but-one bytes written, written, fsynced, closed, renamed, done). The child stops at the step and
 * says so before the kill, so each case is deterministic. Afterwards the target is byte for byte the
 * old file (killed before the rename) or the new one (after), never a mix; the half-written temp file
 * is never what the app opens; and the next save removes it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAbandonedTemps, readTextFile, saveFileAtomic } from './files.js';
import { ageTempFiles, killChildAt, newContent } from './test-support/kill.js';

const OLD = 'A'.repeat(3 * 1024 * 1024 + 123);
const NEW_SIZE = 4 * 1024 * 1024 + 7;
const NEW = newContent(NEW_SIZE);

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'eks-kill-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BEFORE_RENAME = [
  'opened',
  'wrote:0',
  'wrote:1',
  'wrote:4095',
  'wrote:65536',
  `wrote:${Math.floor(NEW_SIZE / 2)}`,
  `wrote:${NEW_SIZE - 1}`,
  'written',
  'synced',
  'closed',
];
const AFTER_RENAME = ['renamed', 'done'];

interface Killed {
  point: string;
  dir: string;
  file: string;
  pid: number;
}

/** Kills one child per point, a few at a time (each is a separate Node process). */
async function killAll(points: string[]): Promise<Killed[]> {
  const out: Killed[] = [];
  for (let i = 0; i < points.length; i += 3) {
    const batch = points.slice(i, i + 3).map(async (point) => {
      const dir = mkdtempSync(path.join(root, 'case-'));
      const file = path.join(dir, 'design.eksdesign');
      writeFileSync(file, OLD);
      const pid = await killChildAt(['save', file, String(NEW_SIZE), point], `paused ${point}`);
      ageTempFiles(dir);
      return { point, dir, file, pid };
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}

const temps = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe('a save killed at each step', () => {
  let killed: Killed[];
  beforeAll(async () => {
    killed = await killAll([...BEFORE_RENAME, ...AFTER_RENAME]);
  }, 180_000);

  it('before the rename: the file is the old one byte for byte, and the partial temp file is separate', async () => {
    for (const { point, dir, file, pid } of killed.filter((k) => BEFORE_RENAME.includes(k.point))) {
      expect(readFileSync(file, 'latin1') === OLD, point).toBe(true);
      // The kill really landed inside the save: the child's temp file is there, holding part of the new text.
      const [temp, ...more] = temps(dir);
      expect(more, point).toEqual([]);
      expect(temp, point).toMatch(new RegExp(`^\\.design\\.eksdesign\\.${pid}\\.[0-9a-f]{12}\\.tmp$`));
      const partial = readFileSync(path.join(dir, temp!), 'latin1');
      const expectedLength = point.startsWith('wrote:') ? Number(point.slice(6)) : point === 'opened' ? 0 : NEW_SIZE;
      expect(partial.length, point).toBe(expectedLength);
      expect(NEW.startsWith(partial), point).toBe(true);
      // What the app opens is the document, never the temp file.
      expect((await readTextFile(file)).text === OLD, point).toBe(true);
      expect(await findAbandonedTemps(dir, 'design.eksdesign'), point).toEqual([temp]);
    }
  });

  it('after the rename: the file is the new one byte for byte, with no temp file left', async () => {
    for (const { point, dir, file } of killed.filter((k) => AFTER_RENAME.includes(k.point))) {
      expect(readFileSync(file, 'latin1') === NEW, point).toBe(true);
      expect(temps(dir), point).toEqual([]);
    }
  });

  it('the next save works and removes what the killed save left behind', async () => {
    for (const { point, dir, file } of killed) {
      const { text, stamp } = await readTextFile(file);
      await saveFileAtomic(file, `saved again after ${point}`, { checkConflict: true, expected: stamp });
      expect(readFileSync(file, 'utf8')).toBe(`saved again after ${point}`);
      expect(readdirSync(dir), point).toEqual(['design.eksdesign']);
      expect(text.length).toBeGreaterThan(0);
    }
  });
});

describe('temp files of other saves', () => {
  it('are left alone while recent, even when their process id is not running here (a shared folder)', async () => {
    const dir = mkdtempSync(path.join(root, 'recent-'));
    const file = path.join(dir, 'a.eksdesign');
    const pid = await killChildAt(['save', file, '1000', 'opened'], 'paused opened');
    const [temp] = temps(dir);
    expect(temp).toContain(`.${pid}.`);
    await saveFileAtomic(file, 'doc');
    expect(temps(dir)).toEqual([temp]);
    ageTempFiles(dir);
    await saveFileAtomic(file, 'doc again');
    expect(temps(dir)).toEqual([]);
  });

  it('are left alone while their process runs, and other files are never touched', async () => {
    const dir = mkdtempSync(path.join(root, 'live-'));
    const file = path.join(dir, 'a.eksdesign');
    // The test runner's parent process is alive: its temp file may be a save in progress.
    const live = `.a.eksdesign.${process.ppid}.0123456789ab.tmp`;
    const unrelated = ['.b.eksdesign.1.0123456789ab.tmp', '.a.eksdesign.backup', 'a.eksdesign.1.0123456789ab.tmp'];
    for (const name of [live, ...unrelated]) writeFileSync(path.join(dir, name), 'x');
    await saveFileAtomic(file, 'doc');
    expect(readdirSync(dir).sort()).toEqual([live, ...unrelated, 'a.eksdesign'].sort());
  });
});

describe('a save killed at an unscripted moment', () => {
  it('leaves one whole version, never a mix, and the next save cleans up', async () => {
    const dir = mkdtempSync(path.join(root, 'loop-'));
    const file = path.join(dir, 'a.eksdesign');
    const size = 4 * 1024 * 1024;
    writeFileSync(file, 'A'.repeat(size));
    // The child saves B, C, B, C... as fast as it can; the kill lands wherever it is.
    await killChildAt(['loop', file, String(size)], 'saving');
    ageTempFiles(dir);
    const text = readFileSync(file, 'latin1');
    expect(['A', 'B', 'C'].some((c) => text === c.repeat(size))).toBe(true);
    await saveFileAtomic(file, 'next');
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  }, 60_000);
});
