import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';
import { corednsSpotOnly as rule } from './coredns-spot-only.js';

const SPOT = { capacityType: 'SPOT' as const, instanceTypes: ['m6i.large', 'm7i.large'] };

function spotCluster(clusterProps: Parameters<DesignBuilder['cluster']>[1] = {}) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), clusterProps);
  const a = b.managedNodeGroup(cluster, SPOT);
  const c = b.selfManagedNodeGroup(cluster, SPOT);
  return { b, cluster, a, c };
}

describe(rule.id, () => {
  it('warns when every Linux node group is Spot, a Windows On-Demand group beside them or not', () => {
    expect(rule.severity).toBe('warning');
    const { b, cluster, a, c } = spotCluster();
    b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer', instanceTypes: ['m6i.large'] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, a.id, c.id], params: { cluster: cluster.name, nodeGroups: `${a.name}, ${c.name}` } },
    ]);
    const spotKarpenter = spotCluster({
      addons: {
        nodeAutoscaler: 'karpenter',
        karpenterCapacity: { instanceType: 'm6i.large', capacityType: 'SPOT', averageNodes: 2 },
      },
    });
    expect(runRule(rule, spotKarpenter.b.build())).toHaveLength(1);
  });

  it('passes an On-Demand group, a self-managed group with an On-Demand base, On-Demand Karpenter, Fargate for CoreDNS, hybrid nodes', () => {
    const withOnDemand = spotCluster();
    withOnDemand.b.managedNodeGroup(withOnDemand.cluster, { instanceTypes: ['t3.medium'] });
    expect(runRule(rule, withOnDemand.b.build())).toEqual([]);

    const base = new DesignBuilder();
    const baseCluster = base.cluster(base.vpc());
    base.selfManagedNodeGroup(baseCluster, {
      ...SPOT,
      extra: { instancesDistribution: { onDemandBaseCapacity: 1, onDemandPercentageAboveBaseCapacity: 0 } },
    });
    expect(runRule(rule, base.build())).toEqual([]);

    const karpenter = spotCluster({ addons: { nodeAutoscaler: 'karpenter' } });
    expect(runRule(rule, karpenter.b.build())).toEqual([]);

    const fargate = spotCluster();
    fargate.b.fargateProfile(fargate.cluster, { selectors: [{ namespace: 'kube-system' }] });
    expect(runRule(rule, fargate.b.build())).toEqual([]);

    const hybrid = hybridDesign({ cloudNodes: false });
    hybrid.b.managedNodeGroup(hybrid.cluster, SPOT);
    expect(runRule(rule, hybrid.b.build())).toEqual([]);
  });

  it('passes a cluster without CoreDNS, one without node groups, and the baseline', () => {
    expect(runRule(rule, spotCluster({ addons: { coreDns: false } }).b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.cluster(b.vpc());
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
