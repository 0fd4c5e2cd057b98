import { describe, expect, it } from 'vitest';
import { validateDesign } from '../../engine.js';
import { fixedDesign } from '../../fixes.js';
import { baselineBuilder, runRule, TEST_CONTEXT } from '../../test-support/builder.js';
import { withKarpenterVersion } from '../../test-support/karpenter-design.js';
import { karpenterChartTag, karpenterChartVersion as rule } from './karpenter-chart-version.js';

describe(rule.id, () => {
  it.each([
    // Since 0.35.0 Karpenter's chart tags have no "v": Helm would pull the missing tag v1.2.0.
    ['v1.2.0', '1.2.0'],
    ['v0.35.0', '0.35.0'],
    // Before 0.35.0 they had one: "0.33.0" is not a tag (eksctl's own example writes 'v0.20.0').
    ['0.33.0', 'v0.33.0'],
    // Helm takes a semantic version as the exact tag: "1.6" pulls a tag "1.6" nobody publishes.
    ['1.6', '1.6.0'],
    ['v1', '1.0.0'],
  ])('flags Karpenter "%s", whose chart is tagged %s', (version, tag) => {
    const { design, cluster } = withKarpenterVersion(version);
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [cluster.id],
        params: { cluster: cluster.name, path: 'karpenter.version', version, tag },
        configPath: 'karpenter.version',
      },
    ]);
  });

  it.each(['1.2.0', '1.14.1', '0.35.0', 'v0.34.1', 'v0.20.0'])('passes "%s", a tag Karpenter publishes', (version) => {
    expect(runRule(rule, withKarpenterVersion(version).design)).toEqual([]);
  });

  it("leaves versions eksctl refuses (and pre-releases) to eksctl.karpenter-version's message", () => {
    for (const version of ['', 'latest', 'v0.19.0', '1.0.0-rc.1']) expect(karpenterChartTag(version)).toBeUndefined();
  });

  it('is quiet without Karpenter, as in the baseline', () => {
    const { b, cluster } = baselineBuilder();
    cluster.props.addons.karpenterVersion = 'v1.2.0';
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('fixes the version to the published tag, after which the finding is gone', () => {
    const { design } = withKarpenterVersion('v1.2.0');
    const finding = validateDesign(design, TEST_CONTEXT).find((d) => d.ruleId === rule.id);
    expect(finding?.severity).toBe('error');
    const fixed = fixedDesign(design, finding!);
    const cluster = fixed.parts.find((p) => p.kind === 'cluster');
    expect(cluster?.kind === 'cluster' && cluster.props.addons.karpenterVersion).toBe('1.2.0');
    expect(validateDesign(fixed, TEST_CONTEXT).filter((d) => d.ruleId === rule.id)).toEqual([]);
    expect(fixedDesign(fixed, finding!)).toBe(fixed);
  });
});
