/**
 * A design with an error-level finding, through the real binary: validate exits 1 and says why, export
 * refuses with exit 1 and lists the findings, export --force writes a valid ClusterConfig anyway.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateEksctlConfig } from '../shared/eksctl/schema-validator.js';
import { oneAzDesignText, writeText } from './test-support/designs.js';
import { runBin, tempDir } from './test-support/run-bin.js';

const RULE = 'vpc.cluster-subnets-two-azs';
let dir: string;
let cleanup: () => Promise<void>;
let file: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  file = await writeText(dir, 'one-az.eksdesign', oneAzDesignText());
});
afterAll(() => cleanup());

describe('a design with an error', () => {
  it('validate exits 1 and prints the finding, its fix and a summary', async () => {
    const r = await runBin(['validate', file, '--date', '2026-11-28']);
    expect(r.code).toBe(1);
    const line = r.stdout.split('\n').find((l) => l.includes(RULE));
    expect(line).toMatch(/^error\s+vpc\.cluster-subnets-two-azs\s+EKS requires .* \[cluster-1, subnet-1, subnet-2\]$/);
    expect(r.stdout).toMatch(/^\s+fix: Add a subnet in a second Availability Zone/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^[1-9]\d* errors?, \d+ warnings?, \d+ infos?$/);
  });

  it('validate --format json counts the errors', async () => {
    const r = await runBin(['validate', file, '--format', 'json', '--date', '2026-11-28']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toBe(report.diagnostics.filter((d: { severity: string }) => d.severity === 'error').length);
    expect(report.diagnostics).toContainEqual(
      expect.objectContaining({ ruleId: RULE, severity: 'error', partIds: ['cluster-1', 'subnet-1', 'subnet-2'] }),
    );
  });

  it('validate --lang ja prints Japanese messages', async () => {
    const r = await runBin(['validate', file, '--lang', 'ja', '--date', '2026-11-28']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('アベイラビリティーゾーン');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(/^エラー [1-9]\d* 件、警告 \d+ 件、情報 \d+ 件$/);
  });

  it('export refuses it with exit 1 and lists the errors on stderr', async () => {
    const r = await runBin(['export', file, '--date', '2026-11-28']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^eks-sandbox: .*one-az\.eksdesign.*error/);
    expect(r.stderr).toContain(RULE);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('export --force writes a ClusterConfig that the eksctl schema accepts', async () => {
    const r = await runBin(['export', file, '--force', '--date', '2026-11-28']);
    expect(r.code).toBe(0);
    const config = parse(r.stdout);
    expect(validateEksctlConfig(config)).toEqual({ valid: true, errors: [] });
    expect(config.metadata.name).toBe('demo-1');
  });

  it('export --force -o writes the same YAML to a file', async () => {
    const out = path.join(dir, 'cluster.yaml');
    const toStdout = await runBin(['export', file, '--force', '--date', '2026-11-28']);
    const toFile = await runBin(['export', file, '--force', '-o', out, '--date', '2026-11-28']);
    expect(toFile.code).toBe(0);
    expect(await readFile(out, 'utf8')).toBe(toStdout.stdout);
  });
});
