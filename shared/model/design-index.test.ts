import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder } from '../rules/test-support/builder.js';
import { DesignIndex, impliedSubnets, isEksctlPickedZone } from './design-index.js';

describe('DesignIndex', () => {
  it('finds parents, ancestors, children and connections', () => {
    const { b, vpc, cluster, nodeGroup, workload, alb } = baselineBuilder();
    const index = new DesignIndex(b.build());
    expect(index.clusterOf(workload)?.id).toBe(cluster.id);
    expect(index.vpcOf(workload)?.id).toBe(vpc.id);
    expect(index.childrenOfKind(vpc, 'subnet')).toHaveLength(6);
    expect(index.targetsOf(alb, 'workload').map((w) => w.id)).toEqual([workload.id]);
    expect(index.sourcesOf(workload).map((p) => p.id)).toEqual([alb.id]);
    expect(index.workloadsOf(cluster).map((w) => w.id)).toEqual([workload.id]);
    expect(index.placementOf(workload)).toEqual({ on: 'node-group', nodeGroup: index.get(nodeGroup.id) });
  });

  it('places nodes, Fargate pods and load balancers in the subnets of the right access', () => {
    const { b, nodeGroup, alb, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster);
    const index = new DesignIndex(b.build());
    expect(index.nodeGroupSubnets(index.get(nodeGroup.id, 'managed-node-group')!).map((s) => s.access)).toEqual([
      'private',
      'private',
      'private',
    ]);
    expect(index.fargateSubnets(index.get(fp.id, 'fargate-profile')!).every((s) => s.access === 'private')).toBe(true);
    expect(index.loadBalancerSubnets(index.get(alb.id, 'alb')!).map((s) => s.availabilityZone)).toEqual([
      'us-east-1a',
      'us-east-1b',
      'us-east-1c',
    ]);
  });

  it('honours explicit subnet choices', () => {
    const { b, nodeGroup, publicSubnets } = baselineBuilder();
    const design = b.build();
    const ng = design.parts.find((p) => p.id === nodeGroup.id)!;
    if (ng.kind === 'managed-node-group') ng.props.subnetIds = [publicSubnets[0]!.id];
    const index = new DesignIndex(design);
    expect(index.nodeGroupSubnets(index.get(nodeGroup.id, 'managed-node-group')!).map((s) => s.part?.id)).toEqual([
      publicSubnets[0]!.id,
    ]);
  });

  it('sends a workload in the cluster to the Fargate profile whose selector matches it', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'batch-*', labels: { tier: 'jobs' } }] });
    const matching = b.workload(cluster, { namespace: 'batch-nightly', labels: { tier: 'jobs' } });
    const other = b.workload(cluster, { namespace: 'batch-nightly' });
    const index = new DesignIndex(b.build());
    expect(index.placementOf(index.get(matching.id, 'workload')!)).toMatchObject({ on: 'fargate', profile: { id: fp.id } });
    expect(index.placementOf(index.get(other.id, 'workload')!)).toMatchObject({ on: 'cluster' });
  });

  it('implies the subnets eksctl creates for a VPC with none drawn, in stand-in zones eksctl picks (no invented AZ names)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '192.168.0.0/16', azCount: 3 });
    const cluster = b.cluster(vpc, { region: 'ap-northeast-1' });
    const index = new DesignIndex(b.build());
    expect(index.subnetsCreatedByEksctl(vpc)).toBe(true);
    const subnets = index.clusterSubnets(index.get(cluster.id, 'cluster')!);
    expect(subnets).toEqual(impliedSubnets('192.168.0.0/16', 3));
    expect(subnets.slice(0, 2)).toEqual([
      { availabilityZone: 'eksctl-picked-zone-1', cidr: '192.168.0.0/19', access: 'public' },
      { availabilityZone: 'eksctl-picked-zone-1', cidr: '192.168.96.0/19', access: 'private' },
    ]);
    expect(new Set(subnets.map((s) => s.availabilityZone)).size).toBe(3);
    expect(subnets.every((s) => isEksctlPickedZone(s.availabilityZone))).toBe(true);
    expect(subnets.some((s) => s.availabilityZone.startsWith('ap-northeast-1'))).toBe(false);
  });

  it('implies the subnets in the zones the user picked, one pair per distinct zone', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', azCount: 3, availabilityZones: ['eu-west-1a', 'eu-west-1b', 'eu-west-1b'] });
    const cluster = b.cluster(vpc, { region: 'eu-west-1' });
    const index = new DesignIndex(b.build());
    const subnets = index.clusterSubnets(index.get(cluster.id, 'cluster')!);
    expect(subnets.map((s) => `${s.access} ${s.availabilityZone} ${s.cidr}`)).toEqual([
      'public eu-west-1a 10.0.0.0/19',
      'private eu-west-1a 10.0.64.0/19',
      'public eu-west-1b 10.0.32.0/19',
      'private eu-west-1b 10.0.96.0/19',
    ]);
  });
});
