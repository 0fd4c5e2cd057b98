/**
 * The command line's only contact with the file system: reading a design file into a checked document,
 * and writing output atomically through the same writer the app saves with (node/files.ts:
 * a temporary file beside the target, fsync, rename), so an interrupted run never leaves half a file
 * where a good one was. That module is plain Node (lint keeps Electron out of node/).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { FileServiceError } from '../node/errors.js';
import type { FsOps } from '../node/files.js';
import { MAX_DESIGN_FILE_BYTES, parseDesignText } from '../shared/model/document.js';
import { DesignFileError } from '../shared/model/errors.js';
import type { DesignDocument } from '../shared/model/design.js';
import { CliError } from './errors.js';
import { localizeError } from '../shared/errors/localized.js';
import { text as cliText, type CliText } from './i18n/render.js';
import type { CliTextId } from './i18n/texts.js';

/** `file: reason`, the reason in the command line's language. */
export function fileError(file: string, reason: CliTextId | CliText): CliError {
  return new CliError(cliText('file.problem', { file, reason: typeof reason === 'string' ? cliText(reason) : reason }));
}

/** Reads and checks a design file. @throws CliError naming the file and the reason (exit 2). */
export async function readDesignFile(file: string): Promise<DesignDocument> {
  const text = await readTextFile(file);
  try {
    return parseDesignText(text);
  } catch (err) {
    if (err instanceof DesignFileError)
      throw new CliError(cliText('file.problem', { file, reason: (lang) => localizeError(err, lang) }));
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
    throw fileError(file, describeFsError(err));
  }
  if (stat.isDirectory()) throw fileError(file, 'file.is-directory-not-design');
  if (!stat.isFile()) throw fileError(file, 'file.not-regular');
  if (stat.size > MAX_DESIGN_FILE_BYTES) {
    throw fileError(file, cliText('file.too-large', { mb: MAX_DESIGN_FILE_BYTES / 1024 / 1024 }));
  }
  let bytes;
  try {
    bytes = await fs.readFile(file);
  } catch (err) {
    throw fileError(file, describeFsError(err));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fileError(file, 'file.not-utf8');
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
  // Loaded here, not at start: the writer needs node:crypto (temporary names, stamps), whose loading was a
  // tenth of the start-up of `validate`, which writes nothing.
  const { saveFileAtomic } = await import('../node/files.js');
  try {
    await saveFileAtomic(file, text, { overwrite: options.force === true, fs: options.fs });
  } catch (err) {
    if (err instanceof FileServiceError) throw fileError(file, cliReason(err, dir));
    throw err;
  }
}

async function checkTarget(file: string, dir: string, force: boolean): Promise<void> {
  const dirStat = await fs.stat(dir).catch(() => undefined);
  if (!dirStat?.isDirectory()) throw fileError(file, cliText('file.folder-missing', { dir }));
  const stat = await fs.lstat(file).catch(() => undefined);
  if (!stat) return;
  if (stat.isDirectory()) throw fileError(file, 'file.is-directory');
  if (!force) throw fileError(file, 'file.exists');
}

/** The writer's reason in command-line words (its messages speak of Save As, which a shell does not have). */
export function cliReason(err: FileServiceError, dir: string): CliText {
  switch (err.code) {
    case 'exists':
      return cliText('file.exists');
    case 'not-a-file':
      return cliText('file.is-directory');
    case 'not-found':
      return cliText('file.folder-missing', { dir });
    case 'access-denied':
      return cliText('file.permission-denied');
    case 'no-space':
      if (/quota/.test(err.message)) return cliText('file.quota');
      if (/too large/.test(err.message)) return cliText('file.too-large-for-disk');
      return cliText('file.disk-full');
    case 'read-only':
      return cliText('file.read-only');
    case 'busy':
      return cliText('file.busy');
    default:
      return cliText('file.write-failed', { detail: err.message.replace(/^Cannot save "[^"]*": /, '') });
  }
}

function describeFsError(err: unknown): CliText {
  const code = (err as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
      return cliText('file.no-such-file');
    case 'EISDIR':
      return cliText('file.is-directory-not-design');
    case 'EACCES':
    case 'EPERM':
      return cliText('file.permission-denied');
    case 'ENOTDIR':
      return cliText('file.not-a-folder');
    case 'ENOSPC':
      return cliText('file.disk-full-read');
    case 'EROFS':
      return cliText('file.read-only');
    default:
      return cliText('file.cannot-read', { code: code ?? 'unknown error' });
  }
}
