import { describe, expect, it } from 'vitest';
import { DesignIndex } from '../../../model/design-index.js';
import { baselineBuilder, DesignBuilder } from '../../test-support/builder.js';
import { clusterWithoutEgress, computeHasEgress, eksctlFullyPrivate, missingEndpoints, workloadHasEgress } from './egress.js';

describe('egress', () => {
  it('gives private subnets egress through a NAT gateway and takes it away without one', () => {
    const { b, vpc, cluster, nodeGroup, workload } = baselineBuilder();
    const withNat = new DesignIndex(b.build());
    expect(computeHasEgress(withNat, withNat.get(nodeGroup.id, 'managed-node-group')!)).toBe(true);
    expect(clusterWithoutEgress(withNat, withNat.get(cluster.id, 'cluster')!)).toBe(false);
    vpc.props.natGateway = 'Disable';
    const noNat = new DesignIndex(b.build());
    expect(clusterWithoutEgress(noNat, noNat.get(cluster.id, 'cluster')!)).toBe(true);
    expect(workloadHasEgress(noNat, noNat.get(workload.id, 'workload')!)).toBe(false);
  });

  it('lets nodes with public IPs in public subnets out only through an internet gateway', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable', internetGateway: false });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    const cluster = b.cluster(vpc);
    const ng = b.managedNodeGroup(cluster, { privateNetworking: false });
    const fp = b.fargateProfile(cluster);
    // Subnets drawn without ids: eksctl lays them out in a VPC it creates, with its internet gateway.
    let index = new DesignIndex(b.build());
    expect(computeHasEgress(index, index.get(ng.id, 'managed-node-group')!)).toBe(true);
    // An existing VPC has the gateway it is drawn with.
    vpc.props.existingVpcId = 'vpc-0123456789abcdef0';
    index = new DesignIndex(b.build());
    expect(computeHasEgress(index, index.get(ng.id, 'managed-node-group')!)).toBe(false);
    vpc.props.internetGateway = true;
    index = new DesignIndex(b.build());
    expect(computeHasEgress(index, index.get(ng.id, 'managed-node-group')!)).toBe(true);
    // Fargate uses private subnets only; there are none with a NAT here.
    expect(computeHasEgress(index, index.get(fp.id, 'fargate-profile')!)).toBe(true);
  });

  it('treats an eksctl-created VPC as having an internet gateway and the default VPC as having egress', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ internetGateway: false, natGateway: 'Single' });
    const c1 = b.cluster(vpc);
    b.managedNodeGroup(c1);
    const c2 = b.cluster(undefined);
    b.managedNodeGroup(c2);
    const index = new DesignIndex(b.build());
    expect(clusterWithoutEgress(index, index.get(c1.id, 'cluster')!)).toBe(false);
    expect(clusterWithoutEgress(index, index.get(c2.id, 'cluster')!)).toBe(false);
  });

  it('answers each node group for itself when one index is asked again (the answer is kept per part)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Disable', internetGateway: true });
    const pub = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    const priv = b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    const cluster = b.cluster(vpc);
    const out = b.managedNodeGroup(cluster, { privateNetworking: false, subnetIds: [pub.id] });
    const stuck = b.managedNodeGroup(cluster, { privateNetworking: true, subnetIds: [priv.id] });
    const index = new DesignIndex(b.build());
    const ask = () => [out, stuck].map((ng) => computeHasEgress(index, index.get(ng.id, 'managed-node-group')!));
    expect(ask()).toEqual([true, false]);
    expect(ask()).toEqual([true, false]);
    expect(clusterWithoutEgress(index, index.get(cluster.id, 'cluster')!)).toBe(false);
  });

  it('is unknown for a workload that runs nowhere and false for an empty cluster', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc({ natGateway: 'Disable' }));
    const wl = b.workload(cluster);
    const index = new DesignIndex(b.build());
    expect(workloadHasEgress(index, index.get(wl.id, 'workload')!)).toBeUndefined();
    expect(clusterWithoutEgress(index, index.get(cluster.id, 'cluster')!)).toBe(false);
  });

  it('matches endpoints by suffix or full service name', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc({ vpcEndpoints: ['com.amazonaws.us-east-1.ecr.api', 's3'] }));
    const index = new DesignIndex(b.build());
    expect(missingEndpoints(index, index.get(cluster.id, 'cluster')!, ['ecr.api', 'ecr.dkr', 's3'])).toEqual(['ecr.dkr']);
  });

  it("treats a cluster set fully private as having eksctl's endpoints in any VPC, and no egress in the VPC eksctl builds", () => {
    const { b, vpc, cluster, nodeGroup } = baselineBuilder();
    // A private-only endpoint with NAT off is not fully private by itself: that is the cluster's setting.
    cluster.props.endpointAccess = { public: false, private: true, publicAccessCidrs: [] };
    vpc.props.natGateway = 'Disable';
    let index = new DesignIndex(b.build());
    expect(eksctlFullyPrivate(index, index.get(cluster.id, 'cluster')!)).toBe(false);
    cluster.props.fullyPrivate = true;
    index = new DesignIndex(b.build());
    let c = index.get(cluster.id, 'cluster')!;
    expect(eksctlFullyPrivate(index, c)).toBe(true);
    expect(computeHasEgress(index, index.get(nodeGroup.id, 'managed-node-group')!)).toBe(false);
    expect(missingEndpoints(index, c, ['ecr.dkr', 'sts', 'autoscaling', 'logs'], ['logs'])).toEqual(['autoscaling']);
    // eksctl creates the endpoints in an existing VPC too, unless skipEndpointCreation is carried through.
    vpc.props.existingVpcId = 'vpc-0123456789abcdef0';
    cluster.props.extra = { privateCluster: { skipEndpointCreation: true } };
    index = new DesignIndex(b.build());
    c = index.get(cluster.id, 'cluster')!;
    expect(missingEndpoints(index, c, ['sts'])).toEqual(['sts']);
    // Not fully private: the drawn NAT gateways decide again.
    cluster.props.fullyPrivate = false;
    vpc.props.natGateway = 'HighlyAvailable';
    index = new DesignIndex(b.build());
    c = index.get(cluster.id, 'cluster')!;
    expect(eksctlFullyPrivate(index, c)).toBe(false);
    expect(computeHasEgress(index, index.get(nodeGroup.id, 'managed-node-group')!)).toBe(true);
  });

  it('lets the drawn gateways of an existing VPC decide for a fully-private cluster: eksctl removes no route there', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-0123456789abcdef0', natGateway: 'Single', internetGateway: true });
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0123456789abcdef0' });
    const cluster = b.cluster(vpc, {
      fullyPrivate: true,
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    });
    const ng = b.managedNodeGroup(cluster, { privateNetworking: true });
    let index = new DesignIndex(b.build());
    expect(computeHasEgress(index, index.get(ng.id, 'managed-node-group')!)).toBe(true);
    expect(clusterWithoutEgress(index, index.get(cluster.id, 'cluster')!)).toBe(false);
    vpc.props.natGateway = 'Disable';
    index = new DesignIndex(b.build());
    expect(computeHasEgress(index, index.get(ng.id, 'managed-node-group')!)).toBe(false);
  });
});
