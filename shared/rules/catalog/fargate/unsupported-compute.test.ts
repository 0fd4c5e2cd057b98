import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { unsupportedCompute as rule } from './unsupported-compute.js';

const EBS = { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' };

describe(rule.id, () => {
  it('is an error: an EBS volume on a workload in a Fargate profile, of any kind, and on one a profile selects', () => {
    expect(rule.severity).toBe('error');
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, { selectors: [{ namespace: 'data' }] });
    const inside = b.workload(fp, { workloadKind: 'StatefulSet', namespace: 'data', volume: EBS });
    const selected = b.workload(cluster, { workloadKind: 'Deployment', replicas: 1, namespace: 'data', volume: EBS });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [inside.id, fp.id], params: { workload: inside.name, profile: fp.name } },
      { partIds: [selected.id, fp.id], params: { workload: selected.name, profile: fp.name } },
    ]);
  });

  it('passes a StatefulSet on Fargate without a volume or with EFS, and EBS volumes on node groups', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', volume: EBS });
    const fp = b.fargateProfile(cluster);
    b.workload(fp, { workloadKind: 'StatefulSet' });
    b.workload(fp, { workloadKind: 'StatefulSet', volume: { storage: 'efs', sizeGiB: 5, mountPath: '/shared' } });
    b.workload(cluster, { workloadKind: 'StatefulSet', namespace: 'other', volume: EBS });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
