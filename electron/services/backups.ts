/**
 * Backups of unsaved work, one file per window in the app data folder (like VS Code's hot exit and
 * draw.io's drafts). Written atomically about a second after each change; whatever is left when the app
 * starts again came from a crash or a kill and is offered back. Removed when the user declines it, saves,
 * or closes without saving.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { MAX_READ_BYTES, nodeFsOps, readTextFile, saveFileAtomic, type FsOps } from './files.js';

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

/** A backup store in `dir` (created on first write). `now` is injectable for tests. */
export function createBackupStore(dir: string, options: { fs?: FsOps; now?: () => Date } = {}): BackupStore {
  const fs = options.fs ?? nodeFsOps;
  const now = options.now ?? (() => new Date());
  const fileOf = (id: string) => path.join(dir, `${backupIdSchema.parse(id)}${BACKUP_SUFFIX}`);

  async function readEntry(file: string): Promise<BackupEntry | null> {
    try {
      const { text } = await readTextFile(file, MAX_READ_BYTES + 1024 * 1024, fs);
      const parsed = backupFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? { id: parsed.data.id, savedAt: parsed.data.savedAt, text: parsed.data.text } : null;
    } catch {
      return null;
    }
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
      const names = await nodeFs.readdir(dir).catch(() => [] as string[]);
      const entries: BackupEntry[] = [];
      for (const name of names) {
        if (!name.endsWith(BACKUP_SUFFIX)) continue;
        const entry = await readEntry(path.join(dir, name));
        // The id inside must match the file name, so a copied file cannot shadow another window's backup.
        if (entry && `${entry.id}${BACKUP_SUFFIX}` === name) entries.push(entry);
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
