/**
 * The command line's only contact with the file system: reading a design file into a checked document,
 * and writing output atomically (a temporary file beside the target, fsync, rename), so an interrupted
 * run never leaves half a file where a good one was.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { MAX_DESIGN_FILE_BYTES, parseDesignText } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import type { DesignDocument } from '../shared/model/design.js';
import { CliError } from './errors.js';

/** Reads and checks a design file. @throws CliError naming the file and the reason (exit 2). */
export async function readDesignFile(file: string): Promise<DesignDocument> {
  const text = await readTextFile(file);
  try {
    return parseDesignText(text);
  } catch (err) {
    if (err instanceof DesignFileError) throw new CliError(`${file}: ${err.message}`);
    throw err;
  }
}

/** Reads a UTF-8 text file of design size. @throws CliError (exit 2) */
export async function readTextFile(file: string): Promise<string> {
  // stat before open: opening a FIFO or a device would block or read forever.
  let stat;
  try {
    stat = await fs.stat(file);
  } catch (err) {
    throw new CliError(`${file}: ${describeFsError(err, 'cannot read the file')}`);
  }
  if (stat.isDirectory()) throw new CliError(`${file}: is a directory, not a design file`);
  if (!stat.isFile()) throw new CliError(`${file}: is not a regular file`);
  if (stat.size > MAX_DESIGN_FILE_BYTES) {
    throw new CliError(
      `${file}: the file is larger than ${MAX_DESIGN_FILE_BYTES / 1024 / 1024} MB; a design file is never that big`,
    );
  }
  let bytes;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw new CliError(`${file}: ${describeFsError(err, 'cannot read the file')}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`${file}: is not UTF-8 text, so it cannot be a design file`);
  }
}

export interface WriteOptions {
  /** Replace an existing file; without it an existing target is refused. */
  force?: boolean;
}

/**
 * Writes `text` to `file` atomically. Without `force`, refuses to replace an existing file; the check and
 * the move are one step (a hard link fails if the target exists), where the file system allows it.
 * @throws CliError (exit 2)
 */
export async function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  await checkTarget(file, dir, options.force === true);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await fs.open(temp, 'wx', 0o644);
  } catch (err) {
    throw new CliError(`${file}: ${describeFsError(err, 'cannot write in its folder')}`);
  }
  try {
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.force) await fs.rename(temp, file);
    else await moveNoClobber(temp, file);
  } catch (err) {
    await fs.rm(temp, { force: true });
    if (err instanceof CliError) throw err;
    throw new CliError(`${file}: ${describeFsError(err, 'cannot write the file')}`);
  }
  await syncDirectory(dir);
}

async function checkTarget(file: string, dir: string, force: boolean): Promise<void> {
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new CliError(`${file}: the folder ${dir} does not exist`);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat) return;
  if (stat.isDirectory()) throw new CliError(`${file}: is a directory`);
  if (!force) throw new CliError(`${file}: already exists; pass --force to replace it`);
}

async function moveNoClobber(temp: string, file: string): Promise<void> {
  try {
    await fs.link(temp, file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CliError(`${file}: already exists; pass --force to replace it`);
    // Some file systems have no hard links; fall back to check-then-rename.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS') {
      if (await fs.lstat(file).catch(() => undefined)) {
        throw new CliError(`${file}: already exists; pass --force to replace it`);
      }
      await fs.rename(temp, file);
      return;
    }
    throw err;
  }
  await fs.rm(temp, { force: true });
}

/** Makes the rename itself durable. Not every platform can open a folder, and that is fine. */
async function syncDirectory(dir: string): Promise<void> {
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

function describeFsError(err: unknown, fallback: string): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a design file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return `${fallback} (${(err as NodeJS.ErrnoException).code ?? 'unknown error'})`;
  }
}
