import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { natGatewayPlacement as rule } from './nat-gateway-placement.js';

describe(rule.id, () => {
  it('flags a NAT gateway in a VPC with private subnets only', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { vpc: 'vpc-1', mode: 'Single' } }]);
  });

  it('flags a NAT gateway in a VPC without an internet gateway', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'HighlyAvailable', internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { vpc: 'vpc-1', mode: 'HighlyAvailable' } }]);
  });

  it('passes a disabled NAT gateway, eksctl-laid-out VPCs and the baseline', () => {
    const b = new DesignBuilder();
    b.subnet(b.vpc({ natGateway: 'Disable' }), 'us-east-1a', '10.0.0.0/19', 'private');
    b.cluster(b.vpc({ internetGateway: false }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
