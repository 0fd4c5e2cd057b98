import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { eksctlVpcPerCluster as rule } from './eksctl-vpc-per-cluster.js';

describe(rule.id, () => {
  it('passes one cluster per VPC', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('warns when two clusters are drawn in one VPC that eksctl creates', () => {
    const { b, vpc, cluster } = baselineBuilder();
    const staging = b.cluster(vpc, { region: 'us-east-1', version: '1.35' }, 'staging');
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id, cluster.id, staging.id],
        params: { vpc: vpc.name, clusters: `${cluster.name}, staging`, cidr: '10.0.0.0/16' },
      },
    ]);
  });

  it('passes clusters sharing an existing VPC', () => {
    const { b, vpc } = baselineBuilder();
    vpc.props.existingVpcId = 'vpc-0abc1234def567890';
    b.cluster(vpc, { region: 'us-east-1', version: '1.35' }, 'staging');
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes clusters sharing an existing VPC known only from its subnets ids (eksctl finds the VPC from them)', () => {
    const { b, vpc, publicSubnets, privateSubnets } = baselineBuilder();
    for (const [i, s] of [...publicSubnets, ...privateSubnets].entries())
      s.props.existingSubnetId = `subnet-0a1b2c3d4e5f6000${i}`;
    b.cluster(vpc, { region: 'us-east-1', version: '1.35' }, 'staging');
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
