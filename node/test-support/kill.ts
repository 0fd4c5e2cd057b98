/**
 * Parent side of the kill tests: runs test-support/save-child.ts, waits until it reports the step it
 * stopped at, kills it with SIGKILL and waits until it is gone. No timers decide anything.
 */
import { spawn } from 'node:child_process';
import { readdirSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ABANDONED_AFTER_MS } from '../files.js';

const CHILD = fileURLToPath(new URL('./save-child.ts', import.meta.url));

/** Where a save can be stopped, in order. `wrote:<n>` (n bytes of the temp file written) lies between `opened` and `written`. */
export const PAUSES = ['opened', 'written', 'synced', 'closed', 'renamed', 'done'] as const;

/** The new content of a save: `size` characters whose every 64-character block differs, so any mix shows. */
export function newContent(size: number): string {
  let out = '';
  for (let i = 0; out.length < size; i++) out += `new block ${String(i).padStart(10, '0')} `.padEnd(64, 'n');
  return out.slice(0, size);
}

/** Starts save-child with `args`, waits for the line `until` on its stdout, SIGKILLs it; resolves with its pid once it exited. */
export async function killChildAt(args: string[], until: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const lines = out.split('\n');
      if (lines.includes(until)) resolve();
      // Stopped somewhere else (the save skipped the expected step): fail now instead of waiting forever.
      else if (lines.some((l) => l.startsWith('paused '))) {
        child.kill('SIGKILL');
        reject(new Error(`save-child stopped at "${lines.find((l) => l.startsWith('paused '))}", never at "${until}"`));
      }
    });
    child.on('exit', (code) => reject(new Error(`save-child exited (${code}) before "${until}": ${stderr}`)));
  });
  child.kill('SIGKILL');
  const signal = await exited;
  if (signal !== 'SIGKILL') throw new Error(`save-child ended by ${signal}, not by the kill`);
  return child.pid!;
}

/**
 * Dates the temp files in `dir` back past ABANDONED_AFTER_MS, as if the kill had happened long ago: only
 * then are a dead process's temp files taken for abandoned and cleared.
 */
export function ageTempFiles(dir: string): void {
  const past = new Date(Date.now() - 2 * ABANDONED_AFTER_MS);
  for (const name of readdirSync(dir)) if (name.endsWith('.tmp')) utimesSync(path.join(dir, name), past, past);
}
