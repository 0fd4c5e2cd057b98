/** validate and export honour a design's suppressions, say how many there were, and ignore them on request. */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
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
    expect(r.stderr).toBe(
      "eks-sandbox: 3 findings were suppressed by the design's suppressions (--no-suppressions to export without them)\n",
    );
  });

  it('export -> import -> validate: the suppressions travel in cluster.yaml and still suppress', async () => {
    const yaml = `${dir}/suppressed.yaml`;
    expect((await run('export', file, '-o', yaml)).code).toBe(0);
    const text = await readFile(yaml, 'utf8');
    // One annotation, with the design's suppression and the cluster's two, each with its reason (and expiry).
    const line = text.split('\n').find((l) => l.includes('eks-sandbox.io/suppressions:'))!;
    const entries = JSON.parse(
      (parseDocument(text).toJS() as { metadata: { annotations: Record<string, string> } }).metadata.annotations[
        'eks-sandbox.io/suppressions'
      ]!,
    );
    expect(line).toMatch(/^ {4}eks-sandbox\.io\/suppressions: '\[/);
    expect(entries).toEqual([
      { kind: 'design', ruleId: 'eksctl.subnet-count', reason: 'subnets come from the network team' },
      {
        kind: 'cluster',
        name: 'demo-1',
        ruleId: 'vpc.cluster-subnets-two-azs',
        reason: 'lab cluster, one AZ on purpose',
        expires: '2027-01-01',
      },
      {
        kind: 'cluster',
        name: 'demo-1',
        ruleId: 'eksctl.private-nodegroup-subnets',
        reason: 'second subnet is added by the network team',
      },
    ]);

    const imported = `${dir}/suppressed-imported.eksdesign`;
    const i = await run('import', yaml, '-o', imported);
    expect(i.code, i.stderr).toBe(0);
    expect(i.stderr).toBe('');
    const design = JSON.parse(await readFile(imported, 'utf8')).design;
    expect(design.suppressions).toEqual([{ ruleId: 'eksctl.subnet-count', reason: 'subnets come from the network team' }]);
    const v = await run('validate', imported, '--format', 'json');
    expect(v.code).toBe(0);
    const report = JSON.parse(v.stdout);
    expect(report.errors).toBe(0);
    // The import draws the subnets eksctl is given, so eksctl.subnet-count no longer fires: its suppression
    // came back but matches nothing now, which validate reports (so it cannot hide a future finding).
    expect(report.suppressed.map((d: { ruleId: string }) => d.ruleId)).toEqual([
      'eksctl.private-nodegroup-subnets',
      'vpc.cluster-subnets-two-azs',
    ]);
    expect(report.diagnostics.filter((d: { ruleId: string }) => d.ruleId.startsWith('design.suppression'))).toEqual([
      expect.objectContaining({ ruleId: 'design.suppression-unused', message: expect.stringContaining('eksctl.subnet-count') }),
    ]);
    // validate reads the YAML directly too, with the same result.
    const direct = JSON.parse((await run('validate', yaml, '--format', 'json')).stdout);
    expect(direct.suppressed).toEqual(report.suppressed);
  });

  it('import warns on stderr about an entry it cannot place, in English or Japanese, and imports the rest', async () => {
    const yaml = `${dir}/suppressed.yaml`;
    expect((await run('export', file, '-o', yaml, '--force')).code).toBe(0);
    const text = (await readFile(yaml, 'utf8')).replace(
      '"kind":"cluster","name":"demo-1","ruleId":"vpc',
      '"kind":"fargate-profile","name":"gone","ruleId":"vpc',
    );
    const edited = await writeText(dir, 'suppressed-edited.yaml', text);
    const out = `${dir}/suppressed-edited.eksdesign`;
    const r = await run('import', edited, '-o', out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^eks-sandbox: warning: \S+suppressed-edited\.yaml: line \d+, metadata\.annotations\["eks-sandbox\.io\/suppressions"\]: entry 2 suppresses vpc\.cluster-subnets-two-azs on fargate-profile "gone", which this file does not have; it was left out\n$/,
    );
    const ja = await run('import', edited, '-o', out, '--force', '--lang', 'ja');
    expect(ja.stderr).toMatch(
      /^eks-sandbox: 警告: \S+: \d+ 行目、metadata\.annotations\["eks-sandbox\.io\/suppressions"\]: 2 番目の項目: fargate-profile のパーツ「gone」の vpc\.cluster-subnets-two-azs を抑制していますが/,
    );
    const design = JSON.parse(await readFile(out, 'utf8')).design;
    expect(
      design.parts.find((p: { kind: string }) => p.kind === 'cluster').suppressions.map((s: { ruleId: string }) => s.ruleId),
    ).toEqual(['eksctl.private-nodegroup-subnets']);
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
