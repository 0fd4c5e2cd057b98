import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { clusterSubnetsTwoAzs as rule } from './cluster-subnets-two-azs.js';

describe(rule.id, () => {
  it('flags a cluster whose subnets are all in one AZ', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    const s2 = b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'public');
    const cluster = b.cluster(vpc);
    const findings = runRule(rule, b.build());
    expect(findings).toEqual([{ partIds: [cluster.id, s1.id, s2.id], params: { cluster: cluster.name, count: 1 } }]);
  });

  it('flags a VPC that eksctl lays out in a single AZ', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc({ azCount: 1 }));
    expect(runRule(rule, b.build()).map((f) => f.partIds[0])).toEqual([cluster.id]);
  });

  it('does not guess about existing subnets given only by id', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    b.subnet(vpc, '', '', 'private', { existingSubnetId: 'subnet-0a' });
    b.subnet(vpc, '', '', 'private', { existingSubnetId: 'subnet-0b' });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes subnets in three AZs and an eksctl VPC with its default three AZs', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.cluster(b.vpc());
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
