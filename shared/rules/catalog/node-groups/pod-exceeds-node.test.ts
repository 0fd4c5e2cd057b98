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
});
