import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { hpaMaxCapacity as rule } from './hpa-max-capacity.js';

/** Two m6i.large (about 1.9 vCPU free each) and a 1-vCPU API scaled by an HPA from 2 to `max` pods. */
function apiWithHpa(max: number, addons: Record<string, unknown> = {}, sizes = { minSize: 2, desiredCapacity: 2, maxSize: 4 }) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons: { metricsServer: true, ...addons } });
  const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.large'], ...sizes });
  const api = b.workload(ng, {
    replicas: 2,
    cpuMillicores: 1000,
    memoryMiB: 1024,
    hpa: { minReplicas: 2, maxReplicas: max, targetCpuPercent: 70 },
  });
  return { b, ng, api };
}

describe(rule.id, () => {
  // Regression (s14-hpa-max-over-capacity): steady pods fit, the HPA maximum did not, and nothing said so.
  it('warns when the pods fit at steady counts but not at the HPA maximum the group can reach', () => {
    const { b, ng, api } = apiWithHpa(20, { nodeAutoscaler: 'cluster-autoscaler' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id, api.id],
        params: expect.objectContaining({
          workloads: api.name,
          pods: 20,
          needed: 20,
          reachable: 4,
          autoscaler: 'Cluster Autoscaler',
        }),
      },
    ]);
  });

  it('counts the desired size without Cluster Autoscaler, and with Karpenter (which adds no node to a group)', () => {
    for (const addons of [{}, { nodeAutoscaler: 'karpenter' }]) {
      const { b } = apiWithHpa(3, addons);
      expect(runRule(rule, b.build()).map((f) => f.params?.reachable)).toEqual([2]);
    }
  });

  it('is quiet when the maximum fits, and leaves a group that does not fit even at steady counts to ng.capacity-fit', () => {
    expect(runRule(rule, apiWithHpa(4, { nodeAutoscaler: 'cluster-autoscaler' }).b.build())).toEqual([]);
    const steadyShort = apiWithHpa(20, {}, { minSize: 1, desiredCapacity: 1, maxSize: 1 });
    expect(runRule(rule, steadyShort.b.build())).toEqual([]);
  });

  it('ignores an HPA on a kind it cannot scale', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      instanceTypes: ['m6i.large'],
      minSize: 2,
      desiredCapacity: 2,
      maxSize: 2,
    });
    b.workload(ng, {
      workloadKind: 'Job',
      replicas: 1,
      cpuMillicores: 1000,
      hpa: { minReplicas: 1, maxReplicas: 50, targetCpuPercent: 70 },
    });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
