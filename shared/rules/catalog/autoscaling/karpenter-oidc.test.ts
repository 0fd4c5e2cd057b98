import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { findingsFor, quietOnBaseline } from '../cluster/config-test-support.js';
import { karpenterOidc as rule } from './karpenter-oidc.js';

describe(rule.id, () => {
  it('flags Karpenter carried in the config with withOIDC false', () => {
    const extra = { karpenter: { version: '1.6.0' }, iam: { withOIDC: false } };
    expect(findingsFor(rule, extra)).toEqual([
      { partIds: ['cluster-1'], params: { cluster: 'demo-1', path: 'iam.withOIDC' }, configPath: 'iam.withOIDC' },
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
