/**
 * bin/eks-sandbox.mjs runs the prebuilt bundle when it is fresh and the TypeScript sources otherwise: the
 * choice on a scratch project tree, and both paths of the real command.
 */
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundlePaths, checkBundle } from '../bin/cli-bundle.mjs';
import { REPO_ROOT, runBin } from './test-support/run-bin.js';

describe('checkBundle', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'eks-bundle-check-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  /** A project with two sources last changed at `sourceTime` and a bundle built at `builtTime` (seconds). */
  async function project(sourceTime: number, builtTime: number): Promise<void> {
    await mkdir(path.join(root, 'cli'), { recursive: true });
    await mkdir(path.join(root, 'dist', 'cli'), { recursive: true });
    for (const file of ['cli/main.ts', 'cli/args.ts']) {
      await writeFile(path.join(root, file), '// source\n');
      await utimes(path.join(root, file), sourceTime, sourceTime);
    }
    const paths = bundlePaths(root);
    await writeFile(paths.inputs, JSON.stringify({ sources: ['cli/args.ts', 'cli/main.ts'] }));
    await writeFile(paths.bundle, '// bundle\n');
    await utimes(paths.bundle, builtTime, builtTime);
  }

  it('accepts a bundle built after every source it holds', async () => {
    await project(1_000, 2_000);
    expect(checkBundle(root)).toEqual({ fresh: true, paths: bundlePaths(root) });
  });

  it('refuses a missing bundle, naming it', async () => {
    expect(checkBundle(root)).toEqual({ fresh: false, reason: 'dist/cli/eks-sandbox.cjs is missing' });
  });

  it('refuses a bundle older than one of its sources, naming the source', async () => {
    await project(1_000, 2_000);
    await utimes(path.join(root, 'cli/main.ts'), 3_000, 3_000);
    expect(checkBundle(root)).toEqual({ fresh: false, reason: 'cli/main.ts changed after it was built' });
  });

  it('refuses a bundle whose source is gone, or whose input list is missing', async () => {
    await project(1_000, 2_000);
    await rm(path.join(root, 'cli/args.ts'));
    expect(checkBundle(root)).toEqual({ fresh: false, reason: 'cli/args.ts, which it was built from, is gone' });
    await rm(bundlePaths(root).inputs);
    expect(checkBundle(root)).toEqual({ fresh: false, reason: 'dist/cli/inputs.json is missing or unreadable' });
  });
});

describe('bin/eks-sandbox.mjs', () => {
  const template = path.join(REPO_ROOT, 'templates', 'microservices.json');

  it('runs the prebuilt bundle with its code cache, and the bundle holds every source the command needs', async () => {
    const result = await runBin(['validate', template], { env: { EKS_SANDBOX_DEBUG: '1' } });
    expect(result.stderr).toBe('eks-sandbox: running the prebuilt bundle dist/cli/eks-sandbox.cjs with its code cache\n');
    expect(result).toMatchObject({ code: 0, stdout: 'No problems found.\n' });
    const { sources } = JSON.parse(await readFile(bundlePaths(REPO_ROOT).inputs, 'utf8')) as { sources: string[] };
    expect(sources).toEqual(expect.arrayContaining(['cli/main.ts', 'shared/rules/engine.ts', 'templates/index.ts']));
  });

  it('ships an ASCII-only bundle, which Node reads as a one-byte string (one Japanese character made it two-byte)', async () => {
    await runBin(['--version']);
    const bytes = await readFile(bundlePaths(REPO_ROOT).bundle);
    const firstNonAscii = bytes.findIndex((b) => b > 0x7f);
    expect(firstNonAscii === -1 ? '' : bytes.subarray(Math.max(0, firstNonAscii - 60), firstNonAscii + 20).toString()).toBe('');
  });

  it('falls back to the sources when told to, says why, and prints the same as the bundle', async () => {
    const fromBundle = await runBin(['validate', template, '--format', 'json']);
    const fromSource = await runBin(['validate', template, '--format', 'json'], {
      env: { EKS_SANDBOX_FROM_SOURCE: '1', EKS_SANDBOX_DEBUG: '1' },
    });
    expect(fromSource.stderr).toBe(
      "eks-sandbox: running from the TypeScript sources (slower start): EKS_SANDBOX_FROM_SOURCE is set; run 'npm run build:cli' to rebuild the bundle\n",
    );
    expect(fromSource.code).toBe(fromBundle.code);
    expect(fromSource.stdout).toBe(fromBundle.stdout);
  });

  it('checks a cluster.yaml with the eksctl schema validator, which sits beside the bundle and loads on first use', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'eks-bundle-yaml-'));
    try {
      const file = path.join(dir, 'cluster.yaml');
      await writeFile(
        file,
        'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n  region: us-east-1\n  zone: us-east-1a\n',
      );
      const result = await runBin(['validate', file], { env: { EKS_SANDBOX_DEBUG: '1' } });
      expect(result.stderr).toContain('running the prebuilt bundle');
      expect(result.stderr).toContain('line 6, metadata.zone: unknown field "zone"');
      expect(result.code).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('stays quiet about the sources when stderr is not a terminal (scripts read it)', async () => {
    const result = await runBin(['--version'], { env: { EKS_SANDBOX_FROM_SOURCE: '1', EKS_SANDBOX_DEBUG: '' } });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^eks-sandbox \d+\.\d+\.\d+\n$/);
  });
});
