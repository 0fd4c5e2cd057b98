import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { quotaFargateProfiles as rule } from './quota-fargate-profiles.js';

describe(rule.id, () => {
  it('flags more than 10 Fargate profiles in a cluster', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc());
    const ids = Array.from({ length: 11 }, (_, i) => b.fargateProfile(c, { selectors: [{ namespace: `ns-${i}` }] }).id);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id, ...ids], params: { cluster: 'demo-1', count: 11, quota: 10 } }]);
  });

  it('passes 10 profiles and the baseline', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc());
    for (let i = 0; i < 10; i++) b.fargateProfile(c, { selectors: [{ namespace: `ns-${i}` }] });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
