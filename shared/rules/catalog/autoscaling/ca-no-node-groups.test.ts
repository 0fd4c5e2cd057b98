import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { caNoNodeGroups as rule } from './ca-no-node-groups.js';

describe(rule.id, () => {
  it('flags Cluster Autoscaler on a Fargate-only cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    const fp = b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, fp.id], params: { cluster: cluster.name } }]);
  });

  it('passes a cluster with a node group, and Karpenter on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter' } });
    b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
