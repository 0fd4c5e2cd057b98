import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { corednsNoNode as rule } from './coredns-no-node.js';

const gpuTaint = { key: 'nvidia.com/gpu', value: 'true', effect: 'NoSchedule' as const };

describe(rule.id, () => {
  it('flags a cluster whose only running groups carry taints CoreDNS does not tolerate', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const gpu = b.managedNodeGroup(cluster, { taints: [gpuTaint], desiredCapacity: 2 });
    const win = b.managedNodeGroup(cluster, { amiFamily: 'WindowsServer2022CoreContainer', desiredCapacity: 2 });
    b.managedNodeGroup(cluster, { desiredCapacity: 0, minSize: 0 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, gpu.id, win.id], params: { cluster: cluster.name, nodeGroups: `${gpu.name}, ${win.name}` } },
    ]);
  });

  it('passes an untainted group at zero nodes that the Cluster Autoscaler can grow, and flags it without one', () => {
    const build = (nodeAutoscaler: 'cluster-autoscaler' | 'none') => {
      const b = new DesignBuilder();
      const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler } });
      b.managedNodeGroup(cluster, { taints: [gpuTaint], desiredCapacity: 2 });
      b.managedNodeGroup(cluster, { desiredCapacity: 0, minSize: 0, maxSize: 3 });
      return b.build();
    };
    expect(runRule(rule, build('cluster-autoscaler'))).toEqual([]);
    expect(runRule(rule, build('none'))).toHaveLength(1);
  });

  it('passes a CriticalAddonsOnly or PreferNoSchedule group, a kube-system Fargate profile, Windows-only and Karpenter clusters', () => {
    const critical = new DesignBuilder();
    const c1 = critical.cluster(critical.vpc());
    critical.managedNodeGroup(c1, { taints: [gpuTaint] });
    critical.managedNodeGroup(c1, { taints: [{ key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' }] });
    critical.managedNodeGroup(c1, { taints: [{ key: 'spot', value: 'true', effect: 'PreferNoSchedule' }] });
    expect(runRule(rule, critical.build())).toEqual([]);

    const fargate = new DesignBuilder();
    const c2 = fargate.cluster(fargate.vpc());
    fargate.managedNodeGroup(c2, { taints: [gpuTaint] });
    fargate.fargateProfile(c2, { selectors: [{ namespace: 'kube-system', labels: {} }] });
    expect(runRule(rule, fargate.build())).toEqual([]);

    const windows = new DesignBuilder();
    windows.managedNodeGroup(windows.cluster(windows.vpc()), { amiFamily: 'WindowsServer2022CoreContainer' });
    expect(runRule(rule, windows.build())).toEqual([]);

    const karpenter = new DesignBuilder();
    const c3 = karpenter.cluster(karpenter.vpc(), { addons: { nodeAutoscaler: 'karpenter' } });
    karpenter.managedNodeGroup(c3, { taints: [gpuTaint] });
    expect(runRule(rule, karpenter.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('passes when the coredns add-on places itself through configurationValues', () => {
    const body =
      'addons:\n  - name: coredns\n    configurationValues: \'{"tolerations":[{"key":"nvidia.com/gpu","operator":"Exists"}]}\'\n' +
      'managedNodeGroups:\n  - name: gpu\n    instanceType: g5.xlarge\n    taints:\n      - key: nvidia.com/gpu\n        value: "true"\n        effect: NoSchedule\n';
    expect(runOnYaml(rule, body)).toEqual([]);
    expect(runOnYaml(rule, body.replace(/ {4}configurationValues: .*\n/, ''))).toHaveLength(1);
  });
});
