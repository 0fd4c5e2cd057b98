import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { lbTagClusterFilter as rule } from './lb-tag-cluster-filter.js';

describe(rule.id, () => {
  it('flags a subnet tagged only for another cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const s = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public', { tags: { 'kubernetes.io/cluster/legacy': 'shared' } });
    const cluster = b.cluster(vpc, { addons: { awsLoadBalancerController: true } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [s.id, cluster.id], params: { subnet: 'subnet-1', tagged: 'legacy', cluster: 'demo-1' } },
    ]);
  });

  it('stays quiet for a cluster that places no load balancers', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public', { tags: { 'kubernetes.io/cluster/legacy': 'shared' } });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes a subnet tagged for this cluster too, and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public', {
      tags: { 'kubernetes.io/cluster/legacy': 'shared', 'kubernetes.io/cluster/demo-1': 'shared' },
    });
    b.cluster(vpc, { addons: { awsLoadBalancerController: true } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
