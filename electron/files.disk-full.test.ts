/**
 * A full disk, made as real as the machine allows. First choice: a 64 KB tmpfs mounted for the test
 * (needs root and mount permission; CI runs as root, elsewhere the test says why it is skipped), where
 * the kernel itself answers ENOSPC mid-write. Then /dev/full, which answers every write with ENOSPC,
 * reached through the service's one fs seam (the temp file is opened there). Injected EDQUOT, EIO and
 * EFBIG at each step are in files.test.ts and files.property.test.ts.
 * In every case the old file is untouched, no temp file is left, and the message names the file, says
 * the disk is full and that the previous version is unchanged (the app adds that the design is still
 * open and unsaved: renderer i18n `errors.saveFailed`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { IpcContext } from './ipc.js';
import { createBackupStore } from '../node/backups.js';
import { FileServiceError } from '../node/errors.js';
import { nodeFsOps, readTextFile, saveFileAtomic, type FsOps } from '../node/files.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));
const fake = await import('./test-support/fake-electron.js');
const { createHandlers } = await import('./handlers.js');
const { handleInvoke } = await import('./ipc.js');
const { WindowSession } = await import('./session.js');
const { createRecentStore } = await import('../node/recent.js');

const DISK_FULL = /^Cannot save "design\.eksdesign": the disk is full\. .*the previous version of the file is unchanged\.$/;

async function saveError(file: string, data: string, fs?: FsOps): Promise<FileServiceError> {
  const err = await saveFileAtomic(file, data, { fs }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FileServiceError);
  return err as FileServiceError;
}

/** Mounts a 64 KB tmpfs, or says why it cannot. */
function mountTinyDisk(at: string): string | null {
  if (process.platform !== 'linux') return 'tmpfs is a Linux file system';
  if (process.getuid?.() !== 0) return 'mounting a tmpfs needs root (CI runs as root)';
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k,mode=0700', 'tmpfs', at], { stdio: 'pipe' });
    return null;
  } catch (err) {
    return `mount -t tmpfs is not permitted here: ${String((err as { stderr?: Buffer }).stderr ?? err).trim()}`;
  }
}

const root = mkdtempSync(path.join(tmpdir(), 'eks-full-'));
const disk = path.join(root, 'disk');
mkdirSync(disk);
const skipReason = mountTinyDisk(disk);
if (skipReason) console.warn(`[disk-full] real full-disk tests skipped: ${skipReason}`);

afterAll(() => {
  if (!skipReason) execFileSync('umount', [disk]);
  rmSync(root, { recursive: true, force: true });
});

describe.skipIf(skipReason !== null)('a real full disk (64 KB tmpfs)', () => {
  const file = path.join(disk, 'design.eksdesign');
  const old = `{"old": "${'o'.repeat(16 * 1024)}"}`;
  beforeAll(() => writeFileSync(file, old));

  it('the kernel says ENOSPC mid-write: old file intact, no temp file, a clear message', async () => {
    const err = await saveError(file, 'n'.repeat(80 * 1024));
    expect(err.code).toBe('no-space');
    expect(err.message).toMatch(DISK_FULL);
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readdirSync(disk)).toEqual(['design.eksdesign']);
  });

  it('the failed save gave its space back: a save that fits works afterwards', async () => {
    await saveFileAtomic(file, 'n'.repeat(8 * 1024));
    expect(readFileSync(file, 'utf8')).toBe('n'.repeat(8 * 1024));
    writeFileSync(file, old);
  });

  it('through the IPC handler the renderer gets code no-space and the message, the file stays', async () => {
    const dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn().mockResolvedValue({ canceled: false, filePath: file }) };
    const handlers = createHandlers({
      dialog: dialog as never,
      backups: createBackupStore(path.join(root, 'backups')),
      recent: createRecentStore(path.join(root, 'recent.json')),
      liveBackupIds: () => [],
      onRecentChanged: () => undefined,
      onDocumentState: () => undefined,
      onLanguage: () => undefined,
      language: () => 'en',
    });
    const ctx: IpcContext = { window: new fake.BrowserWindow() as never, session: new WindowSession('w') };
    const event = { sender: ctx.window.webContents, senderFrame: ctx.window.webContents.mainFrame } as never;
    const request = { text: 'n'.repeat(80 * 1024), target: null, saveAs: true, suggestedName: 'design.eksdesign' };
    const result = await handleInvoke('design.save', handlers['design.save'], event, request, () => ctx);
    expect(result).toEqual({ ok: false, error: { code: 'no-space', message: expect.stringMatching(DISK_FULL) } });
    expect(readFileSync(file, 'utf8')).toBe(old);
    expect(readdirSync(disk)).toEqual(['design.eksdesign']);
  });

  it('a backup that does not fit fails cleanly and the previous backup stays readable', async () => {
    const store = createBackupStore(path.join(disk, 'backups'));
    await store.write('w1', 'small unsaved work');
    await expect(store.write('w1', 'x'.repeat(80 * 1024))).rejects.toMatchObject({ code: 'no-space' });
    expect((await store.list()).map((e) => e.text)).toEqual(['small unsaved work']);
    expect(readdirSync(path.join(disk, 'backups'))).toEqual(['w1.backup.json']);
    await store.remove('w1');
    rmSync(path.join(disk, 'backups'), { recursive: true });
  });
});

describe.skipIf(!existsSync('/dev/full'))('ENOSPC from the kernel through /dev/full', () => {
  /** The temp file is opened on /dev/full instead, so every write to it fails as on a full disk. */
  const devFull: FsOps = {
    ...nodeFsOps,
    open: (file, flags, mode) => (flags === 'wx' ? nodeFsOps.open('/dev/full', 'w') : nodeFsOps.open(file, flags, mode)),
  };

  it('keeps the old file and explains, for text and for binary data', async () => {
    const dir = mkdtempSync(path.join(root, 'devfull-'));
    const file = path.join(dir, 'design.eksdesign');
    writeFileSync(file, 'old design');
    for (const data of ['new design', new Uint8Array(1024 * 1024).fill(7)]) {
      const err = await saveError(file, data as string, devFull);
      expect(err.code).toBe('no-space');
      expect(err.message).toMatch(DISK_FULL);
      expect((await readTextFile(file)).text).toBe('old design');
      expect(readdirSync(dir)).toEqual(['design.eksdesign']);
    }
  });
});
