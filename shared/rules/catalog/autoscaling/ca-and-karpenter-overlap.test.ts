import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { caAndKarpenterOverlap as rule } from './ca-and-karpenter-overlap.js';

const KARPENTER = 'karpenter: {version: "1.9.0"}\n';

describe(rule.id, () => {
  it("flags Karpenter beside Cluster Autoscaler's policy on a node role", () => {
    const findings = runOnYaml(
      rule,
      `${KARPENTER}iam: {withOIDC: true}
managedNodeGroups:
  - name: system
    instanceType: m7i.large
    iam: {withAddonPolicies: {autoScaler: true}}
`,
    );
    expect(findings.map((f) => f.configPath)).toEqual(['managedNodeGroups[0].iam.withAddonPolicies.autoScaler']);
  });

  it("flags Karpenter beside Cluster Autoscaler's pod identity association", () => {
    const findings = runOnYaml(
      rule,
      `${KARPENTER}addons: [{name: eks-pod-identity-agent}]
managedNodeGroups: [{name: system, instanceType: m7i.large}]
iam:
  withOIDC: true
  podIdentityAssociations:
    - {namespace: kube-system, serviceAccountName: cluster-autoscaler, wellKnownPolicies: {autoScaler: true}}
`,
    );
    expect(findings.map((f) => f.configPath)).toEqual(['iam.podIdentityAssociations[0].wellKnownPolicies.autoScaler']);
  });

  it('passes Karpenter alone, Cluster Autoscaler alone, the drawn node autoscalers and the baseline', () => {
    expect(
      runOnYaml(rule, `${KARPENTER}iam: {withOIDC: true}\nmanagedNodeGroups: [{name: system, instanceType: m7i.large}]\n`),
    ).toEqual([]);
    expect(
      runOnYaml(
        rule,
        'managedNodeGroups: [{name: system, instanceType: m7i.large, iam: {withAddonPolicies: {autoScaler: true}}}]\n',
      ),
    ).toEqual([]);
    for (const nodeAutoscaler of ['karpenter', 'cluster-autoscaler'] as const) {
      const b = new DesignBuilder();
      b.managedNodeGroup(b.cluster(b.vpc(), { addons: { nodeAutoscaler, podIdentityAgent: true } }));
      expect(runRule(rule, b.build())).toEqual([]);
    }
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
