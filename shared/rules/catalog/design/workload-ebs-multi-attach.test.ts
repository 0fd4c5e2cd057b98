import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { workloadEbsMultiAttach as rule } from './workload-ebs-multi-attach.js';

const EBS = { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' };

describe(rule.id, () => {
  it('flags one EBS claim mounted by more than one Pod: replicas, an HPA maximum, a Job in parallel, a DaemonSet', () => {
    const { b, nodeGroup } = baselineBuilder();
    const replicated = b.workload(nodeGroup, { workloadKind: 'Deployment', replicas: 2, volume: EBS });
    const scaled = b.workload(nodeGroup, {
      workloadKind: 'Deployment',
      replicas: 1,
      hpa: { minReplicas: 1, maxReplicas: 4, targetCpuPercent: 70 },
      volume: EBS,
    });
    const job = b.workload(nodeGroup, { workloadKind: 'Job', replicas: 3, volume: EBS });
    const daemon = b.workload(nodeGroup, { workloadKind: 'DaemonSet', volume: EBS });
    expect(runRule(rule, b.build())).toEqual(
      [replicated, scaled, job, daemon].map((w) => ({
        partIds: [w.id],
        params: { kind: w.props.workloadKind, workload: w.name },
      })),
    );
  });

  it('passes one Pod, a StatefulSet (a volume per Pod), EFS (ReadWriteMany) and a DaemonSet on a one-node group', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'Deployment', replicas: 1, volume: EBS });
    b.workload(nodeGroup, { workloadKind: 'CronJob', replicas: 1, volume: EBS });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', replicas: 5, volume: EBS });
    b.workload(nodeGroup, { workloadKind: 'Deployment', replicas: 5, volume: { ...EBS, storage: 'efs' } });
    b.workload(nodeGroup, { workloadKind: 'Deployment', replicas: 5 });
    const single = b.managedNodeGroup(cluster, { minSize: 1, desiredCapacity: 1, maxSize: 1 });
    b.workload(single, { workloadKind: 'DaemonSet', volume: EBS });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
