import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { karpenterDiscovery as rule, karpenterSubnetIds } from './karpenter-discovery.js';
import { DesignIndex } from '../../../model/design-index.js';

function karpenterOnExistingSubnets() {
  const built = baselineBuilder();
  built.cluster.props.addons.nodeAutoscaler = 'karpenter';
  built.privateSubnets.forEach((s, i) => (s.props.existingSubnetId = `subnet-0000000000000000${i}`));
  return built;
}

/** Karpenter in an existing VPC whose private subnets the design names by zone and CIDR only, without ids. */
function karpenterInExistingVpcWithoutIds() {
  const built = baselineBuilder();
  built.cluster.props.addons.nodeAutoscaler = 'karpenter';
  built.vpc.props.existingVpcId = 'vpc-0123456789abcdef0';
  return built;
}

describe(rule.id, () => {
  it('flags Karpenter when the private subnets already exist untagged and the design lacks their ids', () => {
    const { b, cluster, privateSubnets } = karpenterInExistingVpcWithoutIds();
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, ...privateSubnets.map((s) => s.id)],
        params: { cluster: cluster.name, subnets: privateSubnets.map((s) => s.name).join(', ') },
      },
    ]);
  });

  it('passes existing subnets with ids, which the EC2NodeClass selects by id', () => {
    const { b, cluster, privateSubnets } = karpenterOnExistingSubnets();
    const design = b.build();
    expect(runRule(rule, design)).toEqual([]);
    expect(karpenterSubnetIds(new DesignIndex(design), cluster)).toEqual(privateSubnets.map((s) => s.props.existingSubnetId));
  });

  it('passes a tagged existing subnet, subnets eksctl creates, and the baseline', () => {
    const tagged = karpenterInExistingVpcWithoutIds();
    tagged.privateSubnets[1]!.props.tags = { 'karpenter.sh/discovery': tagged.cluster.name };
    expect(runRule(rule, tagged.b.build())).toEqual([]);
    const created = baselineBuilder();
    created.cluster.props.addons.nodeAutoscaler = 'karpenter';
    expect(runRule(rule, created.b.build())).toEqual([]);
    expect(karpenterSubnetIds(new DesignIndex(created.b.build()), created.cluster)).toBeUndefined();
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
