/**
 * Writes a deployment bundle (shared/deploy) into a folder: each file atomically, like saving a design,
 * refusing a folder that already holds something unless told to replace the bundle's files in it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { BundleFile } from '../shared/deploy/types.js';
import { FileServiceError, toFileError } from './errors.js';
import { saveFileAtomic } from './files.js';

/** Whether `dir` exists and holds at least one entry. A path that is a file counts as not a folder. */
export async function folderHasEntries(dir: string): Promise<boolean> {
  const stat = await fs.stat(dir).catch(() => undefined);
  if (!stat) return false;
  if (!stat.isDirectory())
    throw new FileServiceError('not-a-file', `Cannot write the bundle to "${dir}": it is a file, not a folder.`);
  return (await fs.readdir(dir)).length > 0;
}

/**
 * Writes `files` (paths relative to `dir`, with `/`) into `dir`, creating it and its subfolders. Without
 * `overwrite`, a folder that is not empty is refused (`exists`) before anything is written. With it, the
 * bundle's files replace those of the same name; other files in the folder are left alone.
 * @throws FileServiceError
 */
export async function writeBundleFolder(dir: string, files: readonly BundleFile[], opts: { overwrite: boolean }): Promise<void> {
  const root = path.resolve(dir);
  if (!opts.overwrite && (await folderHasEntries(root)))
    throw new FileServiceError('exists', `The folder "${dir}" is not empty.`);
  const parent = path.dirname(root);
  const parentIsFolder = await fs.stat(parent).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!parentIsFolder) throw new FileServiceError('not-found', `Cannot write the bundle: the folder "${parent}" does not exist.`);
  for (const file of files) {
    const target = path.resolve(root, ...file.path.split('/'));
    // shared/deploy refuses such paths already; checked again here, where a file gets written.
    if (!target.startsWith(root + path.sep))
      throw new FileServiceError('io', `A bundle file would leave the folder: "${file.path}".`);
    try {
      await fs.mkdir(path.dirname(target), { recursive: true });
    } catch (err) {
      throw toFileError(err, target, 'save');
    }
    await saveFileAtomic(target, file.content, { overwrite: true });
    if (file.executable) {
      try {
        await fs.chmod(target, 0o755);
      } catch (err) {
        throw toFileError(err, target, 'save');
      }
    }
  }
}
