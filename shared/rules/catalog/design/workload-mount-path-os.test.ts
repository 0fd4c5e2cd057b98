import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { workloadMountPathOs as rule } from './workload-mount-path-os.js';

const at = (mountPath: string) => ({ storage: 'ebs' as const, sizeGiB: 5, mountPath });

describe(rule.id, () => {
  it('warns of a Windows path on Linux Pods: a Linux group, the cluster, Fargate', () => {
    expect(rule.severity).toBe('warning');
    const { b, cluster, nodeGroup } = baselineBuilder();
    const onGroup = b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: at('C:\\data') });
    const onCluster = b.workload(cluster, { workloadKind: 'StatefulSet', namespace: 'db', volume: at('D:/db') });
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'files' }] });
    const onFargate = b.workload(fp, {
      workloadKind: 'Deployment',
      replicas: 1,
      namespace: 'files',
      volume: { ...at('c:\\x'), storage: 'efs' },
    });
    expect(runRule(rule, b.build()).map((f) => [f.partIds, f.params?.['mountPath']])).toEqual([
      [[onGroup.id, nodeGroup.id], 'C:\\data'],
      [[onCluster.id, cluster.id], 'D:/db'],
      [[onFargate.id, fp.id], 'c:\\x'],
    ]);
  });

  it('passes Windows paths on Windows groups, Linux paths anywhere, and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    const windows = b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer', instanceTypes: ['m6i.large'] });
    b.workload(windows, { workloadKind: 'StatefulSet', volume: at('C:\\data') });
    b.workload(windows, { workloadKind: 'StatefulSet', volume: at('/data') });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: at('/var/lib/C:data') });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
