/** validate and export honour a design's suppressions, say how many there were, and ignore them on request. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './main.js';
import { suppressedDesignText, writeText } from './test-support/designs.js';
import { tempDir } from './test-support/run-bin.js';

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
let file: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  file = await writeText(dir, 'suppressed.eksdesign', suppressedDesignText());
});
afterAll(() => cleanup());

const SUPPRESSED = ['eksctl.private-nodegroup-subnets', 'eksctl.subnet-count', 'vpc.cluster-subnets-two-azs'];

describe('validate with suppressions', () => {
  it('leaves suppressed errors out of the counts and the exit status, and says how many', async () => {
    const r = await run('validate', file);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/^error/m);
    expect(r.stdout.trimEnd().split('\n').at(-1)).toBe(
      '0 errors, 4 warnings, 1 info (3 suppressed: --no-suppressions shows them)',
    );
    const ja = await run('validate', file, '--lang', 'ja');
    expect(ja.stdout.trimEnd().split('\n').at(-1)).toBe(
      'エラー 0 件、警告 4 件、情報 1 件（抑制 3 件: --no-suppressions で抑制せずに表示）',
    );
  });

  it('prints suppressed findings in JSON apart, each with its reason and expiry', async () => {
    const report = JSON.parse((await run('validate', file, '--format', 'json')).stdout);
    expect(report.errors).toBe(0);
    expect(report.diagnostics.map((d: { ruleId: string }) => d.ruleId)).not.toContain('vpc.cluster-subnets-two-azs');
    expect(report.suppressed.map((d: { ruleId: string }) => d.ruleId)).toEqual(SUPPRESSED);
    expect(report.suppressed[2]).toMatchObject({
      severity: 'error',
      partIds: ['cluster-1', 'subnet-1', 'subnet-2'],
      suppression: { reason: 'lab cluster, one AZ on purpose', expires: '2027-01-01' },
    });
    expect(report.suppressed[1].suppression).toEqual({ reason: 'subnets come from the network team' });
  });

  it('--no-suppressions reports every finding', async () => {
    const r = await run('validate', file, '--no-suppressions', '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report.errors).toBe(3);
    expect(report.suppressed).toEqual([]);
    expect(report.diagnostics.some((d: { ruleId: string }) => d.ruleId.startsWith('design.suppression'))).toBe(false);
  });

  it('an expired suppression lets its error through and warns that it expired', async () => {
    const r = await run('validate', file, '--date', '2027-01-01');
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^error\s+vpc\.cluster-subnets-two-azs /m);
    expect(r.stdout).toMatch(
      /^warning\s+design\.suppression-expired\s+The suppression of vpc\.cluster-subnets-two-azs expired on 2027-01-01/m,
    );
    expect(r.stdout).toContain('(2 suppressed: --no-suppressions shows them)');
  });
});

describe('export with suppressions', () => {
  it('exports a design whose errors are all suppressed, saying how many were', async () => {
    const r = await run('export', file);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^apiVersion: eksctl\.io\/v1alpha5$/m);
    expect(r.stdout).not.toMatch(/suppress/i);
    expect(r.stderr).toBe(
      "eks-sandbox: 3 findings were suppressed by the design's suppressions (--no-suppressions to export without them)\n",
    );
  });

  it('refuses it with --no-suppressions', async () => {
    const r = await run('export', file, '--no-suppressions');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/not exported: the design has 3 error-level findings/);
  });
});

describe('manifests and bundle with suppressions (export gate)', () => {
  it('manifests prints a design whose errors are suppressed, says how many, and refuses with --no-suppressions', async () => {
    const r = await run('manifests', file);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      "eks-sandbox: 3 findings were suppressed by the design's suppressions (--no-suppressions to print them without them)",
    );
    const strict = await run('manifests', file, '--no-suppressions');
    expect(strict.code).toBe(1);
    expect(strict.stdout).toBe('');
    expect(strict.stderr).toMatch(/no manifests: the design has 3 error-level findings; fix them, or pass --force/);
    expect(strict.stderr).toContain('vpc.cluster-subnets-two-azs');
  });

  it('bundle refuses with --no-suppressions, in Japanese with --lang ja', async () => {
    const out = `${dir}/bundle-strict`;
    const strict = await run('bundle', file, '-o', out, '--no-suppressions', '--lang', 'ja');
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/バンドルを作成しませんでした: 設計にエラーレベルの検出結果 3 件があります/);
    expect(strict.stderr).toMatch(/^ {2}エラー +vpc\.cluster-subnets-two-azs +EKS/m);
    const lenient = await run('bundle', file, '-o', out, '--lang', 'ja');
    expect(lenient.code, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain('設計の抑制設定で検出結果 3 件を抑制しました');
  });
});
