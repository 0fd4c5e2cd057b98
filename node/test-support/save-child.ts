/**
 * Child process for the "killed during a save" tests. It saves through the real saveFileAtomic (or the
 * real backup store) with an fs wrapper that stops at a named point and tells the parent, which then
 * kills it with SIGKILL. So each kill lands at a known step, not wherever the clock happens to be.
 *
 *   save-child save <target> <newSize> <pause>      pause: see PAUSES; `wrote:<n>` stops after n bytes
 *   save-child loop <target> <size>                 saves two contents in turn forever (no pause)
 *   save-child backup <dir> <id> <textFile> <pause> writes a backup of the text in <textFile>
 *
 * It prints `paused <pause>` and then waits (a timer keeps it alive) until it is killed.
 */
import { readFileSync } from 'node:fs';
import { createBackupStore } from '../backups.js';
import { nodeFsOps, saveFileAtomic, type FileHandleLike, type FsOps } from '../files.js';
import { newContent } from './kill.js';

async function pause(point: string): Promise<never> {
  process.stdout.write(`paused ${point}\n`);
  setInterval(() => undefined, 1 << 30);
  return new Promise<never>(() => undefined);
}

/** An fs that runs the real operations and stops at `point`. Only the temp file (opened `wx`) is watched. */
function pausingFs(point: string): FsOps {
  const wroteBytes = point.startsWith('wrote:') ? Number(point.slice('wrote:'.length)) : undefined;
  return {
    ...nodeFsOps,
    async open(file, flags, mode) {
      const handle = await nodeFsOps.open(file, flags, mode);
      if (flags !== 'wx') return handle;
      if (point === 'opened') await pause(point);
      const wrapped: FileHandleLike = {
        readFile: () => handle.readFile(),
        stat: () => handle.stat(),
        async writeFile(data) {
          if (wroteBytes !== undefined) {
            // What a kill in the middle of a long write leaves: the first n bytes, on disk.
            const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data);
            await handle.writeFile(bytes.subarray(0, wroteBytes));
            await handle.sync();
            await pause(point);
          }
          await handle.writeFile(data);
          if (point === 'written') await pause(point);
        },
        async sync() {
          await handle.sync();
          if (point === 'synced') await pause(point);
        },
        async close() {
          await handle.close();
          if (point === 'closed') await pause(point);
        },
      };
      return wrapped;
    },
    async rename(from, to) {
      await nodeFsOps.rename(from, to);
      if (point === 'renamed') await pause(point);
    },
  };
}

const [mode, ...args] = process.argv.slice(2);
if (mode === 'save') {
  const [target, sizeText, point] = args;
  await saveFileAtomic(target!, newContent(Number(sizeText)), { fs: pausingFs(point!) });
  await pause('done');
} else if (mode === 'loop') {
  const [target, sizeText] = args;
  const size = Number(sizeText);
  process.stdout.write('saving\n');
  for (let i = 0; ; i++) await saveFileAtomic(target!, (i % 2 === 0 ? 'B' : 'C').repeat(size));
} else if (mode === 'backup') {
  const [dir, id, textFile, point] = args;
  const store = createBackupStore(dir!, { fs: pausingFs(point!) });
  await store.write(id!, readFileSync(textFile!, 'utf8'));
  await pause('done');
} else {
  throw new Error('usage: save-child save|loop|backup ...');
}
