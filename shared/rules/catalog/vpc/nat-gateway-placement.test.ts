import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { natGatewayPlacement as rule } from './nat-gateway-placement.js';

describe(rule.id, () => {
  it('flags a NAT gateway in a VPC with private subnets only', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { vpc: 'vpc-1', mode: 'Single' } }]);
  });

  it('flags a NAT gateway in a VPC without an internet gateway', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'HighlyAvailable', internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { vpc: 'vpc-1', mode: 'HighlyAvailable' } }]);
  });

  it('passes a disabled NAT gateway, eksctl-laid-out VPCs, NAT settings eksctl never sees, and the baseline', () => {
    const b = new DesignBuilder();
    const privateOnly = (props: Parameters<DesignBuilder['vpc']>[0], cluster: Parameters<DesignBuilder['cluster']>[1] = {}) => {
      const vpc = b.vpc(props);
      b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
      b.cluster(vpc, cluster);
    };
    privateOnly({ natGateway: 'Disable' });
    privateOnly({ existingVpcId: 'vpc-0abc' });
    // An existing VPC named only by its subnets' ids (no vpc.id): eksctl builds no NAT gateway there either.
    const bySubnetIds = b.vpc({ natGateway: 'Single', cidr: '' });
    b.subnet(bySubnetIds, 'us-east-1a', '', 'private', { existingSubnetId: 'subnet-0a1b2c3d4e5f60001' });
    b.cluster(bySubnetIds);
    privateOnly({}, { ipFamily: 'IPv6' });
    privateOnly({ natGateway: 'Disable' }, { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } });
    privateOnly({}); // control: the same layout for an IPv4 cluster with a public endpoint is flagged
    b.cluster(b.vpc({ internetGateway: false }));
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([['vpc-6']]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
