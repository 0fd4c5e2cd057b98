/**
 * Runs the real `bin/eks-sandbox.mjs` in a child process, as a user would, and captures what it prints. It runs
 * the prebuilt bundle users get after `npm ci` (rebuilt first when the sources are newer), so the tests check
 * what ships; cli/bin-bundle.test.ts covers the fallback to the sources.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBundle } from '../../bin/cli-bundle.mjs';
import { buildCli } from '../../scripts/build-cli.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(REPO_ROOT, 'bin', 'eks-sandbox.mjs');

export interface BinResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** The unprivileged user a root test run switches to, so file permissions apply (root ignores them). */
const NOBODY = 65534;

let bundleReady: Promise<unknown> | undefined;

/** Builds the bundle once per test worker if it is missing or stale (writes are atomic, so workers may race). */
export function ensureCliBundle(): Promise<unknown> {
  bundleReady ??= checkBundle(REPO_ROOT).fresh ? Promise.resolve() : buildCli(REPO_ROOT);
  return bundleReady;
}

export async function runBin(
  args: readonly string[],
  options: { cwd?: string; unprivileged?: boolean; env?: Record<string, string> } = {},
): Promise<BinResult> {
  await ensureCliBundle();
  const asNobody = options.unprivileged === true && process.getuid?.() === 0;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      {
        cwd: options.cwd ?? REPO_ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
        ...(asNobody ? { uid: NOBODY, gid: NOBODY } : {}),
      },
      (err, stdout, stderr) => {
        if (err && typeof err.code !== 'number') return reject(err);
        resolve({ code: typeof err?.code === 'number' ? err.code : 0, stdout, stderr });
      },
    );
  });
}

/** A fresh temporary folder, and a function that removes it. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eks-sandbox-cli-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** True when stderr holds exactly one `eks-sandbox: ...` line and no stack frame. */
export function isOneLineError(stderr: string): boolean {
  const lines = stderr.trimEnd().split('\n');
  return lines.length === 1 && lines[0]!.startsWith('eks-sandbox: ') && !/^\s+at /m.test(stderr);
}
