import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { autoModeGpu } from './auto-mode-gpu.js';

const autoMode = (nodePools?: string[]) => ({
  addons: { vpcCni: false, coreDns: false, kubeProxy: false },
  extra: { autoModeConfig: { enabled: true, ...(nodePools ? { nodePools } : {}) } },
});

describe(autoModeGpu.id, () => {
  it('flags a GPU workload on the built-in pools, which launch only C, M and R instances', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), autoMode(['general-purpose', 'system']));
    const infer = b.workload(cluster, { gpus: 1 });
    b.workload(cluster, {});
    expect(runRule(autoModeGpu, b.build())).toEqual([
      { partIds: [infer.id, cluster.id], params: { workload: infer.name, gpus: 1, cluster: cluster.name } },
    ]);
  });

  it('passes when a node group of the cluster has GPUs, or Auto Mode is off', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), autoMode());
    b.managedNodeGroup(cluster, { instanceTypes: ['g6.xlarge'] });
    b.workload(cluster, { gpus: 1 });
    const plain = b.cluster(b.vpc(), {}, 'plain');
    b.workload(plain, { gpus: 1 });
    expect(runRule(autoModeGpu, b.build())).toEqual([]);
  });
});
