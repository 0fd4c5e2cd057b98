import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { maxPods as rule } from './max-pods.js';

describe(rule.id, () => {
  it('flags 40 replicas on two t3.medium nodes (17 pods each)', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['t3.medium'], minSize: 2, desiredCapacity: 2, maxSize: 2 });
    b.workload(ng, { replicas: 25 });
    b.workload(ng, { workloadKind: 'DaemonSet', replicas: 1 });
    b.workload(cluster, { workloadKind: 'DaemonSet', replicas: 1 });
    // 25 / 2 nodes -> 13, + 2 drawn DaemonSets + aws-node + kube-proxy = 17... two more replicas tip it over.
    expect(runRule(rule, b.build())).toEqual([]);
    b.workload(ng, { replicas: 2 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id], params: { nodeGroup: ng.name, pods: 18, instanceType: 't3.medium', maxPods: 17 } },
    ]);
  });

  it('counts the maximum size when Cluster Autoscaler can add nodes', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler' } });
    const ng = b.managedNodeGroup(cluster, { instanceTypes: ['t3.medium'], minSize: 1, desiredCapacity: 1, maxSize: 4 });
    b.workload(ng, { replicas: 40 });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('reads prefix delegation from the vpc-cni add-on and maxPodsPerNode from the node group (VPC CNI formula)', () => {
    const crowded = (clusterExtra: Record<string, unknown> | undefined, ngExtra?: Record<string, unknown>) => {
      const b = new DesignBuilder();
      const cluster = b.cluster(b.vpc(), clusterExtra ? { extra: clusterExtra } : {});
      const ng = b.managedNodeGroup(cluster, {
        instanceTypes: ['t3.medium'],
        minSize: 2,
        desiredCapacity: 2,
        maxSize: 2,
        ...(ngExtra ? { extra: ngExtra } : {}),
      });
      b.workload(ng, { replicas: 60 });
      return runRule(rule, b.build()).map((f) => f.params?.maxPods);
    };
    expect(crowded(undefined)).toEqual([17]);
    // 3 ENIs x (6 - 1) x 16 + 2 = 242, capped at 110 below 30 vCPUs: 32 pods a node fit.
    const pd = { addons: [{ name: 'vpc-cni', configurationValues: '{"env":{"ENABLE_PREFIX_DELEGATION":"true"}}' }] };
    expect(crowded(pd)).toEqual([]);
    expect(crowded(pd, { maxPodsPerNode: 20 })).toEqual([20]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it("counts an On-Demand group's pod slots on its first type (EKS launches it first); Spot's on its smallest", () => {
    const group = (capacityType: 'ON_DEMAND' | 'SPOT') => {
      const b = new DesignBuilder();
      const cluster = b.cluster(b.vpc());
      // m6i.xlarge: 58 pods; t3.small: 11. Twenty pods on one node.
      const ng = b.managedNodeGroup(cluster, {
        instanceTypes: ['m6i.xlarge', 't3.small'],
        capacityType,
        minSize: 1,
        desiredCapacity: 1,
        maxSize: 1,
      });
      b.workload(ng, { replicas: 20, cpuMillicores: 50, memoryMiB: 64 });
      return b.build();
    };
    expect(runRule(rule, group('ON_DEMAND'))).toEqual([]);
    expect(runRule(rule, group('SPOT')).map((f) => f.params?.['instanceType'])).toEqual(['t3.small']);
  });
});
