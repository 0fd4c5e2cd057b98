import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { nodeCapacityFit as rule } from './capacity-fit.js';

function twoT3Medium(addons: Record<string, unknown> = {}, sizes = { minSize: 2, desiredCapacity: 2, maxSize: 2 }) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons });
  const ng = b.managedNodeGroup(cluster, { instanceTypes: ['t3.medium'], ...sizes });
  b.workload(ng, { replicas: 20, cpuMillicores: 1000, memoryMiB: 512 });
  return { b, ng };
}

describe(rule.id, () => {
  // Regression (issue 12): 20 pods of 1 vCPU on two t3.medium without an autoscaler were clean.
  it('is an error when the pods need more nodes than the group has and nothing adds nodes', () => {
    const { b, ng } = twoT3Medium();
    // t3.medium: 2 vCPU - 70m kube-reserved = 1.93 vCPU per node: one 1-vCPU pod each, so 20 nodes.
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: {
          nodeGroup: ng.name,
          pods: 20,
          cpu: 20,
          memory: 10,
          instanceType: 't3.medium',
          nodeCpu: 1.9,
          nodeMemory: 3.5,
          nodePods: 15,
          needed: 20,
          desired: 2,
          maxSize: 2,
          autoscaler: '-',
        },
      },
    ]);
  });

  it("is a warning when only Cluster Autoscaler's maximum fits, an error when not even that does", () => {
    const fits = twoT3Medium({ nodeAutoscaler: 'cluster-autoscaler' }, { minSize: 2, desiredCapacity: 2, maxSize: 20 });
    expect(runRule(rule, fits.b.build()).map((f) => f.severity)).toEqual(['warning']);
    const short = twoT3Medium({ nodeAutoscaler: 'cluster-autoscaler' }, { minSize: 2, desiredCapacity: 2, maxSize: 19 });
    expect(runRule(rule, short.b.build()).map((f) => f.severity)).toEqual([undefined]);
    // Regression (s14): Karpenter launches no node for pods drawn in a group: the manifests pin them to it with
    // eks.amazonaws.com/nodegroup, a label no NodePool defines ("label ... does not have known values"). An error.
    const karpenter = twoT3Medium({ nodeAutoscaler: 'karpenter' });
    expect(runRule(rule, karpenter.b.build()).map((f) => f.severity)).toEqual([undefined]);
  });

  it('packs whole pods: three 1-vCPU pods need three t3.medium, not ceil(3 / 1.93) = 2', () => {
    const b = new DesignBuilder();
    const ng = b.managedNodeGroup(b.cluster(b.vpc()), {
      instanceTypes: ['t3.medium'],
      minSize: 2,
      desiredCapacity: 2,
      maxSize: 2,
    });
    b.workload(ng, { replicas: 3, cpuMillicores: 1000, memoryMiB: 256 });
    expect(runRule(rule, b.build()).map((f) => f.params?.needed)).toEqual([3]);
  });

  it('counts pod slots (max pods less DaemonSets) as well as CPU and memory', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['t3.medium'], minSize: 2, desiredCapacity: 2, maxSize: 2 });
    b.workload(ng, { replicas: 31, cpuMillicores: 10, memoryMiB: 16 }); // 2 x (17 - aws-node - kube-proxy) = 30 slots
    expect(runRule(rule, b.build()).map((f) => f.params?.needed)).toEqual([3]);
  });

  it('passes when the pods fit at desired size, a scale-from-zero Job group, and the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['m6i.xlarge'], minSize: 3, desiredCapacity: 3, maxSize: 3 });
    b.workload(ng, { replicas: 9, cpuMillicores: 1000, memoryMiB: 2048 });
    const batch = b.managedNodeGroup(cluster, { instanceTypes: ['c6i.2xlarge'], minSize: 0, desiredCapacity: 0, maxSize: 10 });
    b.workload(batch, { workloadKind: 'Job', replicas: 8, cpuMillicores: 2000, memoryMiB: 2048 });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  // A group of several types of different sizes: EKS launches a managed group's On-Demand nodes as its first listed
  // type (allocation strategy "prioritized"); Spot nodes may be of any listed type.
  function mixed(
    instanceTypes: string[],
    capacityType: 'ON_DEMAND' | 'SPOT',
    pod: { replicas: number; cpuMillicores: number; memoryMiB: number },
  ) {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ng = b.managedNodeGroup(cluster, { instanceTypes, capacityType, minSize: 2, desiredCapacity: 2, maxSize: 2 });
    b.workload(ng, pod);
    return { design: b.build(), ng };
  }

  it('sizes an On-Demand group by its first type, not by a smaller type listed after it', () => {
    // m6i.xlarge holds three 1-vCPU pods (2 nodes for 6); m6i.large one (6 nodes): the group launches m6i.xlarge.
    expect(
      runRule(
        rule,
        mixed(['m6i.xlarge', 'm6i.large'], 'ON_DEMAND', { replicas: 6, cpuMillicores: 1000, memoryMiB: 1024 }).design,
      ),
    ).toEqual([]);
  });

  it('flags an On-Demand group whose first type fits each pod but not all of them, though a later type fits none', () => {
    // 10 GiB pods: one per m6i.xlarge (15 GiB allocatable), none on m6i.large; six of them need six nodes.
    const { design, ng } = mixed(['m6i.xlarge', 'm6i.large'], 'ON_DEMAND', { replicas: 6, cpuMillicores: 500, memoryMiB: 10240 });
    expect(runRule(rule, design).map((f) => [f.partIds, f.params?.['instanceType'], f.params?.['needed'], f.severity])).toEqual([
      [[ng.id], 'm6i.xlarge', 6, undefined],
    ]);
  });

  it("warns of a Spot group's worst case when another of its types fits, and refuses only when none does", () => {
    // 1-vCPU pods: one per m6i.large, seven per m6i.2xlarge. Eight fit two m6i.2xlarge, but eight m6i.large if Spot
    // launches those.
    const some = mixed(['m6i.large', 'm6i.2xlarge'], 'SPOT', { replicas: 8, cpuMillicores: 1000, memoryMiB: 1024 });
    expect(runRule(rule, some.design).map((f) => [f.params?.['instanceType'], f.params?.['needed'], f.severity])).toEqual([
      ['m6i.large', 8, 'warning'],
    ]);
    // Twenty need three m6i.2xlarge even at best: an error, shown with the type that needs the fewest nodes.
    const none = mixed(['m6i.large', 'm6i.2xlarge'], 'SPOT', { replicas: 20, cpuMillicores: 1000, memoryMiB: 1024 });
    expect(runRule(rule, none.design).map((f) => [f.params?.['instanceType'], f.params?.['needed'], f.severity])).toEqual([
      ['m6i.2xlarge', 3, undefined],
    ]);
  });
});
