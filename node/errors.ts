/**
 * File errors as the user should read them. Node's codes (ENOSPC, EACCES...) mean nothing to most
 * people, so every failure becomes a sentence naming the file and what to do, plus a stable code the
 * renderer can branch on.
 */
import path from 'node:path';

export type FileErrorCode =
  | 'not-found'
  | 'access-denied'
  | 'no-space'
  | 'read-only'
  | 'too-large'
  | 'not-a-file'
  | 'not-text'
  | 'conflict'
  | 'exists'
  | 'not-granted'
  | 'busy'
  | 'io';

export class FileServiceError extends Error {
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'FileServiceError';
  }
}

/** Maps a Node file system error to a FileServiceError naming `file` and the action that failed. */
export function toFileError(err: unknown, file: string, action: 'read' | 'save' | 'write'): FileServiceError {
  if (err instanceof FileServiceError) return err;
  const name = path.basename(file);
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const verb = action === 'read' ? 'open' : 'save';
  switch (code) {
    case 'ENOENT':
      return action === 'read'
        ? new FileServiceError('not-found', `Cannot open "${name}": the file does not exist (it may have been moved or deleted).`)
        : new FileServiceError('not-found', `Cannot save "${name}": its folder does not exist any more. Choose Save As.`);
    case 'EACCES':
    case 'EPERM':
      return new FileServiceError(
        'access-denied',
        `Cannot ${verb} "${name}": permission denied. Choose another folder or check the file's permissions.`,
      );
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return new FileServiceError(
        'no-space',
        `Cannot save "${name}": ${code === 'EDQUOT' ? 'your disk quota is used up' : code === 'EFBIG' ? 'the file is too large for this disk' : 'the disk is full'}. Free some space and save again, or choose Save As to save to another disk; the previous version of the file is unchanged.`,
      );
    case 'EIO':
      return action === 'read'
        ? new FileServiceError('io', `Cannot open "${name}": the disk reported a read error (it may be failing or disconnected).`)
        : new FileServiceError(
            'io',
            `Cannot save "${name}": the disk reported a write error (it may be failing or disconnected). The previous version of the file is unchanged; choose Save As to save to another disk.`,
          );
    case 'ENOTDIR':
      return new FileServiceError('not-found', `Cannot ${verb} "${name}": a part of its path is not a folder.`);
    case 'EEXIST':
      return new FileServiceError('exists', `Cannot save "${name}": a file with that name already exists.`);
    case 'EROFS':
      return new FileServiceError(
        'read-only',
        `Cannot save "${name}": the disk is read-only. Choose Save As to save it elsewhere.`,
      );
    case 'EISDIR':
      return new FileServiceError('not-a-file', `Cannot ${verb} "${name}": it is a folder, not a file.`);
    case 'EBUSY':
    case 'ETXTBSY':
    case 'EAGAIN':
      return new FileServiceError('busy', `Cannot ${verb} "${name}": another program is using it. Close it there and try again.`);
    case 'ENAMETOOLONG':
      return new FileServiceError('io', `Cannot ${verb} "${name}": the path is too long.`);
    default: {
      const detail = err instanceof Error ? err.message : String(err);
      return new FileServiceError('io', `Cannot ${verb} "${name}": ${detail}`);
    }
  }
}
