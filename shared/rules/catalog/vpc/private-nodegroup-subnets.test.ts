import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateNodegroupSubnets as rule } from './private-nodegroup-subnets.js';

function design(privateNetworking: boolean) {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
  b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'public');
  b.subnet(vpc, 'us-east-1a', '10.0.64.0/19', 'private');
  const cluster = b.cluster(vpc);
  const ng = b.managedNodeGroup(cluster, { privateNetworking });
  return { b, cluster, ng };
}

describe(rule.id, () => {
  it('flags a private node group in a cluster with one private subnet', () => {
    const { b, cluster, ng } = design(true);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id, cluster.id], params: { nodeGroup: 'managed-node-group-1', cluster: 'demo-1', count: 1 } },
    ]);
  });

  it('passes a public node group and the baseline', () => {
    expect(runRule(rule, design(false).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('accepts one private subnet for a control plane on Outposts (eksctl OutpostsMinRequiredSubnets = 1)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-1234' });
    b.subnet(vpc, 'us-west-2a', '10.0.0.0/24', 'private');
    const arn = 'arn:aws:outposts:us-west-2:111122223333:outpost/op-1234';
    const cluster = b.cluster(vpc, { region: 'us-west-2', extra: { outpost: { controlPlaneOutpostARN: arn } } });
    b.selfManagedNodeGroup(cluster, { privateNetworking: true });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
