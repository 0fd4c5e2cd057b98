import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterExistingVpcSubnets as rule } from './private-cluster-existing-vpc-subnets.js';

describe(rule.id, () => {
  it('flags a fully-private cluster in an existing VPC with only public subnets', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/24', 'public', { existingSubnetId: 'subnet-0a' });
    b.subnet(vpc, 'us-east-1b', '10.0.1.0/24', 'public', { existingSubnetId: 'subnet-0b' });
    b.cluster(vpc, { fullyPrivate: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id], params: { cluster: 'demo-1', path: 'vpc.subnets' }, configPath: 'vpc.subnets' },
    ]);
  });

  it('passes with private subnets, with an eksctl-built VPC, and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/24', 'private', { existingSubnetId: 'subnet-0a' });
    b.subnet(vpc, 'us-east-1b', '10.0.1.0/24', 'private', { existingSubnetId: 'subnet-0b' });
    b.cluster(vpc, { fullyPrivate: true });
    b.cluster(b.vpc(), { fullyPrivate: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
