import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { subnetsOutsideVpc as rule } from './subnets-outside-vpc.js';

describe(rule.id, () => {
  it('flags a node group and a Fargate profile given a subnet of another VPC', () => {
    const { b, cluster, privateSubnets } = baselineBuilder();
    const otherVpc = b.vpc({ cidr: '10.9.0.0/16' });
    const foreign = b.subnet(otherVpc, 'us-east-1a', '10.9.0.0/19', 'private');
    const ng = b.managedNodeGroup(cluster, { subnetIds: [privateSubnets[0]!.id, foreign.id] });
    const fp = b.fargateProfile(cluster, { subnetIds: [foreign.id] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id, foreign.id], params: { name: ng.name, subnets: foreign.name, cluster: cluster.name } },
      { partIds: [fp.id, foreign.id], params: { name: fp.name, subnets: foreign.name, cluster: cluster.name } },
    ]);
  });

  it('passes subnets of the cluster’s own VPC', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, privateSubnets } = baselineBuilder();
    b.managedNodeGroup(cluster, { subnetIds: privateSubnets.map((s) => s.id) });
    b.fargateProfile(cluster, { subnetIds: [privateSubnets[0]!.id] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
