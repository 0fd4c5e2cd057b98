import { describe, expect, it } from 'vitest';
import { DesignBuilder, runRule } from '../../test-support/builder.js';
import { withKarpenterVersion } from '../../test-support/karpenter-design.js';
import { karpenterKubernetesVersion as rule } from './karpenter-kubernetes-version.js';

describe(rule.id, () => {
  it('flags Karpenter 1.6 on Kubernetes 1.35: the matrix stops at 1.34 and the controller panics at start', () => {
    const { design, cluster } = withKarpenterVersion('1.6.0', '1.35');
    expect(runRule(rule, design)).toEqual([
      {
        partIds: [cluster.id],
        configPath: 'karpenter.version',
        params: {
          cluster: cluster.name,
          path: 'karpenter.version',
          version: '1.6.0',
          kubernetes: '1.35',
          range: '1.26–1.34',
          latest: '1.14.1',
        },
      },
    ]);
  });

  it.each([
    ['1.25', '1.6.0'],
    ['1.31', 'v0.37.0'],
  ])('flags Kubernetes %s with Karpenter %s, outside its range', (kubernetes, karpenter) => {
    expect(runRule(rule, withKarpenterVersion(karpenter, kubernetes).design)).toHaveLength(1);
  });

  it.each([
    ['1.35', '1.9.0'],
    ['1.35', '1.14.1'],
    ['1.34', '1.6.3'],
    ['1.30', 'v0.37.0'],
    // Releases the matrix does not list claim nothing.
    ['1.35', '2.0.0'],
  ])('passes Kubernetes %s with Karpenter %s', (kubernetes, karpenter) => {
    expect(runRule(rule, withKarpenterVersion(karpenter, kubernetes).design)).toEqual([]);
  });

  it('is quiet without Karpenter', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { version: '1.35', addons: { nodeAutoscaler: 'cluster-autoscaler', karpenterVersion: '1.0.0' } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});

describe(`${rule.id} and versions eksctl refuses`, () => {
  it('leaves a Karpenter below eksctl’s minimum to eksctl.karpenter-version', () => {
    expect(runRule(rule, withKarpenterVersion('v0.19.3', '1.35').design)).toEqual([]);
  });
});
