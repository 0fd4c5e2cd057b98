/** A fully-private cluster in a VPC eksctl builds, with a public subnet, an internet-facing ALB and an on-premises network. */
import { DesignBuilder } from './builder.js';

export function privateDesign(opts: { existing?: boolean } = {}) {
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
