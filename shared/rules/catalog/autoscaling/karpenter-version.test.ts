import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { karpenterVersion as rule, parseKarpenterVersion } from './karpenter-version.js';

function withVersion(karpenterVersion: string) {
  const b = new DesignBuilder();
  const cluster = b.cluster(b.vpc(), { addons: { nodeAutoscaler: 'karpenter', karpenterVersion } });
  return { design: b.build(), cluster };
}

describe(rule.id, () => {
  it.each(['', 'latest', '0.19.3', 'v0.9.0'])('flags Karpenter version "%s"', (version) => {
    const { design, cluster } = withVersion(version);
    expect(runRule(rule, design)).toEqual([{ partIds: [cluster.id], params: { cluster: cluster.name, version } }]);
  });

  it.each(['0.20.0', 'v0.37.0', '1.6.0'])('passes Karpenter version "%s"', (version) => {
    expect(runRule(rule, withVersion(version).design)).toEqual([]);
  });

  it('ignores the version when Karpenter is off, as in the baseline', () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.karpenterVersion = 'nonsense';
    expect(runRule(rule, b.build())).toEqual([]);
    expect(parseKarpenterVersion(' v1.2.3 ')).toEqual([1, 2, 3]);
  });
});
