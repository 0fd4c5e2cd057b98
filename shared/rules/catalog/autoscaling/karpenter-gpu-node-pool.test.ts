import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { karpenterGpuNodePool as rule } from './karpenter-gpu-node-pool.js';

const karpenter = (instanceType: string) => ({
  addons: {
    nodeAutoscaler: 'karpenter' as const,
    karpenterCapacity: { instanceType, capacityType: 'ON_DEMAND' as const, averageNodes: 2 },
  },
});

describe(rule.id, () => {
  it('flags a GPU workload whose Karpenter NodePool launches a family without GPUs (the default m6i)', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), karpenter('m6i.large'));
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    const infer = b.workload(cluster, { gpus: 1 });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [infer.id, cluster.id],
        params: { workload: infer.name, gpus: 1, cluster: cluster.name, family: 'm6i', instanceType: 'm6i.large', available: 0 },
      },
    ]);
  });

  it('measures the family, not the one type: g5.xlarge has 1 GPU, g5.48xlarge 8', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), karpenter('g5.xlarge'));
    b.workload(cluster, { gpus: 4 });
    expect(runRule(rule, b.build())).toEqual([]);
    const over = new DesignBuilder();
    const c2 = over.cluster(over.vpc(), karpenter('g5.xlarge'));
    over.workload(c2, { gpus: 16 });
    expect(runRule(rule, over.build())).toHaveLength(1);
  });

  it('passes when a node group of the cluster has the GPUs, an unknown type, or a workload in a group', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), karpenter('m6i.large'));
    b.managedNodeGroup(cluster, { instanceTypes: ['g5.2xlarge'] });
    b.workload(cluster, { gpus: 1 });
    const unknown = b.cluster(b.vpc(), karpenter('x99.large'), 'u');
    b.workload(unknown, { gpus: 1 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
