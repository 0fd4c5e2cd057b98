/**
 * A file changed on disk since it was opened is never overwritten silently: the in-place save through
 * the real `design.save` handler answers `conflict` with a message offering Save As, and the other
 * program's file stays as it is. Content decides, not the clock: a change that kept size and mtime is
 * caught by the hash, and a file rewritten with identical bytes (a sync tool, `touch`) saves normally.
 * A change made while the save is writing its temp file is caught by the second check before the rename.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FileStamp } from '../shared/ipc/contract.js';
import type { IpcContext } from './ipc.js';
import { createBackupStore } from '../node/backups.js';
import { nodeFsOps, saveFileAtomic, type FsOps } from '../node/files.js';

vi.mock('electron', async () => await import('./test-support/fake-electron.js'));
const fake = await import('./test-support/fake-electron.js');
const { createHandlers } = await import('./handlers.js');
const { WindowSession } = await import('./session.js');
const { createRecentStore } = await import('../node/recent.js');

let dir: string;
let file: string;
let showSaveDialog: ReturnType<typeof vi.fn>;
let handlers: ReturnType<typeof createHandlers>;
let ctx: IpcContext;
let stamp: FileStamp;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-conflict-'));
  file = path.join(dir, 'prod.eksdesign');
  const when = new Date('2030-01-01T00:00:00Z');
  writeFileSync(file, '{"mine": "as opened"}');
  utimesSync(file, when, when);
  showSaveDialog = vi.fn();
  handlers = createHandlers({
    dialog: { showOpenDialog: vi.fn().mockResolvedValue({ canceled: false, filePaths: [file] }), showSaveDialog } as never,
    backups: createBackupStore(path.join(dir, 'userData', 'backups')),
    recent: createRecentStore(path.join(dir, 'userData', 'recent.json')),
    liveBackupIds: () => [],
    onRecentChanged: () => undefined,
    onDocumentState: () => undefined,
    onLanguage: () => undefined,
    language: () => 'en',
  });
  ctx = { window: new fake.BrowserWindow() as never, session: new WindowSession('w') };
  const opened = await handlers['design.open']({}, ctx);
  if (opened.status !== 'opened') throw new Error('not opened');
  stamp = opened.file.stamp;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const saveInPlace = (text: string) =>
  handlers['design.save']({ text, target: { path: file, expected: stamp }, saveAs: false, suggestedName: 'prod' }, ctx);

describe('saving over a file that changed on disk', () => {
  it.each([
    [
      'edited by another program',
      () => writeFileSync(file, '{"theirs": "edited elsewhere, longer"}'),
      'changed by another program',
    ],
    [
      'edited with the same size and the same modification time',
      () => {
        writeFileSync(file, '{"mine": "AS OPENED"}');
        utimesSync(file, new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
      },
      'changed by another program',
    ],
    ['deleted', () => rmSync(file), 'moved or deleted'],
  ])('%s: answers conflict offering Save As, and leaves their version alone', async (_name, change, words) => {
    change();
    const before = readdirSync(dir).includes('prod.eksdesign') ? readFileSync(file, 'utf8') : null;
    const result = await saveInPlace('{"mine": "edited"}');
    expect(result).toEqual({ status: 'conflict', message: expect.stringMatching(new RegExp(`${words}.*Save As`)) });
    expect(readdirSync(dir).includes('prod.eksdesign') ? readFileSync(file, 'utf8') : null).toBe(before);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(showSaveDialog).not.toHaveBeenCalled();
    // Save As from the conflict banner writes elsewhere; their file is still untouched.
    const elsewhere = path.join(dir, 'prod-mine.eksdesign');
    showSaveDialog.mockResolvedValue({ canceled: false, filePath: elsewhere });
    const saved = await handlers['design.save'](
      { text: '{"mine": "edited"}', target: { path: file, expected: stamp }, saveAs: true, suggestedName: 'prod' },
      ctx,
    );
    expect(saved).toMatchObject({ status: 'saved', file: { path: elsewhere } });
    expect(readFileSync(elsewhere, 'utf8')).toBe('{"mine": "edited"}');
    expect(readdirSync(dir).includes('prod.eksdesign') ? readFileSync(file, 'utf8') : null).toBe(before);
  });

  it('rewritten with identical bytes (new inode, new mtime): saves, since nothing of theirs is lost', async () => {
    writeFileSync(path.join(dir, 'copy'), '{"mine": "as opened"}');
    rmSync(file);
    writeFileSync(file, readFileSync(path.join(dir, 'copy')));
    rmSync(path.join(dir, 'copy'));
    expect(await saveInPlace('{"mine": "edited"}')).toMatchObject({ status: 'saved' });
    expect(readFileSync(file, 'utf8')).toBe('{"mine": "edited"}');
  });

  it('after its own save, the next save in place uses the new stamp and succeeds', async () => {
    const first = await saveInPlace('{"mine": 1}');
    if (first.status !== 'saved') throw new Error(first.status);
    stamp = first.stamp;
    expect(await saveInPlace('{"mine": 2}')).toMatchObject({ status: 'saved' });
    expect(readFileSync(file, 'utf8')).toBe('{"mine": 2}');
  });
});

describe('a change made while the save is writing', () => {
  it('is caught by the check before the rename; their version stays and the temp file is removed', async () => {
    const racing: FsOps = {
      ...nodeFsOps,
      async open(f, flags, mode) {
        const handle = await nodeFsOps.open(f, flags, mode);
        // Another program saves the same file while our temp file is being written.
        if (flags === 'wx') writeFileSync(file, '{"theirs": "saved meanwhile"}');
        return handle;
      },
    };
    await expect(
      saveFileAtomic(file, '{"mine": "edited"}', { checkConflict: true, expected: stamp, fs: racing }),
    ).rejects.toMatchObject({ code: 'conflict' });
    expect(readFileSync(file, 'utf8')).toBe('{"theirs": "saved meanwhile"}');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
