import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterLbc as rule } from './private-cluster-lbc.js';

describe(rule.id, () => {
  it('flags the controller in a VPC without NAT and in an eksctl private cluster', () => {
    const b = new DesignBuilder();
    const noNat = b.cluster(b.vpc({ natGateway: 'Disable' }), { addons: { awsLoadBalancerController: true } }, 'a');
    b.managedNodeGroup(noNat);
    const flagged = b.cluster(b.vpc({ cidr: '10.1.0.0/16' }), {
      addons: { awsLoadBalancerController: true },
      extra: { privateCluster: { enabled: true } },
    });
    expect(runRule(rule, b.build()).map((f) => [f.partIds, f.params?.['cluster']])).toEqual([
      [[noNat.id], noNat.name],
      [[flagged.id], flagged.name],
    ]);
  });

  it('passes NAT egress, public node groups, and clusters without the controller', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const publicNodes = b.cluster(b.vpc({ natGateway: 'Disable' }), { addons: { awsLoadBalancerController: true } });
    b.managedNodeGroup(publicNodes, { privateNetworking: false });
    b.cluster(b.vpc({ natGateway: 'Disable' }));
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes a VPC eksctl creates with NAT, drawn without an internet gateway: eksctl adds one', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single', internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.128.0/19', 'private');
    b.managedNodeGroup(b.cluster(vpc, { addons: { awsLoadBalancerController: true } }), { privateNetworking: true });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes an IPv6 cluster in a VPC eksctl creates: eksctl gives it a NAT gateway whatever the VPC part says', () => {
    const b = new DesignBuilder();
    const v6 = b.cluster(b.vpc({ natGateway: 'Disable' }), { ipFamily: 'IPv6', addons: { awsLoadBalancerController: true } });
    b.managedNodeGroup(v6);
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('flags a fully-private cluster in an existing VPC too: the bundle assumes no egress there, and the message says so', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0', natGateway: null, internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.96.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    const cluster = b.cluster(vpc, {
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
      addons: { awsLoadBalancerController: true },
    });
    b.managedNodeGroup(cluster, { privateNetworking: true });
    expect(runRule(rule, b.build()).map((f) => f.partIds)).toEqual([[cluster.id]]);
    expect(rule.text.en.message).toContain('the bundle assumes it does not');
  });
});
