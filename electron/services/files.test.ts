import { spawn } from 'node:child_process';
import { mkdtempSync, promises as fs, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

  it('treats a file deleted since opening as a conflict', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'x');
    const { stamp } = await readTextFile(file);
    rmSync(file);
    await expect(saveFileAtomic(file, 'mine', { checkConflict: true, expected: stamp })).rejects.toMatchObject({
      code: 'conflict',
    });
  });

  it.each([
    ['ENOSPC', 'no-space', 'disk is full'],
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

  it('a failing rename keeps the old file and removes the temp file', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'old');
    const failingRename: FsOps = { ...nodeFsOps, rename: () => Promise.reject(errnoError('EBUSY')) };
    await expect(saveFileAtomic(file, 'new', { fs: failingRename })).rejects.toMatchObject({ code: 'busy' });
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.eksdesign']);
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

describe('a save killed part-way', () => {
  const child = fileURLToPath(new URL('./test-support/save-child.ts', import.meta.url));
  const SIZE = 8 * 1024 * 1024;

  /** Starts the child, waits for `line` on its stdout, kills it with SIGKILL and waits for it to exit. */
  async function killAfter(mode: 'hang' | 'loop', target: string, line: string): Promise<void> {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, mode, target, String(SIZE)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise<void>((resolve) => proc.on('exit', () => resolve()));
    await new Promise<void>((resolve, reject) => {
      let out = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes(line)) resolve();
      });
      proc.on('exit', (code) => reject(new Error(`child exited (${code}) before "${line}"`)));
    });
    proc.kill('SIGKILL');
    await exited;
  }

  it('mid-write leaves the old file exactly', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'A'.repeat(SIZE));
    await killAfter('hang', file, 'half-written');
    expect(readFileSync(file, 'utf8')).toBe('A'.repeat(SIZE));
    // The orphaned temp file is a separate dot-file; it never replaced the target.
    expect(
      readdirSync(dir)
        .filter((n) => n !== 'a.eksdesign')
        .every((n) => n.startsWith('.a.eksdesign.') && n.endsWith('.tmp')),
    ).toBe(true);
  });

  it('at any moment leaves one whole version, never a mix', async () => {
    const file = path.join(dir, 'a.eksdesign');
    writeFileSync(file, 'A'.repeat(SIZE));
    await killAfter('loop', file, 'saving');
    const text = readFileSync(file, 'utf8');
    expect(text.length).toBe(SIZE);
    expect(['A', 'B', 'C'].some((c) => text === c.repeat(SIZE))).toBe(true);
  });
});
