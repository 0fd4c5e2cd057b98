import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { caAsgTags as rule } from './ca-asg-tags.js';

/** Cluster Autoscaler's role as an IRSA service account, as eksctl's docs write it. */
const CA_ROLE = `iam:
  withOIDC: true
  serviceAccounts:
    - metadata: {name: cluster-autoscaler, namespace: kube-system}
      wellKnownPolicies: {autoScaler: true}
`;

describe(rule.id, () => {
  it('flags a self-managed group with room to scale and no discovery tags in a cluster that runs Cluster Autoscaler', () => {
    const findings = runOnYaml(
      rule,
      `${CA_ROLE}nodeGroups:
  - name: workers
    instanceType: m7i.large
    minSize: 1
    maxSize: 5
`,
    );
    expect(findings.map((f) => [f.configPath, f.params])).toEqual([
      [
        'nodeGroups[0]',
        {
          cluster: 'demo',
          path: 'nodeGroups[0]',
          nodeGroup: 'workers',
          min: 1,
          max: 5,
          missing: 'k8s.io/cluster-autoscaler/enabled, k8s.io/cluster-autoscaler/demo',
          grant: 'iam.serviceAccounts[0].wellKnownPolicies.autoScaler',
        },
      ],
    ]);
  });

  it('names the one tag missing, and finds Cluster Autoscaler through a node role or an association too', () => {
    const findings = runOnYaml(
      rule,
      `managedNodeGroups:
  - name: system
    instanceType: m7i.large
    iam: {withAddonPolicies: {autoScaler: true}}
nodeGroups:
  - name: workers
    instanceType: m7i.large
    desiredCapacity: 2
    maxSize: 4
    tags: {k8s.io/cluster-autoscaler/enabled: "true"}
`,
    );
    expect(findings.map((f) => [f.configPath, f.params?.['missing'], f.params?.['grant']])).toEqual([
      ['nodeGroups[0].tags', 'k8s.io/cluster-autoscaler/demo', 'managedNodeGroups[0].iam.withAddonPolicies.autoScaler'],
    ]);
  });

  it('passes groups eksctl tags, tagged groups, cluster-wide tags, fixed-size groups and clusters without Cluster Autoscaler', () => {
    const group = (extra: string) => `nodeGroups:
  - name: workers
    instanceType: m7i.large
    minSize: 1
    maxSize: 5
${extra}`;
    // eksctl tags the group itself when it carries the autoScaler policy.
    expect(runOnYaml(rule, `${CA_ROLE}${group('    iam: {withAddonPolicies: {autoScaler: true}}\n')}`)).toEqual([]);
    const tagged = '    tags: {k8s.io/cluster-autoscaler/enabled: "true", k8s.io/cluster-autoscaler/demo: owned}\n';
    expect(runOnYaml(rule, `${CA_ROLE}${group(tagged)}`)).toEqual([]);
    // eksctl copies metadata.tags onto every self-managed group.
    const clusterTagged = `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: demo
  region: us-west-2
  version: "1.35"
  tags: {k8s.io/cluster-autoscaler/enabled: "true", k8s.io/cluster-autoscaler/demo: owned}
`;
    expect(runRule(rule, importEksctlYaml(clusterTagged + CA_ROLE + group('')).document.design)).toEqual([]);
    // min = desired ?? 2 and max = desired ?? min: nothing to scale.
    expect(
      runOnYaml(rule, `${CA_ROLE}nodeGroups:\n  - name: workers\n    instanceType: m7i.large\n    desiredCapacity: 3\n`),
    ).toEqual([]);
    expect(runOnYaml(rule, group(''))).toEqual([]);
  });

  it("passes the exporter's self-managed groups with Cluster Autoscaler, and the baseline", () => {
    const b = new DesignBuilder();
    const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'cluster-autoscaler', podIdentityAgent: true } });
    b.selfManagedNodeGroup(cluster, { minSize: 1, desiredCapacity: 2, maxSize: 6 });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
