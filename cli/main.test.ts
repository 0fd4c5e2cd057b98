/** The dispatcher in-process: help, version, and every failure as one line with the right exit code. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, runCli } from './main.js';
import { baselineDesignText, writeText } from './test-support/designs.js';
import { REPO_ROOT, tempDir } from './test-support/run-bin.js';

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    now: () => new Date('2026-11-28T12:00:00Z'),
  });
  return { code, stdout, stderr };
}

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('runCli', () => {
  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, stdout: `eks-sandbox ${pkg.version}\n`, stderr: '' });
  });

  it('lists every command in the general help', async () => {
    const r = await run('--help');
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c.name}\\s+${escapeRegExp(c.summary.en)}$`, 'm'));
  });

  it.each(COMMANDS.map((c) => c.name))('has --help for %s', async (name) => {
    const r = await run(name, '--help');
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith(`Usage: eks-sandbox ${name}`)).toBe(true);
  });

  it('validates a clean design with exit 0 and JSON in the documented shape', async () => {
    const file = await writeText(dir, 'baseline.eksdesign', baselineDesignText());
    const r = await run('validate', file, '--format', 'json');
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['diagnostics', 'errors', 'warnings', 'infos', 'suppressed']);
    expect(report.errors).toBe(0);
    expect(r.code).toBe(0);
  });

  it('turns an unexpected failure into one line with exit 3', async () => {
    let stderr = '';
    const code = await runCli(['--version'], {
      stdout: {
        write: () => {
          throw new Error('stdout is gone\n  at somewhere');
        },
      },
      stderr: { write: (s: string) => (stderr += s) },
    });
    expect(code).toBe(3);
    expect(stderr).toBe('eks-sandbox: internal error: stdout is gone at somewhere\n');
  });
});

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
