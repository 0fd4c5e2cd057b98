/**
 * Backups of unsaved work, one file per window in the app data folder (like VS Code's hot exit and
 * draw.io's drafts). Written atomically about a second after each change; whatever is left when the app
 * starts again came from a crash or a kill and is offered back. Removed when the user declines it, saves,
 * or closes without saving.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { FileServiceError } from './errors.js';
import { MAX_READ_BYTES, nodeFsOps, readTextFile, removeAbandonedTemps, saveFileAtomic, type FsOps } from './files.js';

const BACKUP_SUFFIX = '.backup.json';
/** Window ids become file names, so only a safe alphabet is allowed. */
const backupIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

const backupFileSchema = z.strictObject({
  version: z.literal(1),
  id: backupIdSchema,
  savedAt: z.string().max(40),
  text: z.string(),
});

export interface BackupEntry {
  id: string;
  savedAt: string;
  text: string;
}

export interface BackupStore {
  /** Writes (replaces) the backup `id`. */
  write(id: string, text: string): Promise<void>;
  /** Removes the backup `id`; a missing one is fine. */
  remove(id: string): Promise<void>;
  /** Every readable backup, newest first. Unreadable ones are skipped, not fatal. */
  list(): Promise<BackupEntry[]>;
  /** Moves backup `from` to `to` (a new window taking over a crashed session's backup), returning its text. */
  adopt(from: string, to: string): Promise<string | null>;
}

export interface BackupStoreOptions {
  fs?: FsOps;
  now?: () => Date;
  /**
   * A backup file that cannot be read (truncated, damaged, or renamed from another window's). It is
   * skipped and left on disk for a person to rescue; by default the main process log says so.
   */
  onSkipped?: (file: string, reason: string) => void;
}

/** A backup store in `dir` (created on first write). `now` is injectable for tests. */
export function createBackupStore(dir: string, options: BackupStoreOptions = {}): BackupStore {
  const fs = options.fs ?? nodeFsOps;
  const now = options.now ?? (() => new Date());
  const onSkipped = options.onSkipped ?? ((file: string, reason: string) => console.warn(`[backup] skipped ${file}: ${reason}`));
  const fileOf = (id: string) => path.join(dir, `${backupIdSchema.parse(id)}${BACKUP_SUFFIX}`);

  async function readEntry(file: string): Promise<BackupEntry | null> {
    let text: string;
    try {
      ({ text } = await readTextFile(file, MAX_READ_BYTES + 1024 * 1024, fs));
    } catch (err) {
      // Gone meanwhile (declined in another window) is not worth a warning.
      if (!(err instanceof FileServiceError && err.code === 'not-found')) onSkipped(file, (err as Error).message);
      return null;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      onSkipped(file, 'not valid JSON (cut off or damaged)');
      return null;
    }
    const parsed = backupFileSchema.safeParse(value);
    if (!parsed.success) {
      onSkipped(file, 'not a backup file of this app');
      return null;
    }
    return { id: parsed.data.id, savedAt: parsed.data.savedAt, text: parsed.data.text };
  }

  async function write(id: string, text: string): Promise<void> {
    const target = fileOf(id);
    await nodeFs.mkdir(dir, { recursive: true });
    const body = JSON.stringify({ version: 1, id, savedAt: now().toISOString(), text });
    await saveFileAtomic(target, body, { fs });
  }

  return {
    write,
    async remove(id) {
      await fs.rm(fileOf(id));
    },
    async list() {
      // Listing happens at start: the moment to clear temp files of backup writes that a kill interrupted.
      await removeAbandonedTemps(dir, undefined, fs);
      const names = await nodeFs.readdir(dir).catch(() => [] as string[]);
      const entries: BackupEntry[] = [];
      for (const name of names) {
        if (!name.endsWith(BACKUP_SUFFIX)) continue;
        const entry = await readEntry(path.join(dir, name));
        if (!entry) continue;
        // The id inside must match the file name, so a copied file cannot shadow another window's backup.
        if (`${entry.id}${BACKUP_SUFFIX}` === name) entries.push(entry);
        else onSkipped(path.join(dir, name), `it holds the backup "${entry.id}" under another name`);
      }
      return entries.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async adopt(from, to) {
      const entry = await readEntry(fileOf(from));
      if (!entry) return null;
      if (from !== to) {
        await write(to, entry.text);
        await fs.rm(fileOf(from));
      }
      return entry.text;
    },
  };
}
