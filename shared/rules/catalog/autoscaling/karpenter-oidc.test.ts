import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { importEksctlYaml } from '../../../round-trip/index.js';
import { findingsFor, quietOnBaseline } from '../../test-support/cluster-config-rule.js';
import { karpenterOidc as rule } from './karpenter-oidc.js';

describe(rule.id, () => {
  it('flags an imported config with Karpenter and withOIDC false', () => {
    // The exporter turns OIDC on for a drawn Karpenter; an imported file keeps what it says.
    const { document } = importEksctlYaml(`apiVersion: eksctl.io/v1alpha5
kind: ClusterConfig
metadata: {name: demo, region: us-west-2, version: "1.35"}
iam: {withOIDC: false}
karpenter: {version: "1.6.0"}
`);
    const [cluster] = document.design.parts.filter((p) => p.kind === 'cluster');
    expect(runRule(rule, document.design)).toEqual([
      { partIds: [cluster!.id], params: { cluster: 'demo', path: 'iam.withOIDC' }, configPath: 'iam.withOIDC' },
    ]);
  });

  it("passes the exporter's Karpenter (which turns OIDC on), no Karpenter, and the baseline", () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter', karpenterVersion: '1.6.0' } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(findingsFor(rule, { iam: { withOIDC: false } })).toEqual([]);
    expect(quietOnBaseline(rule)).toBe(true);
  });
});
