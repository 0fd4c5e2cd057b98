import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { ebsMultiAzCa as rule } from './ebs-multi-az-ca.js';

const EBS = { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' };

function withEbs() {
  const base = baselineBuilder();
  const cluster = base.b.add('cluster', {
    parent: base.vpc,
    name: 'stateful',
    props: { region: 'us-east-1', version: '1.35', addons: { nodeAutoscaler: 'cluster-autoscaler', ebsCsiDriver: true } },
  });
  return { ...base, cluster };
}

describe(rule.id, () => {
  it('flags a three-AZ node group scaled by Cluster Autoscaler that runs a workload with an EBS volume', () => {
    const { b, cluster } = withEbs();
    const ng = b.managedNodeGroup(cluster);
    const db = b.workload(ng, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id, db.id], params: { nodeGroup: ng.name, zones: 3, workload: db.name } },
    ]);
  });

  it('flags multi-AZ node groups for an EBS workload drawn loose in the cluster, of any kind', () => {
    const { b, cluster } = withEbs();
    const ng = b.managedNodeGroup(cluster);
    const db = b.workload(cluster, { workloadKind: 'Deployment', replicas: 1, volume: EBS });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ng.id], params: { nodeGroup: ng.name, zones: 3, workload: db.name } }]);
  });

  it('passes one node group per AZ, and workloads without EBS volumes: a StatefulSet with none or with EFS', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, privateSubnets } = withEbs();
    for (const s of privateSubnets)
      b.workload(b.managedNodeGroup(cluster, { subnetIds: [s.id] }), { workloadKind: 'StatefulSet', volume: EBS });
    const multiAz = b.managedNodeGroup(cluster);
    b.workload(multiAz, { workloadKind: 'Deployment' });
    b.workload(multiAz, { workloadKind: 'StatefulSet' });
    b.workload(multiAz, { workloadKind: 'StatefulSet', volume: { ...EBS, storage: 'efs' } });
    b.workload(cluster, { workloadKind: 'StatefulSet' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
