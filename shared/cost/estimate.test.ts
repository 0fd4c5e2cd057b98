/**
 * The estimate's behaviour part by part, with pricing.md's worked sanity checks as unit tests.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../../templates/index.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { estimateCost } from './estimate.js';
import { CostAssumptionError, CostRegionError } from './errors.js';
import { roundCents, sumCents } from './money.js';
import { DEFAULT_COST_ASSUMPTIONS, type CostAssumptionsInput } from './types.js';

const today = '2026-11-28';

function clusterDesign(clusterProps: Record<string, unknown> = {}, vpcProps: Record<string, unknown> | null = {}) {
  const b = new DesignBuilder();
  const vpc = vpcProps ? b.vpc({ cidr: '10.0.0.0/16', ...vpcProps }) : undefined;
  const cluster = b.cluster(vpc, { region: 'us-east-1', version: '1.35', ...clusterProps });
  return { b, vpc, cluster };
}

function linesOf(estimate: ReturnType<typeof estimateCost>, partId: string) {
  return estimate.lines.filter((l) => l.partId === partId);
}

describe('pricing.md worked sanity checks', () => {
  it('control plane: standard $73.00, extended $438.00 a month', () => {
    const { b, cluster } = clusterDesign({ version: '1.32', supportType: 'EXTENDED' }, null);
    const extended = estimateCost(b.build(), { today });
    expect(linesOf(extended, cluster.id)[0]).toMatchObject({ monthly: 438, unitPrice: 0.6, quantity: 730, confidence: 'A' });
    const standard = estimateCost(b.build(), { today: '2026-03-22' }); // the day before 1.32 leaves standard support
    expect(linesOf(standard, cluster.id)[0]).toMatchObject({ monthly: 73, unitPrice: 0.1 });
  });

  it('3 x m6i.large on-demand: $210.24 a month', () => {
    const { b, cluster } = clusterDesign();
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 3, desiredCapacity: 3, maxSize: 3 });
    expect(linesOf(estimateCost(b.build(), { today }), ng.id)[0]!.monthly).toBe(210.24);
  });

  it('Fargate pod requesting 1 vCPU / 2 GB: $39.28 a month', () => {
    const { b, cluster } = clusterDesign();
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'app', labels: {} }] });
    const wl = b.workload(fp, { namespace: 'app', replicas: 1, cpuMillicores: 1000, memoryMiB: 2048 });
    const lines = linesOf(estimateCost(b.build(), { today }), wl.id);
    expect(lines.map((l) => [l.quantity, l.unitPrice])).toEqual([
      [730, 0.04048],
      [3 * 730, 0.004445],
    ]);
    expect(sumCents(lines.map((l) => l.monthly))).toBe(39.28);
  });

  it('3 NAT gateways idle: $98.55 in us-east-1, $135.78 in Tokyo', () => {
    const { b, vpc } = clusterDesign({}, { natGateway: 'HighlyAvailable', azCount: 3 });
    const design = b.build();
    expect(linesOf(estimateCost(design, { today }), vpc!.id)[0]!.monthly).toBe(98.55);
    expect(linesOf(estimateCost(design, { today, region: 'ap-northeast-1' }), vpc!.id)[0]!.monthly).toBe(135.78);
  });

  it('1 ALB idle: $16.43 a month plus its assumed LCUs', () => {
    const { b, vpc } = clusterDesign();
    const alb = b.add('alb', { parent: vpc!, props: { scheme: 'internet-facing', assumedCapacityUnits: 3 } });
    const [hours, lcu] = linesOf(estimateCost(b.build(), { today }), alb.id);
    expect(hours!.monthly).toBe(16.43);
    expect(lcu).toMatchObject({ quantity: 3 * 730, unitPrice: 0.008, monthly: roundCents(3 * 730 * 0.008), estimate: true });
  });
});

describe('estimateCost', () => {
  it('makes the total the sum of the lines, each rounded to cents', () => {
    const estimate = estimateCost(loadTemplate('microservices').design, { today });
    for (const l of estimate.lines) expect(l.monthly).toBe(roundCents(l.quantity * l.unitPrice));
    expect(estimate.monthlyTotal).toBe(sumCents(estimate.lines.map((l) => l.monthly)));
    expect(estimate).toMatchObject({ region: 'us-east-1', currency: 'USD', asOf: '2026-06-17' });
    expect(estimate.source).toMatch(/pricing/);
  });

  it("uses the cluster's region unless told otherwise, and refuses a region with no prices", () => {
    const tokyo = loadTemplate('web-application').design;
    expect(estimateCost(tokyo, { today }).region).toBe('ap-northeast-1');
    const moved = estimateCost(tokyo, { today, region: 'us-east-1' });
    expect(moved.region).toBe('us-east-1');
    expect(moved.lines[0]!.note).toBe('cluster is in ap-northeast-1, priced with us-east-1 prices');
    expect(estimateCost(tokyo, { today }).lines[0]!.note).toBeUndefined();
    const { b } = clusterDesign({ region: 'eu-west-1' });
    const call = () => estimateCost(b.build(), { today });
    expect(call).toThrow(CostRegionError);
    expect(call).toThrow('no prices for region "eu-west-1"; regions with prices: ap-northeast-1, us-east-1');
    expect(() => estimateCost(tokyo, { today, region: 'toString' })).toThrow(CostRegionError);
  });

  it('prices a version in extended support as extended even with support type STANDARD (AWS does not allow STANDARD there)', () => {
    const { b, cluster } = clusterDesign({ version: '1.32', supportType: 'STANDARD' }, null);
    const line = linesOf(estimateCost(b.build(), { today }), cluster.id)[0]!;
    expect(line).toMatchObject({ monthly: 438, item: expect.stringContaining('extended support') });
    expect(line.note).toMatch(/STANDARD cannot be set/);
  });

  it('prices 1.34 with STANDARD on 2026-12-06, after its standard support ended on 2026-12-02, as extended', () => {
    const { b, cluster } = clusterDesign({ version: '1.34', supportType: 'STANDARD' }, null);
    const line = linesOf(estimateCost(b.build(), { today: '2026-12-06' }), cluster.id)[0]!;
    expect(line).toMatchObject({ monthly: 438, unitPrice: 0.6 });
  });

  it("says a version newer than the calendar is newer than the app's version calendar, with its date", () => {
    const { b, cluster } = clusterDesign({ version: '1.36' }, null);
    const line = linesOf(estimateCost(b.build(), { today }), cluster.id)[0]!;
    expect(line).toMatchObject({ monthly: 73 });
    expect(line.note).toMatch(/newer than this app's version calendar \(dated 2026-08-21\)/);
  });

  it('estimates spot from the on-demand price less the editable discount', () => {
    const { b, cluster } = clusterDesign();
    const ng = b.managedNodeGroup(cluster, {
      instanceTypes: ['m5.large', 'm6i.large'],
      capacityType: 'SPOT',
      minSize: 0,
      desiredCapacity: 4,
      maxSize: 8,
    });
    const design = b.build();
    const byDefault = linesOf(estimateCost(design, { today }), ng.id)[0]!;
    expect(byDefault).toMatchObject({ unitPrice: 0.0288, monthly: roundCents(4 * 730 * 0.096 * 0.3), estimate: true });
    expect(byDefault.note).toMatch(/first of m5.large, m6i.large/);
    const halfOff = estimateCost(design, { today, assumptions: { spotDiscount: 0.5 } });
    expect(linesOf(halfOff, ng.id)[0]!.monthly).toBe(roundCents(4 * 730 * 0.096 * 0.5));
    expect(halfOff.assumptions).toEqual({ ...DEFAULT_COST_ASSUMPTIONS, spotDiscount: 0.5 });
  });

  it('counts Karpenter capacity from the editable assumption: 2 m6i.large by default, spot, unpriced types', () => {
    const { b, cluster } = clusterDesign({ addons: { nodeAutoscaler: 'karpenter' } });
    const line = linesOf(estimateCost(b.build(), { today }), cluster.id).find((l) => l.item.includes('Karpenter'));
    expect(line).toMatchObject({ quantity: 2 * 730, unitPrice: 0.096, monthly: 140.16, estimate: true });
    expect(line!.note).toMatch(/assumed 2 m6i\.large node\(s\) on average/);

    const spot = clusterDesign({
      addons: {
        nodeAutoscaler: 'karpenter',
        karpenterCapacity: { instanceType: 'm6i.xlarge', capacityType: 'SPOT', averageNodes: 4 },
      },
    });
    const spotLine = linesOf(estimateCost(spot.b.build(), { today }), spot.cluster.id).find((l) => l.item.includes('Karpenter'));
    expect(spotLine).toMatchObject({
      item: expect.stringContaining('m6i.xlarge spot'),
      quantity: 4 * 730,
      monthly: roundCents(4 * 730 * 0.192 * 0.3),
    });

    const unknown = clusterDesign({ addons: { nodeAutoscaler: 'karpenter', karpenterCapacity: { instanceType: 'zz9.huge' } } });
    const unpriced = linesOf(estimateCost(unknown.b.build(), { today }), unknown.cluster.id).find((l) =>
      l.item.includes('Karpenter'),
    );
    expect(unpriced).toMatchObject({ unpriced: true, monthly: 0 });

    const none = clusterDesign({ addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    expect(estimateCost(none.b.build(), { today }).lines.some((l) => l.item.includes('Karpenter'))).toBe(false);
  });

  it('counts an instance type with no price as 0 and says so, never guessing', () => {
    const { b, cluster } = clusterDesign();
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['x9z.huge'], minSize: 1, desiredCapacity: 2, maxSize: 2 });
    const line = linesOf(estimateCost(b.build(), { today }), ng.id)[0]!;
    expect(line).toMatchObject({ monthly: 0, unitPrice: 0, confidence: 'C', estimate: true, unpriced: true });
    expect(line.note).toBe('no price for x9z.huge in us-east-1; not counted in the total; 2 node(s) at desired size');
  });

  it('counts NAT gateways by mode, none for an existing VPC, one for the eksctl default VPC', () => {
    const count = (vpcProps: Record<string, unknown> | null, clusterProps = {}) => {
      const { b } = clusterDesign(clusterProps, vpcProps);
      const nat = estimateCost(b.build(), { today }).lines.find((l) => l.item.startsWith('NAT gateway hours'));
      return nat ? nat.quantity / 730 : 0;
    };
    expect(count({ natGateway: 'Single' })).toBe(1);
    expect(count({ natGateway: 'HighlyAvailable', azCount: 2 })).toBe(2);
    expect(count({ natGateway: 'Disable' })).toBe(0);
    expect(count({ natGateway: 'HighlyAvailable', existingVpcId: 'vpc-0123456789abcdef0' })).toBe(0);
    expect(count(null)).toBe(1);
    // A private-only endpoint keeps the NAT choice; only the fully-private setting removes the NAT gateways.
    expect(count({ natGateway: 'HighlyAvailable', azCount: 3 }, { endpointAccess: { public: false, private: true } })).toBe(3);
    expect(count({ natGateway: 'HighlyAvailable', azCount: 3 }, { fullyPrivate: true })).toBe(0);
    expect(count(null, { fullyPrivate: true })).toBe(0);
    // eksctl's IPv6 VPC takes no NAT setting and always has one NAT gateway for IPv4 egress.
    expect(count({ natGateway: 'Disable' }, { ipFamily: 'IPv6' })).toBe(1);
    expect(count({ natGateway: 'HighlyAvailable', azCount: 3 }, { ipFamily: 'IPv6' })).toBe(1);
  });

  it('a fully-private cluster pays interface endpoint hours per AZ and no internet egress', () => {
    const { b, cluster } = clusterDesign(
      { fullyPrivate: true, addons: { nodeAutoscaler: 'cluster-autoscaler', podIdentityAgent: true } },
      { natGateway: 'Disable', azCount: 2, vpcEndpoints: ['com.amazonaws.us-east-1.eks-auth'] },
    );
    const lines = linesOf(estimateCost(b.build(), { today }), cluster.id);
    expect(lines.find((l) => l.item.startsWith('Data transfer'))).toBeUndefined();
    // ec2, ecr.api, ecr.dkr, sts, autoscaling (eksctl) + eks-auth (listed) = 6 interface endpoints; s3 is a free gateway.
    const endpoints = lines.find((l) => l.item.startsWith('Interface VPC endpoints'))!;
    expect(endpoints).toMatchObject({ quantity: 6 * 2 * 730, unitPrice: 0.01, monthly: roundCents(6 * 2 * 730 * 0.01) });
    const tokyo = estimateCost(b.build(), { today, region: 'ap-northeast-1' }).lines.find((l) =>
      l.item.startsWith('Interface VPC'),
    );
    expect(tokyo?.unitPrice).toBe(0.014);
    // Not fully private: no endpoint line, internet egress priced.
    const open = clusterDesign({}, { natGateway: 'Disable' });
    const openLines = linesOf(estimateCost(open.b.build(), { today }), open.cluster.id);
    expect(openLines.some((l) => l.item.startsWith('Interface VPC'))).toBe(false);
    expect(openLines.some((l) => l.item.startsWith('Data transfer'))).toBe(true);
  });

  it('applies the NAT and data-transfer assumptions', () => {
    const { b, vpc, cluster } = clusterDesign({}, { natGateway: 'Single' });
    const estimate = estimateCost(b.build(), {
      today,
      assumptions: { natProcessedGbPerMonth: 500, dataTransferOutGbPerMonth: 1000 },
    });
    expect(linesOf(estimate, vpc!.id)[1]).toMatchObject({ quantity: 500, monthly: roundCents(500 * 0.045), estimate: true });
    const dto = linesOf(estimate, cluster.id).find((l) => l.item.startsWith('Data transfer'));
    expect(dto).toMatchObject({ quantity: 1000, monthly: 90 });
  });

  it('bills Fargate jobs for the assumed hours and leaves DaemonSets off Fargate', () => {
    const { b, cluster } = clusterDesign();
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'batch', labels: {} }] });
    const job = b.workload(cluster, { namespace: 'batch', workloadKind: 'Job', replicas: 2, cpuMillicores: 500, memoryMiB: 768 });
    const ds = b.workload(fp, { namespace: 'batch', workloadKind: 'DaemonSet', replicas: 1 });
    const estimate = estimateCost(b.build(), { today, assumptions: { jobHoursPerMonth: 100 } });
    // Selected by namespace from the cluster: 0.5 vCPU / 1 GB (768 + 256 MiB), 2 pods x 100 h.
    expect(linesOf(estimate, job.id).map((l) => l.monthly)).toEqual([
      roundCents(2 * 0.5 * 100 * 0.04048),
      roundCents(2 * 1 * 100 * 0.004445),
    ]);
    expect(linesOf(estimate, ds.id)).toEqual([]);
  });

  it('prices Cloud Map DNS namespaces with a hosted zone, HTTP ones without', () => {
    const { b, cluster } = clusterDesign();
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 1, desiredCapacity: 1, maxSize: 1 });
    const wl = b.workload(ng, { replicas: 4 });
    const dns = b.add('cloud-map', { props: { namespaceName: 'a.local', namespaceType: 'DNS_PRIVATE' } });
    const http = b.add('cloud-map', { props: { namespaceName: 'b', namespaceType: 'HTTP' } });
    b.connect(wl, dns).connect(wl, http);
    const estimate = estimateCost(b.build(), { today, assumptions: { cloudMapInstancesPerPod: 2 } });
    expect(linesOf(estimate, dns.id).map((l) => l.monthly)).toEqual([0.5, roundCents(4 * 2 * 0.1)]);
    expect(linesOf(estimate, http.id).map((l) => l.monthly)).toEqual([roundCents(4 * 2 * 0.1)]);
  });

  it('prices API Gateway requests at the HTTP or REST rate', () => {
    const { b } = clusterDesign();
    const http = b.add('api-gateway', { props: { apiType: 'HTTP', assumedRequestsMillions: 3 } });
    const rest = b.add('api-gateway', { props: { apiType: 'REST', assumedRequestsMillions: 3 } });
    const estimate = estimateCost(b.build(), { today, region: 'ap-northeast-1' });
    expect(linesOf(estimate, http.id)[0]).toMatchObject({ monthly: roundCents(3 * 1.29), confidence: 'C' });
    expect(linesOf(estimate, rest.id)[0]).toMatchObject({ monthly: roundCents(3 * 4.25), confidence: 'C' });
    expect(linesOf(estimate, rest.id)[0]!.note).toMatch(/not in the reference table/);
  });

  it('refuses an assumption it cannot use, naming it', () => {
    const design = loadTemplate('microservices').design;
    expect(() => estimateCost(design, { today, assumptions: { spotDiscount: 1.5 } })).toThrow(CostAssumptionError);
    expect(() => estimateCost(design, { today, assumptions: { natProcessedGbPerMonth: -1 } })).toThrow(/natProcessedGbPerMonth/);
    const unknown = { spotDiscont: 0.5 } as unknown as CostAssumptionsInput;
    expect(() => estimateCost(design, { today, assumptions: unknown })).toThrow(
      /unknown cost assumption spotDiscont; known: hoursPerMonth/,
    );
  });
});

// Regression (issue 12): a Spot batch group at desired size 0 cost $0 whatever jobHoursPerMonth.
describe('job capacity of a group Cluster Autoscaler scales out', () => {
  function batchDesign(autoscaler: 'cluster-autoscaler' | 'none') {
    const { b, cluster } = clusterDesign({ addons: { nodeAutoscaler: autoscaler } });
    const ng = b.managedNodeGroup(cluster, {
      instanceTypes: ['c6i.xlarge'],
      capacityType: 'SPOT',
      minSize: 0,
      desiredCapacity: 0,
      maxSize: 10,
    });
    // c6i.xlarge: 4 vCPU less 80m kube-reserved = 3.92 vCPU: three 1.2-vCPU pods a node, so 6 pods -> 2 nodes.
    b.workload(ng, { workloadKind: 'Job', replicas: 6, cpuMillicores: 1200, memoryMiB: 1024 });
    return { design: b.build(), ng };
  }

  it('prices the nodes the jobs need for jobHoursPerMonth, at the spot estimate', () => {
    const { design, ng } = batchDesign('cluster-autoscaler');
    const lines = (hours: number) => linesOf(estimateCost(design, { today, assumptions: { jobHoursPerMonth: hours } }), ng.id);
    const at100 = lines(100);
    expect(at100.map((l) => l.monthly)).toEqual([0, roundCents(2 * 100 * 0.17 * 0.3)]);
    expect(at100[1]).toMatchObject({ quantity: 200, estimate: true, unit: 'instance-hour' });
    expect(at100[1]!.note).toMatch(/2 node\(s\) Cluster Autoscaler adds .*100 h a month \(jobHoursPerMonth\)/);
    expect(lines(300)[1]!.monthly).toBe(roundCents(2 * 300 * 0.17 * 0.3));
  });

  it('adds nothing when no autoscaler can add the nodes', () => {
    const { design, ng } = batchDesign('none');
    expect(linesOf(estimateCost(design, { today }), ng.id).map((l) => l.monthly)).toEqual([0]);
  });
});
