import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { ebsCsiIam as rule } from './ebs-csi-iam.js';

const EBS = { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' };
const EFS = { storage: 'efs' as const, sizeGiB: 20, mountPath: '/data' };

describe(rule.id, () => {
  it('is an error: workloads with EBS volumes on EC2 in a cluster without the EBS CSI driver', () => {
    expect(rule.severity).toBe('error');
    const { b, cluster, nodeGroup } = baselineBuilder();
    const db = b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: EBS });
    const cache = b.workload(cluster, { workloadKind: 'Deployment', replicas: 1, volume: EBS });
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'serverless' }] });
    b.workload(fp, { workloadKind: 'StatefulSet', namespace: 'serverless', volume: EBS });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, db.id, cache.id], params: { cluster: cluster.name, workloads: `${db.name}, ${cache.name}` } },
    ]);
  });

  it('leaves a StatefulSet without a volume, or with EFS, alone: it says it needs no EBS', () => {
    const { b, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'StatefulSet' });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: EFS });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it("passes with the driver on, and under EKS Auto Mode for workloads on Auto Mode's nodes (not on a node group)", () => {
    const on = baselineBuilder();
    on.cluster.props.addons.ebsCsiDriver = true;
    on.b.workload(on.nodeGroup, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, on.b.build())).toEqual([]);

    const auto = baselineBuilder();
    auto.cluster.props.extra = { autoModeConfig: { enabled: true } };
    auto.b.workload(auto.cluster, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, auto.b.build())).toEqual([]);
    const onGroup = auto.b.workload(auto.nodeGroup, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, auto.b.build()).map((f) => f.partIds)).toEqual([[auto.cluster.id, onGroup.id]]);
  });
});
