import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { caNotApplicable as rule } from './ca-not-applicable.js';

describe(rule.id, () => {
  it('flags Cluster Autoscaler in a Fargate-only cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    b.fargateProfile(cluster);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name } }]);
  });

  it('passes Cluster Autoscaler with node groups and Karpenter with Fargate only', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.fargateProfile(b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter' } }));
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
