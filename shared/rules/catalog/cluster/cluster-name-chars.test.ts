import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { clusterNameChars as rule } from './cluster-name-chars.js';

describe(rule.id, () => {
  it('flags an underscore that EKS accepts but eksctl does not', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, {}, 'prod_eks');
    b.cluster(undefined, {}, '_bad');
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id], params: { name: 'prod_eks' } }]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
