import { describe, expect, it } from 'vitest';
import { formatEksctlErrors, validateEksctlConfig } from '../eksctl/schema-validator.js';
import type { Design } from '../model/design.js';
import { DesignBuilder } from '../rules/test-support/builder.js';
import { buildClusterConfig, buildClusterConfigDetailed } from './cluster-config.js';
import type { ClusterConfig } from './types.js';

function build(design: Design): ClusterConfig {
  const config = buildClusterConfig(design);
  expect(formatEksctlErrors(validateEksctlConfig(config).errors)).toBe('');
  return config;
}

function withCluster(props: Parameters<DesignBuilder['cluster']>[1] = {}) {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  const cluster = b.cluster(vpc, props);
  return { b, vpc, cluster };
}

describe('managed node groups', () => {
  it('uses instanceType for one on-demand type, instanceTypes for several, and spot with instanceTypes', () => {
    const { b, cluster } = withCluster();
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'm7i.large'] });
    b.managedNodeGroup(cluster, { instanceTypes: ['c6i.large'], capacityType: 'SPOT' });
    const [one, several, spot] = build(b.build()).managedNodeGroups!;
    expect(one).toMatchObject({ instanceType: 'm6i.large' });
    expect(one!.instanceTypes).toBeUndefined();
    expect(several).toMatchObject({ instanceTypes: ['m6i.large', 'm7i.large'] });
    expect(several!.instanceType).toBeUndefined();
    expect(spot).toMatchObject({ spot: true, instanceTypes: ['c6i.large'] });
  });

  it('writes sizes, AMI, volume, labels, taints, networking and IMDS exactly', () => {
    const { b, cluster } = withCluster();
    b.managedNodeGroup(cluster, {
      minSize: 1,
      desiredCapacity: 2,
      maxSize: 5,
      amiFamily: 'Bottlerocket',
      volumeSize: 120,
      labels: { team: 'on' },
      taints: [
        { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
        { key: 'spot', value: '', effect: 'PreferNoSchedule' },
      ],
      privateNetworking: false,
      disableImdsV1: false,
    });
    const ng = build(b.build()).managedNodeGroups![0]!;
    expect(ng).toEqual({
      name: 'managed-node-group-1',
      amiFamily: 'Bottlerocket',
      instanceType: 'm6i.large',
      desiredCapacity: 2,
      minSize: 1,
      maxSize: 5,
      volumeSize: 120,
      labels: { team: 'on' },
      privateNetworking: false,
      disableIMDSv1: false,
      taints: [
        { key: 'dedicated', value: 'gpu', effect: 'NoSchedule' },
        { key: 'spot', effect: 'PreferNoSchedule' },
      ],
    });
  });

  it('allows SSH and explains in a comment that eksctl cannot limit it by CIDR', () => {
    const { b, cluster } = withCluster();
    b.managedNodeGroup(cluster, { sshAllowedCidrs: ['10.0.0.0/8'] });
    const built = buildClusterConfigDetailed(b.build());
    expect(built.config.managedNodeGroups![0]!.ssh).toEqual({ allow: true });
    expect(built.notes).toEqual([
      {
        path: ['managedNodeGroups', 0, 'ssh'],
        text: expect.stringContaining('10.0.0.0/8'),
        ja: expect.stringContaining('10.0.0.0/8 からの SSH'),
      },
    ]);
  });

  it('tags and propagates for Cluster Autoscaler and grants CloudWatch to the node role for the observability add-on', () => {
    const { b, cluster } = withCluster({ addons: { nodeAutoscaler: 'cluster-autoscaler', cloudWatchObservability: true } });
    b.managedNodeGroup(cluster);
    b.selfManagedNodeGroup(cluster);
    const config = build(b.build());
    const managed = config.managedNodeGroups![0]!;
    const self = config.nodeGroups![0]!;
    expect(managed).toMatchObject({ propagateASGTags: true, iam: { withAddonPolicies: { cloudWatch: true } } });
    // EKS tags managed groups' ASGs for the autoscaler itself; self-managed ones need the tags written.
    expect(managed.tags).toBeUndefined();
    expect(self.tags).toEqual({ 'k8s.io/cluster-autoscaler/enabled': 'true', 'k8s.io/cluster-autoscaler/demo-1': 'owned' });
    expect(self.propagateASGTags).toBe(true);
  });

  it('writes nothing autoscaler-specific without Cluster Autoscaler', () => {
    const { b, cluster } = withCluster({ addons: { nodeAutoscaler: 'karpenter' } });
    b.managedNodeGroup(cluster);
    const ng = build(b.build()).managedNodeGroups![0]!;
    expect(ng.propagateASGTags).toBeUndefined();
    expect(ng.iam).toBeUndefined();
  });
});

describe('self-managed node groups', () => {
  it('uses instanceType for one on-demand type and an instances distribution otherwise', () => {
    const { b, cluster } = withCluster();
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['m6i.large'] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['m6i.large', 'm7i.large'] });
    b.selfManagedNodeGroup(cluster, { instanceTypes: ['c6i.large', 'c7i.large'], capacityType: 'SPOT' });
    const [one, mixed, spot] = build(b.build()).nodeGroups!;
    expect(one).toMatchObject({ instanceType: 'm6i.large' });
    expect(one!.instancesDistribution).toBeUndefined();
    expect(mixed!.instanceType).toBeUndefined();
    expect(mixed!.instancesDistribution).toEqual({
      instanceTypes: ['m6i.large', 'm7i.large'],
      onDemandBaseCapacity: 0,
      onDemandPercentageAboveBaseCapacity: 100,
    });
    expect(spot!.instancesDistribution).toEqual({
      instanceTypes: ['c6i.large', 'c7i.large'],
      onDemandBaseCapacity: 0,
      onDemandPercentageAboveBaseCapacity: 0,
      spotAllocationStrategy: 'price-capacity-optimized',
    });
    expect(spot!.spot).toBeUndefined();
  });
});

describe('Fargate profiles', () => {
  it('writes selectors with labels only where set', () => {
    const { b, cluster } = withCluster();
    b.fargateProfile(cluster, { selectors: [{ namespace: 'default' }, { namespace: 'batch', labels: { tier: 'yes' } }] });
    expect(build(b.build()).fargateProfiles).toEqual([
      { name: 'fargate-profile-1', selectors: [{ namespace: 'default' }, { namespace: 'batch', labels: { tier: 'yes' } }] },
    ]);
  });

  it('writes subnet ids when every chosen subnet has one', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ existingVpcId: 'vpc-1' });
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0a' });
    const s2 = b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0b' });
    b.fargateProfile(b.cluster(vpc), { subnetIds: [s1.id, s2.id] });
    expect(build(b.build()).fargateProfiles![0]!.subnets).toEqual(['subnet-0a', 'subnet-0b']);
  });

  it('leaves subnets out, with a comment, when a chosen subnet has no id yet (EKS takes only ids)', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private');
    const s2 = b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    b.fargateProfile(b.cluster(vpc), { subnetIds: [s1.id, s2.id] });
    const built = buildClusterConfigDetailed(b.build());
    expect(built.config.fargateProfiles![0]!.subnets).toBeUndefined();
    expect(built.notes.filter((n) => n.path[0] === 'fargateProfiles')).toEqual([
      {
        path: ['fargateProfiles', 0, 'selectors'],
        text: expect.stringContaining('subnet id'),
        ja: expect.stringContaining('サブネット ID'),
      },
    ]);
  });
});
