import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { quotaClusters as rule } from './quota-clusters.js';

describe(rule.id, () => {
  it('flags more than 100 clusters in one Region', () => {
    const b = new DesignBuilder();
    const ids = Array.from({ length: 101 }, () => b.cluster(undefined).id);
    b.cluster(undefined, { region: 'ap-northeast-1' });
    expect(runRule(rule, b.build())).toEqual([{ partIds: ids, params: { region: 'us-east-1', count: 101, quota: 100 } }]);
  });

  it('passes 100 clusters and the baseline', () => {
    const b = new DesignBuilder();
    for (let i = 0; i < 100; i++) b.cluster(undefined);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
