import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { coreDns as rule } from './coredns.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';

describe(rule.id, () => {
  it('flags a Fargate-only cluster without a kube-system selector', () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc());
    const fp = b.fargateProfile(cluster, {
      selectors: [{ namespace: 'default' }, { namespace: 'kube-system', labels: { app: 'x' } }],
    });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, fp.id], params: { cluster: cluster.name } }]);
  });

  it('passes a kube-system selector, a wildcard, or a cluster with a node group or Karpenter', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.fargateProfile(b.cluster(vpc, {}, 'a'), { selectors: [{ namespace: 'kube-system' }] });
    b.fargateProfile(b.cluster(vpc, {}, 'b'), { selectors: [{ namespace: 'kube-*', labels: { 'k8s-app': 'kube-dns' } }] });
    const withNodes = b.cluster(vpc, {}, 'c');
    b.fargateProfile(withNodes);
    b.managedNodeGroup(withNodes);
    b.fargateProfile(b.cluster(vpc, { addons: { nodeAutoscaler: 'karpenter' } }, 'd'));
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it("counts Auto Mode's node pools as EC2 capacity, unless nodePools is empty", () => {
    const body = (pools: string) =>
      `autoModeConfig:\n  enabled: true\n${pools}addons: [{name: vpc-cni}, {name: coredns}, {name: kube-proxy}]\n` +
      'fargateProfiles:\n  - name: batch\n    selectors: [{namespace: batch}]\n';
    expect(runOnYaml(rule, body(''))).toEqual([]);
    expect(runOnYaml(rule, body('  nodePools: [general-purpose]\n'))).toEqual([]);
    expect(runOnYaml(rule, body('  nodePools: []\n'))).toHaveLength(1);
  });
});
