/**
 * The recent files list: newest first, no duplicates, capped, stored as JSON in the app data folder and
 * validated with zod on every read, so a damaged file gives an empty list instead of a crash.
 */
import { promises as nodeFs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { nodeFsOps, readTextFile, saveFileAtomic, type FsOps } from './files.js';

export const MAX_RECENT_FILES = 10;

const recentEntrySchema = z.strictObject({
  path: z.string().min(1).max(4096),
  name: z.string().max(255),
  openedAt: z.string().max(40),
});
const recentFileSchema = z.strictObject({ version: z.literal(1), files: z.array(recentEntrySchema).max(100) });
export type RecentEntry = z.infer<typeof recentEntrySchema>;

export interface RecentStore {
  list(): Promise<RecentEntry[]>;
  /** Puts `file` first (moving it up if already listed) and drops the oldest beyond the cap. */
  add(file: string): Promise<RecentEntry[]>;
  remove(file: string): Promise<RecentEntry[]>;
  /** Whether `file` is on the list (the main process only reads recent paths the user really opened). */
  has(file: string): Promise<boolean>;
}

/** Paths compare case-insensitively where the file system usually is (Windows, macOS). */
export function samePath(a: string, b: string, platform: NodeJS.Platform = process.platform): boolean {
  const na = path.resolve(a);
  const nb = path.resolve(b);
  return platform === 'win32' || platform === 'darwin' ? na.toLowerCase() === nb.toLowerCase() : na === nb;
}

export function createRecentStore(
  file: string,
  options: { max?: number; fs?: FsOps; now?: () => Date; platform?: NodeJS.Platform } = {},
): RecentStore {
  const max = options.max ?? MAX_RECENT_FILES;
  const fs = options.fs ?? nodeFsOps;
  const now = options.now ?? (() => new Date());
  const platform = options.platform ?? process.platform;

  async function list(): Promise<RecentEntry[]> {
    try {
      const { text } = await readTextFile(file, 1024 * 1024, fs);
      const parsed = recentFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data.files.slice(0, max) : [];
    } catch {
      return [];
    }
  }

  async function store(files: RecentEntry[]): Promise<RecentEntry[]> {
    await nodeFs.mkdir(path.dirname(file), { recursive: true });
    await saveFileAtomic(file, JSON.stringify({ version: 1, files }, null, 2), { fs });
    return files;
  }

  return {
    list,
    async add(added) {
      const resolved = path.resolve(added);
      const rest = (await list()).filter((e) => !samePath(e.path, resolved, platform));
      return store([{ path: resolved, name: path.basename(resolved), openedAt: now().toISOString() }, ...rest].slice(0, max));
    },
    async remove(removed) {
      return store((await list()).filter((e) => !samePath(e.path, removed, platform)));
    },
    async has(candidate) {
      return (await list()).some((e) => samePath(e.path, candidate, platform));
    },
  };
}
