import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { vpcCidrPrefix as rule } from './vpc-cidr-prefix.js';

describe(rule.id, () => {
  it('flags a /25 VPC that eksctl would lay out', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/25' });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { vpc: 'vpc-1', cidr: '10.0.0.0/25' } }]);
  });

  it('flags a /25 with drawn subnets too: eksctl creates them and splits the CIDR all the same', () => {
    const b = new DesignBuilder();
    const drawn = b.vpc({ cidr: '10.1.0.0/25' });
    b.subnet(drawn, 'us-east-1a', '10.1.0.0/26', 'private');
    b.cluster(drawn);
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[drawn.id]]);
  });

  it('passes a /24, a /25 of existing subnets, a VPC without a cluster and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ cidr: '10.0.0.0/24' }));
    const existing = b.vpc({ cidr: '10.1.0.0/25', existingVpcId: 'vpc-0abc' });
    b.subnet(existing, 'us-east-1a', '10.1.0.0/26', 'private', { existingSubnetId: 'subnet-0aaa' });
    b.cluster(existing);
    b.vpc({ cidr: '10.2.0.0/25' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
