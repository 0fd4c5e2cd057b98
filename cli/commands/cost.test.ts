/**
 * `eks-sandbox cost` through the real binary: json totals add up, csv has a row per line, every template
 * prices, bad input exits 2 with one clear line.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roundCents, sumCents } from '../../shared/cost/money.js';
import { serializeDesign, toDocument } from '../../shared/model/document.js';
import { DesignBuilder } from '../../shared/rules/test-support/builder.js';
import { writeText } from '../test-support/designs.js';
import { isOneLineError, REPO_ROOT, runBin, tempDir } from '../test-support/run-bin.js';

interface JsonEstimate {
  region: string;
  currency: string;
  asOf: string;
  monthlyTotal: number;
  lines: { partId: string; item: string; quantity: number; unit: string; unitPrice: number; monthly: number }[];
}

const microservices = path.join(REPO_ROOT, 'templates', 'microservices.json');
let dir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterAll(() => cleanup());

describe('eks-sandbox cost', () => {
  it('prints json whose total is the sum of its lines', async () => {
    const r = await runBin(['cost', microservices, '--format', 'json', '--date', '2026-11-28']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as JsonEstimate;
    expect(json).toMatchObject({ region: 'us-east-1', currency: 'USD', asOf: '2026-06-17', monthlyTotal: 986.64 }); // includes Karpenter's assumed 2 m6i.large (140.16)
    expect(json.monthlyTotal).toBe(sumCents(json.lines.map((l) => l.monthly)));
    for (const l of json.lines)
      expect(Object.keys(l)).toEqual(expect.arrayContaining(['partId', 'item', 'quantity', 'unit', 'unitPrice', 'monthly']));
  });

  it('prices in another region with --region, and with changed assumptions with --assume', async () => {
    const tokyo = JSON.parse(
      (
        await runBin([
          'cost',
          microservices,
          '--format',
          'json',
          '--region',
          'ap-northeast-1',
          '--assume',
          'dataTransferOutGbPerMonth=0',
        ])
      ).stdout,
    ) as JsonEstimate;
    expect(tokyo.region).toBe('ap-northeast-1');
    expect(tokyo.lines.find((l) => l.item.startsWith('NAT gateway hours'))!.monthly).toBe(135.78);
    expect(tokyo.lines.find((l) => l.item.startsWith('Data transfer'))!.monthly).toBe(0);
  });

  it('writes csv with a header and one row per line', async () => {
    const json = JSON.parse((await runBin(['cost', microservices, '--format', 'json'])).stdout) as JsonEstimate;
    const r = await runBin(['cost', microservices, '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    const rows = r.stdout.split('\r\n');
    expect(rows.pop()).toBe('');
    expect(rows[0]).toBe('partId,item,quantity,unit,unitPrice,monthly,confidence,estimate,note');
    expect(rows).toHaveLength(json.lines.length + 1);
    expect(rows[2]).toMatch(/^ng-frontend,EC2 m6i\.large on-demand \(ng-frontend\),2190,instance-hour,0\.096,210\.24,B,no,/);
  });

  it('prints a readable table with the total and the assumptions', async () => {
    const r = await runBin(['cost', microservices]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/EC2 m6i\.large on-demand \(ng-frontend\)\s+2190 instance-hour\s+x 0\.096\s+210\.24\s+B/);
    expect(r.stdout).toContain('Total: USD 986.64 a month');
    expect(r.stdout).toContain('spotDiscount=0.7');
  });

  it('lists what it could not price', async () => {
    const b = new DesignBuilder('odd type');
    const cluster = b.cluster(undefined, { region: 'us-east-1', version: '1.35' });
    b.managedNodeGroup(cluster, { instanceTypes: ['x9z.huge'], minSize: 1, desiredCapacity: 1, maxSize: 1 });
    const file = await writeText(dir, 'odd.eksdesign', serializeDesign(toDocument(b.build())));
    const r = await runBin(['cost', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('Not counted in the total (no price in the table):');
    expect(r.stdout).toContain('no price for x9z.huge in us-east-1; not counted');
    // The line itself says "no price", never 0.00 (which reads as free).
    expect(r.stdout).toMatch(/EC2 x9z\.huge on-demand \(\S+\)\s+730 instance-hour\s+no price\s+no price\s+C/);
  });

  it('reads an eksctl cluster.yaml through the importer', async () => {
    const yaml = [
      'apiVersion: eksctl.io/v1alpha5',
      'kind: ClusterConfig',
      'metadata:',
      '  name: yaml-demo',
      '  region: ap-northeast-1',
      '  version: "1.35"',
      'managedNodeGroups:',
      '  - name: ng',
      '    instanceType: m6i.large',
      '    desiredCapacity: 2',
      '',
    ].join('\n');
    const file = await writeText(dir, 'cluster.yaml', yaml);
    const r = await runBin(['cost', file, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as JsonEstimate;
    expect(json.region).toBe('ap-northeast-1');
    expect(json.lines.find((l) => l.item.startsWith('EC2 m6i.large'))!.monthly).toBe(roundCents(2 * 0.124 * 730));
  });

  it.each([
    [
      ['--region', 'eu-west-1'],
      'eks-sandbox: cost: no prices for region "eu-west-1"; regions with prices: ap-northeast-1, us-east-1',
    ],
    [['--format', 'xml'], /--format/],
    [['--assume', 'spotDiscount=lots'], /--assume wants name=number/],
    [['--assume', 'nope=1'], /unknown cost assumption nope; known: hoursPerMonth, spotDiscount/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const r = await runBin(['cost', microservices, ...args]);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr), r.stderr).toBe(true);
    if (typeof message === 'string') expect(r.stderr.trim()).toBe(message);
    else expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('exits 2 with one line for a cluster.yaml eksctl would not load', async () => {
    const file = await writeText(dir, 'bad.yaml', 'apiVersion: eksctl.io/v1alpha5\nkind: ClusterConfig\nmetadata: {}\n');
    const r = await runBin(['cost', file]);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr), r.stderr).toBe(true);
    expect(r.stderr).toContain('bad.yaml');
  });

  it('exits 2 for a file that is not there', async () => {
    const r = await runBin(['cost', path.join(dir, 'missing.eksdesign')]);
    expect(r.code).toBe(2);
    expect(isOneLineError(r.stderr)).toBe(true);
  });
});
