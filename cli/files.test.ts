import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { nodeFsOps, type FsOps } from '../node/files.js';
import { CliError } from './errors.js';
import { readDesignFile, writeFileAtomic } from './files.js';
import { baselineDesignText } from './test-support/designs.js';
import { tempDir } from './test-support/run-bin.js';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

async function rejection(p: Promise<unknown>): Promise<CliError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(CliError);
  return err as CliError;
}

describe('writeFileAtomic', () => {
  it('writes the text and leaves no temporary file behind', async () => {
    const file = path.join(dir, 'out.yaml');
    await writeFileAtomic(file, 'a: 1\n');
    expect(await readFile(file, 'utf8')).toBe('a: 1\n');
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('never replaces an existing file without force', async () => {
    const file = path.join(dir, 'out.yaml');
    await writeFile(file, 'old\n');
    const err = await rejection(writeFileAtomic(file, 'new\n'));
    expect(err.message).toBe(`${file}: already exists; pass --force to replace it`);
    expect(err.exitCode).toBe(2);
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('replaces an existing file with force', async () => {
    const file = path.join(dir, 'out.yaml');
    await writeFile(file, 'old\n');
    await writeFileAtomic(file, 'new\n', { force: true });
    expect(await readFile(file, 'utf8')).toBe('new\n');
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('refuses a target that is a directory, even with force', async () => {
    const target = path.join(dir, 'sub');
    await mkdir(target);
    const err = await rejection(writeFileAtomic(target, 'x', { force: true }));
    expect(err.message).toBe(`${target}: is a directory`);
  });

  it('a full disk keeps the existing file, leaves no temporary file and says so in one line', async () => {
    const file = path.join(dir, 'out.yaml');
    await writeFile(file, 'old\n');
    // The temp file is opened on /dev/full where there is one (every write: ENOSPC from the kernel).
    const full: FsOps = {
      ...nodeFsOps,
      open: (f, flags, mode) =>
        flags === 'wx' && existsSync('/dev/full')
          ? nodeFsOps.open('/dev/full', 'w')
          : flags === 'wx'
            ? Promise.reject(Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' }))
            : nodeFsOps.open(f, flags, mode),
    };
    const err = await rejection(writeFileAtomic(file, 'new\n', { force: true, fs: full }));
    expect(err.message).toBe(`${file}: the disk is full; nothing was written (an existing file is unchanged)`);
    expect(err.exitCode).toBe(2);
    expect(await readFile(file, 'utf8')).toBe('old\n');
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it.each([
    ['EDQUOT', 'the disk quota is used up'],
    ['EFBIG', 'the file is too large for this disk'],
  ])('names %s as what it is, keeping the existing file', async (code, words) => {
    const file = path.join(dir, 'out.yaml');
    await writeFile(file, 'old\n');
    const failing: FsOps = {
      ...nodeFsOps,
      open: (f, flags, mode) =>
        flags === 'wx' ? Promise.reject(Object.assign(new Error(`${code}: injected`), { code })) : nodeFsOps.open(f, flags, mode),
    };
    const err = await rejection(writeFileAtomic(file, 'new\n', { force: true, fs: failing }));
    expect(err.message).toBe(`${file}: ${words}; nothing was written (an existing file is unchanged)`);
    expect(await readFile(file, 'utf8')).toBe('old\n');
  });

  it('refuses to replace a file that appears between the check and the move', async () => {
    const file = path.join(dir, 'out.yaml');
    // Another program creates the file while this one writes its temp file.
    const racing: FsOps = {
      ...nodeFsOps,
      async open(f, flags, mode) {
        if (flags === 'wx') await writeFile(file, 'theirs\n');
        return nodeFsOps.open(f, flags, mode);
      },
    };
    const err = await rejection(writeFileAtomic(file, 'mine\n', { fs: racing }));
    expect(err.message).toBe(`${file}: already exists; pass --force to replace it`);
    expect(await readFile(file, 'utf8')).toBe('theirs\n');
    expect(await readdir(dir)).toEqual(['out.yaml']);
  });

  it('says when the folder does not exist', async () => {
    const file = path.join(dir, 'nope', 'out.yaml');
    const err = await rejection(writeFileAtomic(file, 'x'));
    expect(err.message).toBe(`${file}: the folder ${path.join(dir, 'nope')} does not exist`);
  });
});

describe('readDesignFile', () => {
  it('reads a valid design, with a UTF-8 byte order mark too', async () => {
    const file = path.join(dir, 'a.eksdesign');
    await writeFile(file, `\ufeff${baselineDesignText()}`);
    const doc = await readDesignFile(file);
    expect(doc.design.name).toBe('baseline');
  });

  it('puts the file name before the loader message', async () => {
    const file = path.join(dir, 'b.eksdesign');
    await writeFile(file, '{"format": "something-else"}');
    const err = await rejection(readDesignFile(file));
    expect(err.message).toBe(`${file}: line 1: format: not an EKS Sandbox design: "format" must be "eks-sandbox-design"`);
  });
});
