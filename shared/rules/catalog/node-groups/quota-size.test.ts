import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { quotaSize as rule } from './quota-size.js';

describe(rule.id, () => {
  it('flags a managed node group of up to 451 nodes', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), { minSize: 1, desiredCapacity: 1, maxSize: 451 });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { name: ng.name, count: 451, limit: 450 } }]);
  });

  it('flags a cluster with 31 managed node groups', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    for (let i = 0; i < 31; i++) b.managedNodeGroup(cluster);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { name: cluster.name, count: 31, limit: 30 } }]);
  });

  it('passes 450 nodes and 30 managed node groups; self-managed groups do not count', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.managedNodeGroup(cluster, { minSize: 1, desiredCapacity: 1, maxSize: 450 });
    for (let i = 0; i < 29; i++) b.managedNodeGroup(cluster);
    b.selfManagedNodeGroup(cluster, { minSize: 1, desiredCapacity: 1, maxSize: 1000 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
