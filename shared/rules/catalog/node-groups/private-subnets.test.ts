import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateSubnets as rule } from './private-subnets.js';

describe(rule.id, () => {
  it('flags a node group without private networking, naming the public subnets it lands in', () => {
    const { b, cluster, publicSubnets } = baselineBuilder();
    const ng = b.managedNodeGroup(cluster, { privateNetworking: false });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id, ...publicSubnets.map((s) => s.id)], params: { nodeGroup: ng.name } },
    ]);
  });

  it('flags a public subnet picked explicitly, and public networking in an eksctl-made VPC', () => {
    const { b, cluster, publicSubnets, privateSubnets: priv } = baselineBuilder();
    const ng = b.managedNodeGroup(cluster, { subnetIds: [priv[0]!.id, publicSubnets[1]!.id] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id, publicSubnets[1]!.id], params: { nodeGroup: ng.name } }]);
    const b2 = new DesignBuilder();
    const ng2 = b2.selfManagedNodeGroup(b2.cluster(b2.vpc()), { privateNetworking: false });
    expect(runRule(rule, b2.build())).toEqual([{ partIds: [ng2.id], params: { nodeGroup: ng2.name } }]);
  });

  it('passes node groups in private subnets', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
