import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { karpenterControllerPlacement as rule } from './karpenter-controller-placement.js';

function karpenterCluster() {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter' } });
  return { b, cluster };
}

describe(rule.id, () => {
  it('flags Karpenter with only an empty node group and a Fargate profile for other namespaces', () => {
    const { b, cluster } = karpenterCluster();
    b.managedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 3 });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'default' }, { namespace: 'karpenter', labels: { team: 'x' } }] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name } }]);
  });

  it('passes a Fargate profile for karpenter (also by wildcard) or a running node group', () => {
    const fp = karpenterCluster();
    fp.b.fargateProfile(fp.cluster, { selectors: [{ namespace: 'karp*' }] });
    expect(runRule(rule, fp.b.build())).toEqual([]);
    const ng = karpenterCluster();
    ng.b.managedNodeGroup(ng.cluster, { minSize: 2, desiredCapacity: 2, maxSize: 2 });
    expect(runRule(rule, ng.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
