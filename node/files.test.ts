import { execFileSync } from 'node:child_process';
import {
  lstatSync,
  mkdtempSync,
  promises as fs,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileServiceError } from './errors.js';
import { nodeFsOps, readTextFile, saveFileAtomic, sha256, type FsOps } from './files.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'eks-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const errnoError = (code: string) => Object.assign(new Error(`${code}: simulated`), { code });

/** fs whose temp-file writes fail with `code` after writing a few bytes, like a disk filling up. */
function failingWriteFs(code: string): FsOps {
  return {
    ...nodeFsOps,
    async open(file, flags, mode) {
      const handle = await nodeFsOps.open(file, flags, mode);
      if (flags !== 'wx') return handle;
      return {
        readFile: () => handle.readFile(),
        stat: () => handle.stat(),
        sync: () => handle.sync(),
        close: () => handle.close(),
        async writeFile() {
          await handle.writeFile('partial');
          throw errnoError(code);
        },
      };
    },
  };
}

describe('saveFileAtomic / readTextFile', () => {
  it('round-trips text and returns a stamp matching the file', async () => {
    const file = path.join(dir, 'a.eksdesign');
    const stamp = await saveFileAtomic(file, '{"hello":"世界"}');
    const read = await readTextFile(file);
    expect(read.text).toBe('{"hello":"世界"}');
    expect(read.stamp).toEqual(stamp);
    expect(stamp.sha256).toBe(sha256('{"hello":"世界"}'));
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  });

  it('writes binary data unchanged', async () => {
    const file = path.join(dir, 'img.png');
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    await saveFileAtomic(file, bytes);
    expect(new Uint8Array(readFileSync(file))).toEqual(bytes);
  });

  it('saves through a symbolic link into the file it points to, keeping the link', async () => {
    const real = path.join(dir, 'real.eksdesign');
    const link = path.join(dir, 'link.eksdesign');
    writeFileSync(real, 'old');
    symlinkSync(real, link);
    const { stamp } = await readTextFile(link);
    await saveFileAtomic(link, 'new', { checkConflict: true, expected: stamp });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['link.eksdesign', 'real.eksdesign']);
  });

  it('keeps the permissions of the replaced file', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old', { mode: 0o600 });
    await saveFileAtomic(file, 'new');
    expect((await fs.stat(file)).mode & 0o777).toBe(0o600);
  });

  it('refuses to overwrite a file changed on disk since it was opened', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'original');
    const { stamp } = await readTextFile(file);
    writeFileSync(file, 'changed by another program');
    const save = saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp });
    await expect(save).rejects.toMatchObject({ code: 'conflict', message: expect.stringContaining('Save As') });
    expect(readFileSync(file, 'utf8')).toBe('changed by another program');
  });

  it('refuses a same-size change (content hash differs)', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'aaaa');
    const { stamp } = await readTextFile(file);
    writeFileSync(file, 'bbbb');
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it('accepts a file whose mtime changed but whose bytes did not', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'same');
    const { stamp } = await readTextFile(file);
    utimesSync(file, new Date(2030, 0, 1), new Date(2030, 0, 1));
    await saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp });
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('refuses a change that kept the size and the modification time (the hash decides)', async () => {
    const file = path.join(dir, 'a.eksdesign');
    const when = new Date('2030-01-01T00:00:00Z');
    writeFileSync(file, 'aaaa');
    utimesSync(file, when, when);
    const opened = await readTextFile(file);
    writeFileSync(file, 'bbbb');
    utimesSync(file, when, when);
    expect((await fs.stat(file)).mtimeMs).toBe(opened.stamp.mtimeMs);
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: opened.stamp })).rejects.toMatchObject({
      code: 'conflict',
      message: '"a.eksdesign" was changed by another program since you opened it. Choose Save As to keep both versions.',
    });
    expect(readFileSync(file, 'utf8')).toBe('bbbb');
  });

  it('accepts a file replaced by another program with identical bytes: nothing of theirs would be lost', async () => {
    // Decision: content decides. A sync tool or an editor that rewrites the file via a new inode with the
    // same bytes leaves nothing that the save could destroy.
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'same bytes');
    const { stamp } = await readTextFile(file);
    writeFileSync(path.join(dir, 'other'), 'same bytes');
    await fs.rename(path.join(dir, 'other'), file);
    utimesSync(file, new Date(2031, 0, 1), new Date(2031, 0, 1));
    await saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp });
    expect(readFileSync(file, 'utf8')).toBe('mine');
  });

  it('treats a file created meanwhile at a path that was free as a conflict', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'someone else');
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: null })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('Save As'),
    });
    expect(readFileSync(file, 'utf8')).toBe('someone else');
  });

  it('treats a file replaced by a folder as a conflict, touching nothing', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'x');
    const { stamp } = await readTextFile(file);
    rmSync(file);
    await fs.mkdir(file);
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp })).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  });

  it('treats a file deleted since opening as a conflict', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'x');
    const { stamp } = await readTextFile(file);
    rmSync(file);
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp })).rejects.toMatchObject({
      code: 'conflict',
      message: '"a.eksdesign" was moved or deleted since you opened it. Choose Save As to save your design.',
    });
    expect(readdirSync(dir)).toEqual([]);
  });

  it.each([
    ['ENOSPC', 'no-space', 'the disk is full. Free some space and save again'],
    ['EDQUOT', 'no-space', 'your disk quota is used up. Free some space and save again'],
    ['EFBIG', 'no-space', 'the file is too large for this disk'],
    [
      'EIO',
      'io',
      'the disk reported a write error (it may be failing or disconnected). The previous version of the file is unchanged',
    ],
    ['EACCES', 'access-denied', 'permission denied'],
    ['EROFS', 'read-only', 'read-only'],
  ])('a failing write (%s) keeps the old file, removes the temp file and says why', async (code, expectedCode, words) => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old content');
    const err = await saveFileAtomic(file, 'new content', { fs: failingWriteFs(code) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FileServiceError);
    expect(err).toMatchObject({ code: expectedCode, message: expect.stringContaining(words) });
    expect((err as Error).message).toContain('"a.eksdesign"');
    expect(readFileSync(file, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  });

  it('a rename that stays busy keeps the old file, removes the temp file and says why, after a few tries', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old');
    let tries = 0;
    const failingRename: FsOps = {
      ...nodeFsOps,
      rename: () => {
        tries++;
        return Promise.reject(errnoError('EBUSY'));
      },
    };
    await expect(saveFileAtomic(file, 'new', { fs: failingRename })).rejects.toMatchObject({ code: 'busy' });
    expect(tries).toBeGreaterThan(1);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  });

  it('a rename busy for a moment (a virus scanner holding the new file) succeeds on a later try', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old');
    let tries = 0;
    const busyTwice: FsOps = {
      ...nodeFsOps,
      rename: (from, to) => (++tries <= 2 ? Promise.reject(errnoError('EBUSY')) : nodeFsOps.rename(from, to)),
    };
    await saveFileAtomic(file, 'new', { fs: busyTwice });
    expect(tries).toBe(3);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
  });

  it('a rename refused for lack of permission is not retried (outside Windows)', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old');
    let tries = 0;
    const denied: FsOps = {
      ...nodeFsOps,
      rename: () => {
        tries++;
        return Promise.reject(errnoError('EACCES'));
      },
    };
    await expect(saveFileAtomic(file, 'new', { fs: denied })).rejects.toMatchObject({ code: 'access-denied' });
    expect(tries).toBe(process.platform === 'win32' ? 6 : 1);
    expect(readFileSync(file, 'utf8')).toBe('old');
  });

  it('without overwrite, creates a new file but never replaces one, in one step', async () => {
    const file = path.join(dir, 'out.yaml');
    await saveFileAtomic(file, 'first', { overwrite: false });
    expect(readFileSync(file, 'utf8')).toBe('first');
    await expect(saveFileAtomic(file, 'second', { overwrite: false })).rejects.toMatchObject({
      code: 'exists',
      message: 'Cannot save "out.yaml": a file with that name already exists.',
    });
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['out.yaml']);
  });

  it('without overwrite on a file system with no hard links, falls back to check then rename', async () => {
    const noLinks: FsOps = { ...nodeFsOps, link: () => Promise.reject(errnoError('EPERM')) };
    const file = path.join(dir, 'out.yaml');
    await saveFileAtomic(file, 'first', { overwrite: false, fs: noLinks });
    await expect(saveFileAtomic(file, 'second', { overwrite: false, fs: noLinks })).rejects.toMatchObject({ code: 'exists' });
    expect(readFileSync(file, 'utf8')).toBe('first');
    expect(readdirSync(dir)).toEqual(['out.yaml']);
  });

  it.skipIf(process.platform === 'win32')('refuses to open a FIFO instead of blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.eksdesign');
    execFileSync('mkfifo', [fifo]);
    await expect(readTextFile(fifo)).rejects.toMatchObject({
      code: 'not-a-file',
      message: expect.stringContaining('not a regular file'),
    });
  });

  it('explains a missing folder', async () => {
    await expect(saveFileAtomic(path.join(dir, 'gone', 'a.eksdesign'), 'x')).rejects.toMatchObject({ code: 'not-found' });
  });

  it('refuses files over the size cap before reading them', async () => {
    const file = path.join(dir, 'big.eksdesign');
    writeFileSync(file, 'x'.repeat(2048));
    const readSpy: FsOps = {
      ...nodeFsOps,
      async open(f, flags) {
        const h = await nodeFsOps.open(f, flags);
        return {
          ...h,
          stat: () => h.stat(),
          close: () => h.close(),
          sync: () => h.sync(),
          writeFile: (d) => h.writeFile(d),
          readFile: () => Promise.reject(new Error('read a file over the cap')),
        };
      },
    };
    await expect(readTextFile(file, 1024, readSpy)).rejects.toMatchObject({
      code: 'too-large',
      message: expect.stringContaining('limit'),
    });
  });

  it('gives clear messages for missing files, folders and binary files', async () => {
    await expect(readTextFile(path.join(dir, 'none.eksdesign'))).rejects.toMatchObject({
      code: 'not-found',
      message: expect.stringContaining('does not exist'),
    });
    await expect(readTextFile(dir)).rejects.toMatchObject({ code: 'not-a-file' });
    const bin = path.join(dir, 'bin.eksdesign');
    writeFileSync(bin, Buffer.from([0xff, 0xfe, 0x00, 0x80]));
    await expect(readTextFile(bin)).rejects.toMatchObject({ code: 'not-text' });
  });

  it('drops a UTF-8 byte order mark', async () => {
    const file = path.join(dir, 'bom.yaml');
    writeFileSync(file, '\uFEFFkind: ClusterConfig');
    expect((await readTextFile(file)).text).toBe('kind: ClusterConfig');
  });
});
