import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { caUniformInstanceSizes as rule } from './ca-uniform-instance-sizes.js';

describe(rule.id, () => {
  it('flags mixed sizes in a node group scaled by Cluster Autoscaler', () => {
    const { b, cluster } = baselineBuilder();
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'm6i.xlarge'] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, types: 'm6i.large 2 vCPU 8 GiB, m6i.xlarge 4 vCPU 16 GiB' } },
    ]);
  });

  it('passes same-shape types, and mixed sizes without Cluster Autoscaler', () => {
    const { b, cluster } = baselineBuilder();
    b.managedNodeGroup(cluster, { instanceTypes: ['m5.large', 'm6i.large', 'm7i.large'] });
    expect(runRule(rule, b.build())).toEqual([]);
    const b2 = new DesignBuilder();
    b2.managedNodeGroup(b2.cluster(b2.vpc(), { addons: { nodeAutoscaler: 'karpenter' } }), {
      instanceTypes: ['m6i.large', 'm6i.xlarge'],
    });
    expect(runRule(rule, b2.build())).toEqual([]);
  });
});
