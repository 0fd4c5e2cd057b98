import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { gpuWorkloadNodes as rule } from './gpu-workload-nodes.js';

describe(rule.id, () => {
  it('flags a GPU workload on a CPU node group and one asking for more GPUs than an instance has', () => {
    const { b, nodeGroup, cluster } = baselineBuilder();
    const onCpu = b.workload(nodeGroup, { gpus: 1 });
    const gpuNg = b.managedNodeGroup(cluster, { instanceTypes: ['g5.xlarge', 'g4dn.xlarge'] });
    const tooMany = b.workload(gpuNg, { gpus: 4 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [onCpu.id, nodeGroup.id], params: { workload: onCpu.name, gpus: 1, nodeGroup: nodeGroup.name, available: 0 } },
      { partIds: [tooMany.id, gpuNg.id], params: { workload: tooMany.name, gpus: 4, nodeGroup: gpuNg.name, available: 1 } },
    ]);
  });

  it('flags a GPU workload drawn loose in a cluster whose node groups have no GPUs', () => {
    const { b, nodeGroup, cluster } = baselineBuilder();
    const other = b.managedNodeGroup(cluster, { instanceTypes: ['c6i.large'] });
    const loose = b.workload(cluster, { gpus: 1 });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [loose.id, nodeGroup.id, other.id],
        params: { workload: loose.name, gpus: 1, nodeGroup: `${nodeGroup.name}, ${other.name}`, available: 0 },
      },
    ]);
  });

  it('passes GPU workloads that fit, including unlisted GPU types', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    b.workload(b.managedNodeGroup(cluster, { instanceTypes: ['g5.12xlarge'] }), { gpus: 4 });
    b.workload(b.managedNodeGroup(cluster, { instanceTypes: ['p5.48xlarge'] }), { gpus: 8 });
    b.workload(cluster, { gpus: 2 });
    b.workload(b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter' } }, 'k'), { gpus: 1 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
