import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { workloadEfsWindows as rule } from './workload-efs-windows.js';

const EFS = { storage: 'efs' as const, sizeGiB: 5, mountPath: 'C:\\data' };

describe(rule.id, () => {
  it('is an error: an EFS volume on a workload in a Windows node group', () => {
    expect(rule.severity).toBe('error');
    const { b, cluster } = baselineBuilder();
    const windows = b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer', instanceTypes: ['m6i.large'] });
    const w = b.workload(windows, { workloadKind: 'StatefulSet', volume: EFS });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [w.id, windows.id], params: { workload: w.name, nodeGroup: windows.name } },
    ]);
  });

  it('passes EBS on Windows, EFS on Linux groups and on the cluster, and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    const windows = b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer', instanceTypes: ['m6i.large'] });
    b.workload(windows, { workloadKind: 'StatefulSet', volume: { storage: 'ebs', sizeGiB: 5, mountPath: 'C:\\data' } });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: { ...EFS, mountPath: '/shared' } });
    b.workload(cluster, { workloadKind: 'StatefulSet', volume: { ...EFS, mountPath: '/shared' } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
