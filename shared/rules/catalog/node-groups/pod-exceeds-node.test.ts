import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { podExceedsNode as rule } from './pod-exceeds-node.js';

describe(rule.id, () => {
  it('flags a pod that asks for more than a node can allocate, even with an autoscaler', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], minSize: 1, desiredCapacity: 1, maxSize: 10 });
    const w = b.workload(ng, { replicas: 1, cpuMillicores: 2000, memoryMiB: 1024 });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [w.id, ng.id],
        params: {
          workload: w.name,
          nodeGroup: ng.name,
          cpu: 2,
          memory: 1,
          instanceType: 'm6i.large',
          nodeCpu: 1.9,
          nodeMemory: 7.3,
        },
      },
    ]);
  });

  it('passes pods that fit one node, and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      instanceTypes: ['m6i.large'],
      minSize: 1,
      desiredCapacity: 1,
      maxSize: 1,
    });
    b.workload(ng, { replicas: 1, cpuMillicores: 1900, memoryMiB: 7000 });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  // s15: EKS launches a managed group's On-Demand nodes by the order of its instance types ("prioritized"), and the
  // Cluster Autoscaler plans with the first one; Spot nodes may be any of them.
  function mixed(instanceTypes: string[], capacityType: 'ON_DEMAND' | 'SPOT', memoryMiB: number) {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      instanceTypes,
      capacityType,
      minSize: 1,
      desiredCapacity: 2,
      maxSize: 4,
    });
    const w = b.workload(ng, { replicas: 1, cpuMillicores: 500, memoryMiB });
    return { design: b.build(), ng, w };
  }

  it('passes an On-Demand pod that fits the first (launched) type though not a smaller one listed after it', () => {
    expect(runRule(rule, mixed(['m6i.xlarge', 'm6i.large'], 'ON_DEMAND', 10240).design)).toEqual([]);
  });

  it('flags an On-Demand pod that fits only a type listed after the first, naming the first', () => {
    const { design, w, ng } = mixed(['m6i.large', 'm6i.xlarge'], 'ON_DEMAND', 10240);
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [w.id, ng.id],
        params: expect.objectContaining({ instanceType: 'm6i.large', nodeMemory: 7.3 }) as unknown,
      },
    ]);
  });

  it('passes a Spot pod that fits any of the types, and flags one that fits none with the roomiest type', () => {
    expect(runRule(rule, mixed(['m6i.large', 'm6i.xlarge'], 'SPOT', 10240).design)).toEqual([]);
    const { design } = mixed(['m6i.large', 'm6i.xlarge'], 'SPOT', 20480);
    expect(runRule(rule, design)).toEqual([
      expect.objectContaining({ params: expect.objectContaining({ instanceType: 'm6i.xlarge' }) as unknown }),
    ]);
  });
});
