/**
 * The command line's only contact with the file system: reading a design file into a checked document,
 * and writing output atomically through the same writer the app saves with (node/files.ts:
 * a temporary file beside the target, fsync, rename), so an interrupted run never leaves half a file
 * where a good one was. That module is plain Node (lint keeps Electron out of node/).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileServiceError } from '../node/errors.js';
import { saveFileAtomic, type FsOps } from '../node/files.js';
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
  /** Test seam: the file system operations (to simulate a full disk). */
  fs?: FsOps;
}

/**
 * Writes `text` to `file` atomically. Without `force`, refuses to replace an existing file; the check and
 * the move are one step (a hard link fails if the target exists), where the file system allows it.
 * @throws CliError (exit 2)
 */
export async function writeFileAtomic(file: string, text: string, options: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  // Checked first for the clearest message; the writer checks again at the moment it moves the file in.
  await checkTarget(file, dir, options.force === true);
  try {
    await saveFileAtomic(file, text, { overwrite: options.force === true, fs: options.fs });
  } catch (err) {
    if (err instanceof FileServiceError) throw new CliError(`${file}: ${cliReason(err, dir)}`);
    throw err;
  }
}

async function checkTarget(file: string, dir: string, force: boolean): Promise<void> {
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw new CliError(`${file}: the folder ${dir} does not exist`);
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat) return;
  if (stat.isDirectory()) throw new CliError(`${file}: is a directory`);
  if (!force) throw new CliError(`${file}: already exists; pass --force to replace it`);
}

/** The writer's reason in command-line words (its messages speak of Save As, which a shell does not have). */
function cliReason(err: FileServiceError, dir: string): string {
  switch (err.code) {
    case 'exists':
      return 'already exists; pass --force to replace it';
    case 'not-a-file':
      return 'is a directory';
    case 'not-found':
      return `the folder ${dir} does not exist`;
    case 'access-denied':
      return 'permission denied';
    case 'no-space':
      if (/quota/.test(err.message)) return 'the disk quota is used up; nothing was written (an existing file is unchanged)';
      if (/too large/.test(err.message))
        return 'the file is too large for this disk; nothing was written (an existing file is unchanged)';
      return 'the disk is full; nothing was written (an existing file is unchanged)';
    case 'read-only':
      return 'the file system is read-only';
    case 'busy':
      return 'another program is using the file';
    default:
      return err.message.replace(/^Cannot save "[^"]*": /, '');
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
