import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { subnetInsideVpcNoOverlap as rule } from './subnet-inside-vpc-no-overlap.js';

describe(rule.id, () => {
  it('flags a subnet outside the VPC and two overlapping subnets', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    const s2 = b.subnet(vpc, 'us-east-1b', '10.0.16.0/20', 'private');
    const s3 = b.subnet(vpc, 'us-east-1c', '10.1.0.0/24', 'private');
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [s3.id, vpc.id], params: { subnet: 'subnet-3', cidr: '10.1.0.0/24', other: 'vpc-1', otherCidr: '10.0.0.0/16' } },
      {
        partIds: [s2.id, s1.id],
        params: { subnet: 'subnet-2', cidr: '10.0.16.0/20', other: 'subnet-1', otherCidr: '10.0.0.0/19' },
      },
    ]);
  });

  it('accepts subnets in a secondary CIDR and existing subnets it cannot place', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', extra: { extraCIDRs: ['100.64.0.0/16'] } });
    b.subnet(vpc, 'us-east-1a', '100.64.0.0/18', 'private');
    b.subnet(vpc, 'us-east-1b', '172.31.0.0/20', 'private', { existingSubnetId: 'subnet-0abc' });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('accepts subnets of an existing VPC given by AZ and CIDR only, but not overlapping ones', () => {
    const b = new DesignBuilder();
    // The import of `vpc: {id, subnets}` without `vpc.cidr` cannot know the VPC's CIDR.
    const vpc = b.vpc({ cidr: '192.168.0.0/16', existingVpcId: 'vpc-0123456789abcdef0' });
    b.subnet(vpc, 'eu-west-1a', '10.0.0.0/19', 'private');
    const s2 = b.subnet(vpc, 'eu-west-1b', '10.0.32.0/19', 'private');
    const s3 = b.subnet(vpc, 'eu-west-1b', '10.0.32.0/22', 'public');
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [s3.id, s2.id],
        params: { subnet: 'subnet-3', cidr: '10.0.32.0/22', other: 'subnet-2', otherCidr: '10.0.32.0/19' },
      },
    ]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
