import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { existingVpcSubnets as rule } from './existing-vpc-subnets.js';

describe(rule.id, () => {
  it('flags an existing VPC with a cluster but no subnets', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0abc' });
    const cluster = b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id, cluster.id], params: { vpc: 'vpc-1', vpcId: 'vpc-0abc' } }]);
  });

  it('passes an existing VPC with subnets, a new VPC without them, and the baseline', () => {
    const b = new DesignBuilder();
    const existing = b.vpc({ existingVpcId: 'vpc-0abc' });
    b.subnet(existing, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0a' });
    b.cluster(existing);
    b.cluster(b.vpc());
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
