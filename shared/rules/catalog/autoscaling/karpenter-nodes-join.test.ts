import { describe, expect, it } from 'vitest';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { karpenterNodesJoin as rule } from './karpenter-nodes-join.js';

const karpenter = { nodeAutoscaler: 'karpenter' } as const;
const role = 'eksctl-KarpenterNodeRole-demo-1';

const importedYaml = (accessConfig: string) => `apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata:
  name: shop
  region: us-east-1
  version: "1.35"
iam:
  withOIDC: true
karpenter:
  version: "1.6.0"
${accessConfig}
managedNodeGroups:
  - name: ng-1
    instanceType: m6i.large
    desiredCapacity: 2
`;

describe(rule.id, () => {
  it('flags an imported file with Karpenter under authenticationMode: API, at the mode', () => {
    const { document } = importEksctlYaml(importedYaml('accessConfig:\n  authenticationMode: API'));
    const findings = runRule(rule, document.design);
    expect(findings).toHaveLength(1);
    expect(findings[0]!.configPath).toBe('accessConfig.authenticationMode');
    expect(findings[0]!.params).toMatchObject({ cluster: 'shop', role: 'eksctl-KarpenterNodeRole-shop' });
  });

  it('passes an imported file whose EC2_LINUX access entry admits the node role, and the default mode', () => {
    const entry = `accessConfig:
  authenticationMode: API
  accessEntries:
    - principalARN: arn:aws:iam::111122223333:role/eksctl-KarpenterNodeRole-shop
      type: EC2_LINUX`;
    expect(runRule(rule, importEksctlYaml(importedYaml(entry)).document.design)).toEqual([]);
    expect(runRule(rule, importEksctlYaml(importedYaml('')).document.design)).toEqual([]);
    // A STANDARD entry, or one for another role, does not admit nodes.
    const standard = entry.replace('EC2_LINUX', 'STANDARD');
    expect(runRule(rule, importEksctlYaml(importedYaml(standard)).document.design)).toHaveLength(1);
    const other = entry.replace('eksctl-KarpenterNodeRole-shop', 'eksctl-KarpenterNodeRole-other');
    expect(runRule(rule, importEksctlYaml(importedYaml(other)).document.design)).toHaveLength(1);
  });

  it('passes a drawn design in API mode: the exporter keeps aws-auth on for Karpenter', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { authenticationMode: 'API', addons: karpenter });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('keeps API for a drawn design whose carried access entries admit the node role', () => {
    const b = new DesignBuilder();
    const entries = [{ principalARN: `arn:aws:iam::111122223333:role/${role}`, type: 'EC2_LINUX' }];
    // With the entry the exporter keeps API, and the nodes join through the entry.
    b.cluster(b.vpc(), { authenticationMode: 'API', addons: karpenter, extra: { accessConfig: { accessEntries: entries } } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
