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
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [noNat.id], params: { cluster: noNat.name } },
      { partIds: [flagged.id], params: { cluster: flagged.name } },
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

  it('passes an IPv6 cluster in a VPC eksctl creates: eksctl gives it a NAT gateway whatever the VPC part says', () => {
    const b = new DesignBuilder();
    const v6 = b.cluster(b.vpc({ natGateway: 'Disable' }), { ipFamily: 'IPv6', addons: { awsLoadBalancerController: true } });
    b.managedNodeGroup(v6);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
