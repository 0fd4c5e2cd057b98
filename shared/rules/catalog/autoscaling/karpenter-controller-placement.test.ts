import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { karpenterControllerPlacement as rule } from './karpenter-controller-placement.js';

function karpenterCluster() {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter' } });
  return { b, cluster };
}

describe(rule.id, () => {
  it('flags Karpenter with only an empty node group and a Fargate profile for other namespaces', () => {
    const { b, cluster } = karpenterCluster();
    b.managedNodeGroup(cluster, { minSize: 0, desiredCapacity: 0, maxSize: 3 });
    b.fargateProfile(cluster, { selectors: [{ namespace: 'default' }, { namespace: 'karpenter', labels: { team: 'x' } }] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name } }]);
  });

  it('passes a Fargate profile for karpenter (also by wildcard) or a running node group', () => {
    const fp = karpenterCluster();
    fp.b.fargateProfile(fp.cluster, { selectors: [{ namespace: 'karp*' }] });
    expect(runRule(rule, fp.b.build())).toEqual([]);
    const ng = karpenterCluster();
    ng.b.managedNodeGroup(ng.cluster, { minSize: 2, desiredCapacity: 2, maxSize: 2 });
    expect(runRule(rule, ng.b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  // Regression (s14): a running group counted even when the chart's pods could not run on it.
  it('counts a running group only when its taints are CriticalAddonsOnly or PreferNoSchedule, and not a Windows one', () => {
    const tainted = karpenterCluster();
    tainted.b.managedNodeGroup(tainted.cluster, { taints: [{ key: 'dedicated', value: 'system', effect: 'NoSchedule' }] });
    tainted.b.managedNodeGroup(tainted.cluster, { amiFamily: 'WindowsServer2022CoreContainer' });
    expect(runRule(rule, tainted.b.build())).toHaveLength(1);
    const critical = karpenterCluster();
    critical.b.managedNodeGroup(critical.cluster, {
      taints: [
        { key: 'CriticalAddonsOnly', value: 'true', effect: 'NoSchedule' },
        { key: 'soft', value: '', effect: 'PreferNoSchedule' },
      ],
    });
    expect(runRule(rule, critical.b.build())).toEqual([]);
  });

  it("passes Karpenter beside Auto Mode's built-in node pools, and flags it when the pools are turned off", () => {
    const karpenter = 'iam:\n  withOIDC: true\nkarpenter:\n  version: "1.6.1"\n';
    expect(runOnYaml(rule, karpenter + 'autoModeConfig:\n  enabled: true\n')).toEqual([]);
    expect(runOnYaml(rule, karpenter + 'autoModeConfig:\n  enabled: true\n  nodePools: [system]\n')).toEqual([]);
    expect(runOnYaml(rule, karpenter + 'autoModeConfig:\n  enabled: true\n  nodePools: []\n')).toHaveLength(1);
    expect(runOnYaml(rule, karpenter)).toHaveLength(1);
  });
});
