import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';
import { workloadVolumeHybrid as rule } from './workload-volume.js';

const EBS = { storage: 'ebs' as const, sizeGiB: 20, mountPath: '/data' };
const EFS = { storage: 'efs' as const, sizeGiB: 5, mountPath: '/shared' };

describe(rule.id, () => {
  it('is an error for a volume on a cluster whose only nodes are hybrid nodes, EBS or EFS', () => {
    const { b, cluster, network } = hybridDesign({ cloudNodes: false });
    const db = b.workload(cluster, { workloadKind: 'StatefulSet', volume: EBS });
    const files = b.workload(cluster, { workloadKind: 'Deployment', volume: EFS });
    expect(runRule(rule, b.build()).map((f) => [f.partIds, f.params?.['storage'], f.severity])).toEqual([
      [[db.id, cluster.id, network.id], 'EBS', undefined],
      [[files.id, cluster.id, network.id], 'EFS', undefined],
    ]);
  });

  it('is a warning beside cloud nodes (a Linux group, Karpenter), where only some Pods may land on hybrid nodes', () => {
    const mixed = hybridDesign();
    mixed.b.workload(mixed.cluster, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, mixed.b.build()).map((f) => f.severity)).toEqual(['warning']);
    const karpenter = hybridDesign({ cloudNodes: false, cluster: { addons: { nodeAutoscaler: 'karpenter' } } });
    karpenter.b.workload(karpenter.cluster, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, karpenter.b.build()).map((f) => f.severity)).toEqual(['warning']);
  });

  it('passes workloads in node groups, without volumes, clusters without hybrid nodes, and the baseline', () => {
    const { b, cluster, nodeGroup } = hybridDesign();
    b.workload(nodeGroup!, { workloadKind: 'StatefulSet', volume: EBS });
    b.workload(cluster, { workloadKind: 'StatefulSet' });
    expect(runRule(rule, b.build())).toEqual([]);
    const none = hybridDesign({ cloudNodes: false, network: { hybridNodeCount: 0 } });
    none.b.workload(none.cluster, { workloadKind: 'StatefulSet', volume: EBS });
    expect(runRule(rule, none.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
