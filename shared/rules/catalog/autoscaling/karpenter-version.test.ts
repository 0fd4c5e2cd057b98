import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { withKarpenterVersion } from '../../test-support/karpenter-design.js';
import { findingsFor } from '../../test-support/cluster-config-rule.js';
import { parseGoVersion } from '../../../eksctl/go-version.js';
import { karpenterVersion as rule, parseKarpenterVersion } from './karpenter-version.js';

describe(rule.id, () => {
  it.each([
    ['', 'version field is required if installing Karpenter is enabled'],
    ['latest', 'failed to parse Karpenter version "latest"'],
    ['0.19.3', 'minimum supported version is v0.20.0'],
    ['v0.9.0', 'minimum supported version is v0.20.0'],
    ['0.20.0-rc.1', 'minimum supported version is v0.20.0'],
  ])('flags Karpenter version "%s" in eksctl\'s words', (version, problem) => {
    const { design, cluster } = withKarpenterVersion(version);
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [cluster.id],
        params: { cluster: cluster.name, path: 'karpenter.version', version, problem },
        configPath: 'karpenter.version',
      },
    ]);
  });

  it.each(['0.20.0', 'v0.37.0', '1.6.0', '1.6', 'v1'])('passes Karpenter version "%s" (go-version reads it)', (version) => {
    expect(runRule(rule, withKarpenterVersion(version).design)).toEqual([]);
  });

  it('reads a version carried in the config, and ignores it when Karpenter is off, as in the baseline', () => {
    expect(
      findingsFor(rule, {}, { addons: { nodeAutoscaler: 'karpenter', karpenterVersion: '0.5.0' } }).map(
        (f) => f.params?.['problem'],
      ),
    ).toEqual(['minimum supported version is v0.20.0']);
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.karpenterVersion = 'nonsense';
    expect(runRule(rule, b.build())).toEqual([]);
    expect(parseKarpenterVersion(' v1.2.3 ')).toEqual([1, 2, 3]);
    expect(parseGoVersion('1.2.3+meta')).toEqual({ segments: [1, 2, 3], prerelease: false });
  });
});
