import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { cidrFormat as rule } from './cidr-format.js';

describe(rule.id, () => {
  it('flags every CIDR field eksctl cannot parse', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.1/16' });
    const subnet = b.subnet(vpc, 'us-east-1a', 'ten-dot-zero', 'private');
    const cluster = b.cluster(vpc, {
      serviceIpv4Cidr: '10.100.0.0',
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24', '1.2.3.4/33'] },
    });
    const net = b.add('on-prem-network', { props: { remoteNodeCidrs: ['172.16.0.0/18'], remotePodCidrs: ['172.16.64.0/40'] } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id], params: { name: 'vpc-1', field: 'vpc.cidr', value: '10.0.0.1/16' } },
      { partIds: [subnet.id], params: { name: 'subnet-1', field: 'vpc.subnets.cidr', value: 'ten-dot-zero' } },
      {
        partIds: [cluster.id],
        params: { name: 'demo-1', field: 'kubernetesNetworkConfig.serviceIPv4CIDR', value: '10.100.0.0' },
      },
      {
        partIds: [net.id],
        params: { name: 'on-prem-network-1', field: 'remoteNetworkConfig.remotePodNetworks', value: '172.16.64.0/40' },
      },
    ]);
  });

  it('leaves vpc.publicAccessCIDRs to eksctl.vpc-cidr-lists: eksctl parses it as Go does, IPv6 and host bits included', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), {
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.5/24', '2001:db8::/48'] },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('leaves alone existing VPCs given only by id and subnets without a CIDR (the file gives eksctl none to parse)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '', existingVpcId: 'vpc-0abc' });
    b.subnet(vpc, 'us-east-1a', '', 'private', { existingSubnetId: 'subnet-0a' });
    // eksctl's vpc-subnet-settings page: "a subnet in that AZ will be chosen from the VPC".
    b.subnet(vpc, 'us-east-1b', '', 'private');
    const built = b.vpc({ cidr: '' });
    b.subnet(built, 'us-east-1a', '', 'private');
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[built.id]]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
