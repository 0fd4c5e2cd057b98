import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { karpenterDiscovery as rule } from './karpenter-discovery.js';

function karpenterOnExistingSubnets() {
  const built = baselineBuilder();
  built.cluster.props.addons.nodeAutoscaler = 'karpenter';
  built.privateSubnets.forEach((s, i) => (s.props.existingSubnetId = `subnet-0000000000000000${i}`));
  return built;
}

describe(rule.id, () => {
  it('flags Karpenter when every private subnet exists already and none is tagged', () => {
    const { b, cluster, privateSubnets } = karpenterOnExistingSubnets();
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [cluster.id, ...privateSubnets.map((s) => s.id)],
        params: { cluster: cluster.name, subnets: privateSubnets.map((s) => s.name).join(', ') },
      },
    ]);
  });

  it('passes a tagged existing subnet, subnets eksctl creates, and the baseline', () => {
    const tagged = karpenterOnExistingSubnets();
    tagged.privateSubnets[1]!.props.tags = { 'karpenter.sh/discovery': tagged.cluster.name };
    expect(runRule(rule, tagged.b.build())).toEqual([]);
    const created = baselineBuilder();
    created.cluster.props.addons.nodeAutoscaler = 'karpenter';
    expect(runRule(rule, created.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
