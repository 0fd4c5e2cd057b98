import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { corednsReplicas as rule } from './coredns-replicas.js';

describe(rule.id, () => {
  it('flags a cluster with a single node', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(nodeGroup.props, { minSize: 1, desiredCapacity: 1, maxSize: 1 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, nodeGroup.id], params: { cluster: cluster.name, nodes: 1, azs: 3 } },
    ]);
  });

  it('flags nodes that all sit in one Availability Zone', () => {
    const { b, cluster, nodeGroup, privateSubnets } = baselineBuilder();
    nodeGroup.props.subnetIds = [privateSubnets[0]!.id];
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, nodeGroup.id], params: { cluster: cluster.name, nodes: 3, azs: 1 } },
    ]);
  });

  it('passes the baseline, and a single node when kube-system runs on Fargate', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    Object.assign(nodeGroup.props, { minSize: 1, desiredCapacity: 1, maxSize: 1 });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'kube-system', labels: { 'k8s-app': 'kube-dns' } }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes nodes in subnets whose zones are unknown offline (an existing VPC named by alias and id) or that have none', () => {
    const { b, privateSubnets } = baselineBuilder();
    for (const s of privateSubnets) Object.assign(s.props, { availabilityZone: '', existingSubnetId: `subnet-0${s.id}` });
    expect(runRule(rule, b.build())).toEqual([]);
    const noPublic = baselineBuilder();
    noPublic.nodeGroup.props.privateNetworking = false;
    for (const s of noPublic.publicSubnets) s.props.access = 'private';
    expect(runRule(rule, noPublic.b.build())).toEqual([]);
  });
});
