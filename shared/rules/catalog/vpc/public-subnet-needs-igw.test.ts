import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { publicSubnetNeedsIgw as rule } from './public-subnet-needs-igw.js';

describe(rule.id, () => {
  it('flags public subnets in a VPC without an internet gateway', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ internetGateway: false });
    const pub = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    expect(runRule(rule, b.build())).toEqual([{ partIds: [pub.id, vpc.id], params: { vpc: 'vpc-1', subnets: 'subnet-1' } }]);
  });

  it('passes private-only VPCs without a gateway, eksctl-laid-out VPCs and the baseline', () => {
    const b = new DesignBuilder();
    b.subnet(b.vpc({ internetGateway: false }), 'us-east-1a', '10.0.0.0/19', 'private');
    b.cluster(b.vpc({ internetGateway: false }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
