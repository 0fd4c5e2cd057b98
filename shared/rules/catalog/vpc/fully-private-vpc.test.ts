import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { fullyPrivateInternetLb, fullyPrivateVpcHybrid, fullyPrivateVpcPublicSubnets } from './fully-private-vpc.js';

function privateDesign(opts: { existing?: boolean } = {}) {
  const b = new DesignBuilder();
  const vpc = b.vpc({ natGateway: 'Disable', ...(opts.existing ? { existingVpcId: 'vpc-0123456789abcdef0' } : {}) });
  const id = (s: string) => (opts.existing ? { existingSubnetId: s } : {});
  const pub = b.subnet(vpc, 'us-east-1a', '10.0.0.0/20', 'public', id('subnet-0a'));
  b.subnet(vpc, 'us-east-1a', '10.0.64.0/20', 'private', id('subnet-0b'));
  b.subnet(vpc, 'us-east-1b', '10.0.80.0/20', 'private', id('subnet-0c'));
  const cluster = b.cluster(vpc, { region: 'us-east-1', fullyPrivate: true, addons: { awsLoadBalancerController: true } });
  const ng = b.managedNodeGroup(cluster, { privateNetworking: true });
  const workload = b.workload(ng);
  const alb = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing' } });
  b.connect(alb, workload);
  const net = b.add('on-prem-network', { name: 'dc', props: { remoteNodeCidrs: ['172.16.0.0/18'], vpcGatewayId: 'tgw-0123' } });
  b.connect(net, vpc);
  return { b, vpc, pub, cluster, alb, net };
}

describe(fullyPrivateVpcPublicSubnets.id, () => {
  it('flags a public subnet eksctl would not create in its fully-private VPC', () => {
    const { b, pub, cluster } = privateDesign();
    expect(runRule(fullyPrivateVpcPublicSubnets, b.build())).toEqual([
      { partIds: [pub.id, cluster.id], params: { cluster: 'demo-1', vpc: 'vpc-1', subnet: 'subnet-1' } },
    ]);
  });
  it('passes an existing VPC, and the baseline', () => {
    expect(runRule(fullyPrivateVpcPublicSubnets, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateVpcPublicSubnets, baselineBuilder().b.build())).toEqual([]);
  });
});

describe(fullyPrivateInternetLb.id, () => {
  it('flags an internet-facing load balancer of a fully-private cluster in an eksctl-built VPC', () => {
    const { b, alb, cluster } = privateDesign();
    expect(runRule(fullyPrivateInternetLb, b.build())).toEqual([
      { partIds: [alb.id, cluster.id], params: { lb: 'alb-1', cluster: 'demo-1' } },
    ]);
  });
  it('passes an internal one, an existing VPC, and the baseline', () => {
    const { b, alb } = privateDesign();
    alb.props.scheme = 'internal';
    expect(runRule(fullyPrivateInternetLb, b.build())).toEqual([]);
    expect(runRule(fullyPrivateInternetLb, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateInternetLb, baselineBuilder().b.build())).toEqual([]);
  });
});

describe(fullyPrivateVpcHybrid.id, () => {
  it('flags an on-premises network whose routes eksctl would not build', () => {
    const { b, net, cluster, vpc } = privateDesign();
    expect(runRule(fullyPrivateVpcHybrid, b.build())).toEqual([
      { partIds: [net.id, cluster.id, vpc.id], params: { cluster: 'demo-1', vpc: 'vpc-1', network: 'dc' } },
    ]);
  });
  it('passes an existing VPC, and the baseline', () => {
    expect(runRule(fullyPrivateVpcHybrid, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateVpcHybrid, baselineBuilder().b.build())).toEqual([]);
  });
});
