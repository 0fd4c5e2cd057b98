/**
 * Child process for the "killed during a save" tests: saves a large file with saveFileAtomic and is
 * killed by the parent. Mode `hang` writes half of the data to the temp file, reports `half-written`
 * and waits forever, so the kill lands mid-write deterministically. Mode `loop` saves repeatedly,
 * alternating two contents, and reports `saving` before the first save, so the kill lands anywhere.
 */
import { nodeFsOps, saveFileAtomic, type FsOps } from '../files.js';

const [mode, target, sizeText] = process.argv.slice(2);
const size = Number(sizeText);
if (!target || !Number.isFinite(size)) throw new Error('usage: save-child <hang|loop> <target> <size>');

const hangingFs: FsOps = {
  ...nodeFsOps,
  async open(file, flags, fileMode) {
    const handle = await nodeFsOps.open(file, flags, fileMode);
    if (flags !== 'wx') return handle;
    return {
      ...handle,
      readFile: () => handle.readFile(),
      stat: () => handle.stat(),
      sync: () => handle.sync(),
      close: () => handle.close(),
      async writeFile(data) {
        const half = typeof data === 'string' ? data.slice(0, data.length / 2) : data.subarray(0, data.byteLength / 2);
        await handle.writeFile(half);
        await handle.sync();
        process.stdout.write('half-written\n');
        await new Promise(() => undefined);
      },
    };
  },
};

if (mode === 'hang') {
  await saveFileAtomic(target, 'B'.repeat(size), { fs: hangingFs });
} else {
  process.stdout.write('saving\n');
  for (let i = 0; ; i++) await saveFileAtomic(target, (i % 2 === 0 ? 'B' : 'C').repeat(size));
}
