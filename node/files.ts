/**
 * Reading and saving the user's files without ever losing them. Saves are atomic (temp file beside the
 * target, write, fsync, rename over the target, fsync the folder), so a crash, a kill or a full disk
 * leaves either the old file or the new one, never a mix. In-place saves first check the file is still
 * what the user opened, so another program's changes are never silently overwritten. The app and the
 * command line both save through here.
 *
 * A temp file is named `.<target name>.<pid>.<random>.tmp`. One left behind by a killed process is never
 * read as the document (nothing opens dot-files ending in .tmp), and the next successful save of the same
 * file removes the ones whose process is gone.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as nodeFs, type Stats } from 'node:fs';
import path from 'node:path';
import type { FileStamp } from '../shared/ipc/contract.js';
import { FileServiceError, toFileError } from './errors.js';

/** Largest file read (design and YAML files are far smaller; this keeps a wrong pick from eating memory). */
export const MAX_READ_BYTES = 20 * 1024 * 1024;

/** The slice of a file handle the service uses; tests wrap it to inject failures. */
export interface FileHandleLike {
  writeFile(data: string | Uint8Array): Promise<void>;
  readFile(): Promise<Buffer>;
  stat(): Promise<Stats>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file system operations the service needs, injectable to simulate ENOSPC and friends. */
export interface FsOps {
  open(file: string, flags: string, mode?: number): Promise<FileHandleLike>;
  rename(from: string, to: string): Promise<void>;
  /** Hard link: the no-overwrite save's atomic "create only if absent". */
  link(existing: string, created: string): Promise<void>;
  rm(file: string): Promise<void>;
  stat(file: string): Promise<Stats>;
  readdir(dir: string): Promise<string[]>;
}

export const nodeFsOps: FsOps = {
  open: (file, flags, mode) => nodeFs.open(file, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  link: (existing, created) => nodeFs.link(existing, created),
  rm: (file) => nodeFs.rm(file, { force: true }),
  stat: (file) => nodeFs.stat(file),
  readdir: (dir) => nodeFs.readdir(dir),
};

export interface ReadResult {
  text: string;
  stamp: FileStamp;
}

export interface SaveOptions {
  /** The stamp from when the file was opened or last saved; null = the file did not exist then. */
  expected?: FileStamp | null;
  /** Check `expected` against the file on disk before replacing it. */
  checkConflict?: boolean;
  /** false: fail with `exists` instead of replacing a file (checked and created in one step). Default true. */
  overwrite?: boolean;
  fs?: FsOps;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

function stampOf(stat: Stats, bytes: string | Uint8Array): FileStamp {
  return { mtimeMs: Math.max(0, stat.mtimeMs), size: stat.size, sha256: sha256(bytes) };
}

/** Reads a UTF-8 text file of at most `maxBytes`, with its stamp. @throws FileServiceError */
export async function readTextFile(file: string, maxBytes = MAX_READ_BYTES, fs: FsOps = nodeFsOps): Promise<ReadResult> {
  const name = path.basename(file);
  // Look before opening: opening a FIFO or a device for reading would block until something writes to it.
  const before = await fs.stat(file).catch((err: unknown) => {
    throw toFileError(err, file, 'read');
  });
  if (!before.isFile() && !before.isDirectory()) {
    throw new FileServiceError('not-a-file', `Cannot open "${name}": it is not a regular file.`);
  }
  let handle: FileHandleLike;
  try {
    handle = await fs.open(file, 'r');
  } catch (err) {
    throw toFileError(err, file, 'read');
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new FileServiceError('not-a-file', `Cannot open "${name}": it is a folder, not a file.`);
    if (!stat.isFile()) throw new FileServiceError('not-a-file', `Cannot open "${name}": it is not a regular file.`);
    // Check before reading: no parser downstream limits size, and a wrong pick could be gigabytes.
    if (stat.size > maxBytes) {
      throw new FileServiceError(
        'too-large',
        `Cannot open "${name}": it is ${formatMb(stat.size)}, more than the ${formatMb(maxBytes)} limit. It is probably not a design file.`,
      );
    }
    const bytes = await handle.readFile();
    if (bytes.byteLength > maxBytes)
      throw new FileServiceError('too-large', `Cannot open "${name}": it grew past ${formatMb(maxBytes)} while being read.`);
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new FileServiceError('not-text', `Cannot open "${name}": it is not UTF-8 text, so it is not a design or YAML file.`);
    }
    return { text: text.startsWith('\uFEFF') ? text.slice(1) : text, stamp: stampOf(stat, bytes) };
  } catch (err) {
    throw toFileError(err, file, 'read');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Fails with `conflict` when the file on disk differs from `expected`. Content decides, not the clock:
 * a different size or hash is a conflict; a new mtime over identical bytes (a sync tool touching it)
 * is not. A file deleted since it was opened is a conflict too (the user should pick where it goes).
 */
export async function checkNotChanged(file: string, expected: FileStamp | null, fs: FsOps = nodeFsOps): Promise<void> {
  const name = path.basename(file);
  let stat: Stats;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
      if (expected === null) return;
      throw new FileServiceError(
        'conflict',
        `"${name}" was moved or deleted since you opened it. Choose Save As to save your design.`,
      );
    }
    throw toFileError(err, file, 'save');
  }
  if (expected === null) {
    throw new FileServiceError('conflict', `"${name}" was created by another program meanwhile. Choose Save As to keep both.`);
  }
  const changed = `"${name}" was changed by another program since you opened it. Choose Save As to keep both versions.`;
  if (stat.size !== expected.size) throw new FileServiceError('conflict', changed);
  const current = await readTextFile(file, Number.MAX_SAFE_INTEGER, fs).catch(() => null);
  if (current === null || current.stamp.sha256 !== expected.sha256) throw new FileServiceError('conflict', changed);
}

/**
 * Writes `data` to `file` atomically and returns the new stamp. With `checkConflict`, refuses when the
 * file changed on disk since `expected` (the caller offers Save As), checked before writing and again
 * just before the rename.
 * @throws FileServiceError; on any failure the temp file is removed and the old file is untouched.
 */
export async function saveFileAtomic(file: string, data: string | Uint8Array, options: SaveOptions = {}): Promise<FileStamp> {
  const fs = options.fs ?? nodeFsOps;
  // Through a symbolic link, the file it points to is saved (a rename would replace the link itself).
  const target = await nodeFs.realpath(path.resolve(file)).catch(() => path.resolve(file));
  if (options.checkConflict) await checkNotChanged(target, options.expected ?? null, fs);
  const dir = path.dirname(target);
  // Keep the permissions of the file being replaced (a rename would otherwise reset them).
  const mode = await fs
    .stat(target)
    .then((s) => {
      if (s.isDirectory())
        throw new FileServiceError('not-a-file', `Cannot save "${path.basename(target)}": it is a folder, not a file.`);
      return s.mode & 0o777;
    })
    .catch((err: unknown) => {
      if (err instanceof FileServiceError) throw err;
      return 0o644;
    });
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandleLike | undefined;
  try {
    handle = await fs.open(temp, 'wx', mode);
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Again, now that the slow part (writing, fsync) is over: a change made meanwhile is caught too, and
    // the window left between this check and the rename is a few microseconds.
    if (options.checkConflict) await checkNotChanged(target, options.expected ?? null, fs);
    if (options.overwrite === false) await moveNoClobber(temp, target, fs);
    else await renamePatiently(temp, target, fs);
  } catch (err) {
    if (handle) await handle.close().catch(() => undefined);
    await fs.rm(temp).catch(() => undefined);
    throw toFileError(err, target, 'save');
  }
  await syncDirectory(dir, fs);
  await removeAbandonedTemps(dir, path.basename(target), fs);
  try {
    return stampOf(await fs.stat(target), data);
  } catch (err) {
    throw toFileError(err, target, 'save');
  }
}

/**
 * A rename that waits out a file held for a moment by another program: on Windows a virus scanner or
 * indexer opening the just-written file makes the rename fail with EBUSY/EPERM/EACCES for a few
 * milliseconds. Elsewhere only EBUSY is worth another try; a real permission error fails at once.
 */
const RENAME_RETRY_MS = [10, 20, 40, 80, 160];
async function renamePatiently(temp: string, target: string, fs: FsOps): Promise<void> {
  const transient = process.platform === 'win32' ? ['EBUSY', 'EPERM', 'EACCES'] : ['EBUSY'];
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(temp, target);
      return;
    } catch (err) {
      const wait = RENAME_RETRY_MS[attempt];
      if (wait === undefined || !transient.includes((err as NodeJS.ErrnoException).code ?? '')) throw err;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

/** Moves `temp` to `target` only if nothing is there; the check and the move are one step. */
async function moveNoClobber(temp: string, target: string, fs: FsOps): Promise<void> {
  const exists = () =>
    new FileServiceError('exists', `Cannot save "${path.basename(target)}": a file with that name already exists.`);
  try {
    await fs.link(temp, target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw exists();
    // Some file systems (FAT, some network shares) have no hard links: check, then rename.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
    if (
      await fs.stat(target).then(
        () => true,
        () => false,
      )
    )
      throw exists();
    await fs.rename(temp, target);
    return;
  }
  await fs.rm(temp);
}

/**
 * A temp file is only taken for abandoned once it is this old: its process id is checked on this machine,
 * and a folder shared with another machine (or a sandboxed app with its own process ids) may hold the temp
 * file of a save running elsewhere right now.
 */
export const ABANDONED_AFTER_MS = 10 * 60 * 1000;

/**
 * Temp files left in `dir` by a process that no longer runs (killed mid-save) and untouched for
 * ABANDONED_AFTER_MS: those of the file `base`, or of any file when `base` is omitted.
 */
export async function findAbandonedTemps(dir: string, base?: string, fs: FsOps = nodeFsOps): Promise<string[]> {
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const pattern = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;
  const candidates = names.filter((name) => {
    if (base !== undefined && !name.startsWith(`.${base}.`)) return false;
    const match = pattern.exec(name);
    return match !== null && !processRuns(Number(match[1]));
  });
  const cutoff = Date.now() - ABANDONED_AFTER_MS;
  const old: string[] = [];
  for (const name of candidates) {
    const stat = await fs.stat(path.join(dir, name)).catch(() => null);
    if (stat && stat.mtimeMs < cutoff) old.push(name);
  }
  return old;
}

/** Removes what findAbandonedTemps finds; best effort, never fails. */
export async function removeAbandonedTemps(dir: string, base?: string, fs: FsOps = nodeFsOps): Promise<void> {
  for (const name of await findAbandonedTemps(dir, base, fs)) await fs.rm(path.join(dir, name)).catch(() => undefined);
}

/** Whether process `pid` exists (signal 0 checks without sending anything). Our own saves run in this one. */
function processRuns(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Makes the rename itself durable. Some platforms cannot open a folder; that is fine. */
async function syncDirectory(dir: string, fs: FsOps): Promise<void> {
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort only.
  }
}

function formatMb(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
