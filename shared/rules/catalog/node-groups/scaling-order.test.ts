import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { scalingOrder as rule } from './scaling-order.js';

describe(rule.id, () => {
  it('flags desired above max, min above desired and max 0', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const a = b.managedNodeGroup(cluster, { minSize: 1, desiredCapacity: 5, maxSize: 3 });
    const c = b.selfManagedNodeGroup(cluster, { minSize: 4, desiredCapacity: 2, maxSize: 6 });
    const d = b.managedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 0 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [a.id], params: { nodeGroup: a.name, min: 1, desired: 5, max: 3 } },
      { partIds: [d.id], params: { nodeGroup: d.name, min: 0, desired: 0, max: 0 } },
      { partIds: [c.id], params: { nodeGroup: c.name, min: 4, desired: 2, max: 6 } },
    ]);
  });

  it('passes ordered sizes, including a group scaled to zero with max 1', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { minSize: 0, desiredCapacity: 0, maxSize: 1 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
