/**
 * `eks-sandbox diff`: exit codes (0 same, 1 different, 2 bad input), the JSON shape, the pull-request
 * Markdown, and a design against a cluster.yaml. The last cases run the real bin/ (the shipped bundle).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeDesign, toDocument } from '../shared/model/document.js';
import type { Design } from '../shared/model/design.js';
import { fixtureText } from '../test-support/eksctl-fixtures.js';
import { loadTemplate } from '../templates/index.js';
import type { DesignComparison } from '../shared/diff/index.js';
import { costNotes } from './diff-output.js';
import { runCli } from './main.js';
import { writeText } from './test-support/designs.js';
import { isOneLineError, REPO_ROOT, runBin, tempDir } from './test-support/run-bin.js';

const template = (id: string) => path.join(REPO_ROOT, 'templates', `${id}.json`);

async function diff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
  const code = await runCli(['diff', ...args, '--date', '2026-11-28'], io);
  return { code, stdout, stderr };
}

let dir: string;
let cleanup: () => Promise<void>;
let edited: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const doc = loadTemplate('microservices');
  const ng = doc.design.parts.find((p) => p.id === 'ng-backend');
  if (ng?.kind !== 'managed-node-group') throw new Error('template changed');
  ng.props.desiredCapacity = 6;
  ng.props.maxSize = 8;
  // A workload with no requests raises findings the template does not have.
  const wl = doc.design.parts.find((p) => p.id === 'wl-orders');
  if (wl?.kind !== 'workload') throw new Error('template changed');
  wl.name = 'orders-v2';
  edited = await writeText(dir, 'edited.eksdesign', serializeDesign(toDocument(doc.design)));
});
afterAll(() => cleanup());

describe('eks-sandbox diff', () => {
  it('exits 0 and says so for the same design', async () => {
    const result = await diff([template('batch-processing'), template('batch-processing')]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('The designs are the same');
  });

  it('exits 1 and prints the JSON shape the README documents', async () => {
    const result = await diff([template('microservices'), edited, '--format', 'json']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual([
      'equal',
      'before',
      'after',
      'design',
      'parts',
      'connections',
      'clusterYaml',
      'cost',
      'findings',
    ]);
    expect(json.equal).toBe(false);
    const changed = json.parts.changed.map((p: { after: { id: string }; changes: unknown[] }) => [p.after.id, p.changes]);
    expect(changed).toEqual([
      [
        'ng-backend',
        [
          { path: 'props.desiredCapacity', before: 3, after: 6 },
          { path: 'props.maxSize', before: 9, after: 8 },
        ],
      ],
      ['wl-orders', [{ path: 'name', before: 'orders', after: 'orders-v2' }]],
    ]);
    expect(json.cost.diff.totalChange).toBeGreaterThan(0);
    expect(json.cost.before.monthlyTotal + json.cost.diff.totalChange).toBeCloseTo(json.cost.after.monthlyTotal, 2);
    expect(json.clusterYaml[0].patch).toMatch(/^\+\s+desiredCapacity: 6$/m);
  });

  it('writes Markdown for a pull request: a table of changes, the cost delta, the cluster.yaml diff folded', async () => {
    const result = await diff([template('microservices'), edited, '--format', 'markdown']);
    expect(result.code).toBe(1);
    const md = result.stdout;
    expect(md).toMatch(/^### EKS Sandbox: `.*microservices\.json` → `.*edited\.eksdesign`$/m);
    expect(md).toContain('| Change | Part | Kind | Details |');
    expect(md).toContain(
      '| changed | `ng-backend` | managed-node-group | `props.desiredCapacity`: `3` → `6`<br>`props.maxSize`: `9` → `8` |',
    );
    expect(md).toMatch(/^\*\*Monthly cost \(USD\): [\d,.]+ -> [\d,.]+ \(\+[\d,.]+\)\*\*$/m);
    expect(md).toMatch(/^\| EC2 m6i\.xlarge on-demand \(ng-backend\) \| [\d,.]+ \| [\d,.]+ \| \+[\d,.]+ \|$/m);
    expect(md).toContain('<details><summary>cluster.yaml diff (shop-microservices)</summary>');
    expect(md).toMatch(/^```diff\n[\s\S]*^\+\s+desiredCapacity: 6$[\s\S]*^```$/m);
  });

  it('lists new findings in the Markdown, in Japanese with --lang ja', async () => {
    const one = loadTemplate('web-application');
    const alb = one.design.parts.find((p) => p.kind === 'alb')!;
    one.design.connections = one.design.connections.filter((c) => c.from !== alb.id);
    const file = await writeText(dir, 'no-alb-target.eksdesign', serializeDesign(toDocument(one.design)));
    const en = await diff([template('web-application'), file, '--format', 'markdown']);
    expect(en.stdout).toContain('**New findings**');
    expect(en.stdout).toMatch(/^\| (error|warning|info) \| `lb\.[a-z-]+` \| .+ \|$/m);
    const ja = await diff([template('web-application'), file, '--format', 'markdown', '--lang', 'ja']);
    expect(ja.stdout).toContain('**新しい検出結果**');
    expect(ja.stdout).toContain('| 変更 | パーツ | 種類 | 内容 |');
  });

  it('compares a design with a cluster.yaml through the importer (the shipped bin)', async () => {
    const yaml = path.join(dir, 'exported.yaml');
    const exported = await runBin(['export', template('api-backend'), '-o', yaml]);
    expect(exported.code).toBe(0);
    const same = await runBin(['diff', yaml, yaml]);
    expect(same.code).toBe(0);
    const result = await runBin(['diff', template('api-backend'), yaml, '--format', 'json', '--date', '2026-11-28']);
    expect(result.code).toBe(1);
    const json = JSON.parse(result.stdout);
    // Parts eksctl has no field for (workloads, ECR, API Gateway) are not in the YAML, so they are removed.
    expect(json.parts.removed.map((p: { kind: string }) => p.kind)).toContain('workload');
    // The import names subnets public-us-east-1a where the template says public-1a: matched by zone and CIDR.
    expect(json.parts.added).toEqual([]);
    const subnets = json.parts.changed.filter((p: { matchedBy: string }) => p.matchedBy === 'subnet');
    expect(subnets).toHaveLength(6);
    expect(json.parts.changed.map((p: { after: { kind: string } }) => p.after.kind)).toContain('managed-node-group');
  });

  it('exits 2 with one line for a missing file or a bad option', async () => {
    const missing = await runBin(['diff', template('microservices'), path.join(dir, 'nope.eksdesign')]);
    expect(missing.code).toBe(2);
    expect(isOneLineError(missing.stderr)).toBe(true);
    expect(missing.stderr).toContain('nope.eksdesign');
    const format = await diff([template('microservices'), edited, '--format', 'html']);
    expect(format).toMatchObject({ code: 2, stderr: 'eks-sandbox: diff: --format must be one of text, json, markdown\n' });
    const one = await diff([template('microservices')]);
    expect(one.code).toBe(2);
    expect(one.stderr).toContain('missing <after>');
  });

  it('exits 2 with one clear line, in either language, for broken JSON, malformed YAML and a folder', async () => {
    const broken = await writeText(dir, 'broken.eksdesign', '{"format": "eks-sandbox-design", broken');
    const yaml = await writeText(
      dir,
      'bad.yaml',
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: x\n  region: [us-east-1\n',
    );
    const cases: [string[], RegExp, RegExp][] = [
      [
        [broken, edited],
        /broken\.eksdesign: not valid JSON at line 1, column 34/,
        /broken\.eksdesign: JSON として読めません: 1 行 34 列目/,
      ],
      [
        [edited, yaml],
        /bad\.yaml: not a usable eksctl ClusterConfig: line 6: not valid YAML/,
        /bad\.yaml: eksctl の ClusterConfig として読み込めません: 6 行目/,
      ],
      [[dir, edited], /is a directory, not a design file/, /フォルダーです。設計ファイルではありません/],
    ];
    for (const [args, en, ja] of cases) {
      const r = await diff(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(isOneLineError(r.stderr)).toBe(true);
      expect(r.stderr).toMatch(en);
      const j = await diff([...args, '--lang', 'ja']);
      expect(j.code).toBe(2);
      expect(isOneLineError(j.stderr)).toBe(true);
      expect(j.stderr).toMatch(ja);
    }
  });

  it("says in the reader's language why a side has no cost estimate", async () => {
    const west = await writeText(
      dir,
      'west.yaml',
      'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata:\n  name: west\n  region: us-west-2\n',
    );
    const en = await diff([edited, west]);
    expect(en.stdout).toContain('west.yaml: no prices for region "us-west-2"; regions with prices: ap-northeast-1, us-east-1');
    const ja = await diff([edited, west, '--lang', 'ja']);
    expect(ja.stdout).toContain(
      'west.yaml: リージョン「us-west-2」の料金がないため、見積もりはありません。料金のあるリージョン: ap-northeast-1、us-east-1',
    );
    expect(ja.stdout).not.toContain('no prices');
    const md = await diff([edited, west, '--format', 'markdown', '--lang', 'ja']);
    expect(md.stdout).toMatch(/^> \S*west\.yaml: リージョン「us-west-2」の料金がないため/m);
    // Once, and in one language: JSON gives the side structured and no English sentence beside it.
    expect(ja.stdout.match(/west\.yaml: /g)).toHaveLength(1);
    const json = JSON.parse((await diff([edited, west, '--format', 'json', '--lang', 'ja'])).stdout);
    expect(json.cost.unpriced).toEqual([
      { side: 'after', label: west, region: 'us-west-2', regionsWithPrices: ['ap-northeast-1', 'us-east-1'] },
    ]);
    expect(json.cost.notes).toEqual([]);
  });

  it('prints every other reason for a missing estimate too, even one naming the same file as an unpriced side', () => {
    // Both sides labelled alike (the same file name twice): a note is never taken for the unpriced side's.
    const c = {
      cost: {
        unpriced: [{ side: 'before', label: 'a.json', region: 'us-west-2', regionsWithPrices: ['us-east-1'] }],
        notes: ['a.json: the estimate failed'],
      },
    } as unknown as DesignComparison;
    expect(costNotes(c, 'en')).toEqual([
      'a.json: no prices for region "us-west-2"; regions with prices: us-east-1',
      'a.json: the estimate failed',
    ]);
    expect(costNotes(c, 'ja')).toEqual([
      'a.json: リージョン「us-west-2」の料金がないため、見積もりはありません。料金のあるリージョン: us-east-1',
      'a.json: the estimate failed',
    ]);
  });

  it('diffs an import against its edited export: the edit and the suppressions survive cluster.yaml', async () => {
    const run = async (args: string[]) => {
      let stdout = '';
      let stderr = '';
      const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
      return { code: await runCli(args, io), stdout, stderr };
    };
    // The example's placeholder ids (ami-custom, sg-1, lt-1234) are no ids EC2 takes (cluster.resource-id-format):
    // well-formed ones here.
    const text = fixtureText('15-managed-nodes.yaml')
      .replace('ami-custom', 'ami-0123456789abcdef0')
      .replace('"sg-1", "sg-2"', '"sg-0123456789abcdef1", "sg-0123456789abcdef2"')
      .replace('id: lt-1234', 'id: lt-0123456789abcdef0');
    const source = await writeText(dir, 'managed.yaml', text);
    const imported = path.join(dir, 'managed.eksdesign');
    expect((await run(['import', source, '-o', imported])).code).toBe(0);
    // Edited as a user edits the JSON: a node group scaled, a finding on it suppressed, one on the design.
    const doc = JSON.parse(await readFile(imported, 'utf8')) as { design: Design };
    const ng = doc.design.parts.find((p) => p.name === 'managed-ng-public')!;
    if (ng.kind !== 'managed-node-group') throw new Error('fixture changed');
    ng.props.desiredCapacity = 4;
    ng.suppressions = [{ ruleId: 'ng.private-subnets', reason: 'public by design', expires: '2027-01-01' }];
    doc.design.suppressions = [{ ruleId: 'cluster.control-plane-logging', reason: 'lab cluster' }];
    const edited = await writeText(dir, 'managed-edited.eksdesign', JSON.stringify(doc, null, 2));
    const exported = path.join(dir, 'managed-edited.yaml');
    expect((await run(['export', edited, '-o', exported, '--date', '2026-11-28'])).code).toBe(0);

    // The original file against the export: the scaled node group and the suppressions (which travel in
    // metadata.annotations), in the parts and in the cluster.yaml diff.
    const yamlToYaml = JSON.parse((await diff([source, exported, '--format', 'json'])).stdout);
    expect(yamlToYaml.parts.changed).toEqual([
      expect.objectContaining({
        changes: [
          { path: 'props.desiredCapacity', before: 3, after: 4 },
          { path: 'suppressions', after: [{ ruleId: 'ng.private-subnets', reason: 'public by design', expires: '2027-01-01' }] },
        ],
      }),
    ]);
    expect(yamlToYaml.design).toEqual([
      { path: 'suppressions', after: [{ ruleId: 'cluster.control-plane-logging', reason: 'lab cluster' }] },
    ]);
    expect(yamlToYaml.clusterYaml[0].patch).toMatch(/^-\s+desiredCapacity: 3\n\+\s+desiredCapacity: 4$/m);
    expect(yamlToYaml.clusterYaml[0].patch).toMatch(
      /^\+\s+annotations:\n\+\s+eks-sandbox\.io\/suppressions: '\[\{"kind":"design"/m,
    );
    // The import against the edited design: the scale and both suppressions, and the findings they hide gone.
    const r = await diff([imported, edited, '--format', 'json']);
    expect(r.code).toBe(1);
    const j = JSON.parse(r.stdout);
    expect(j.design.map((c: { path: string }) => c.path)).toEqual(['suppressions']);
    expect(j.parts.changed[0].changes.map((c: { path: string }) => c.path)).toEqual(['props.desiredCapacity', 'suppressions']);
    expect(j.findings.disappeared.map((f: { ruleId: string }) => f.ruleId).sort()).toEqual([
      'cluster.control-plane-logging',
      'ng.private-subnets',
    ]);
    // The edited design against its own export: the same cluster.yaml, the same suppressions, the same findings.
    const trip = await diff([edited, exported]);
    expect(trip.stdout).toContain('cluster.yaml (cluster-15): unchanged');
    expect(trip.stdout).not.toMatch(/suppressions/);
    expect(trip.stdout).not.toMatch(/^Findings: [1-9]/m);
  });

  it('keeps a Markdown row whole whatever a value holds: pipes, backslashes, line breaks, backticks', async () => {
    const doc = loadTemplate('web-application');
    const wl = doc.design.parts.find((p) => p.id === 'wl-web')!;
    wl.note = 'grep a|b \\d+\nthen `run` it';
    const file = await writeText(dir, 'odd-note.eksdesign', serializeDesign(toDocument(doc.design)));
    const md = (await diff([template('web-application'), file, '--format', 'markdown'])).stdout;
    const row = md.split('\n').find((l) => l.startsWith('| changed | `web` |'))!;
    // Four cells: only the table's own pipes are unescaped.
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(6);
    // In a code span only the pipe is escaped (GFM reads \| in a cell as |); the break shows as ⏎; a longer fence.
    expect(row).toContain(`→ \`\`grep a\\|b \\d+⏎then \`run\` it\`\` |`);
  });
});
