import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { maxSelectors as rule } from './max-selectors.js';

const selectors = (n: number) => Array.from({ length: n }, (_, i) => ({ namespace: `ns-${i}` }));

describe(rule.id, () => {
  it('flags six selectors', () => {
    const b = new DesignBuilder();
    const fp = b.fargateProfile(b.cluster(b.vpc()), { selectors: selectors(6) });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [fp.id], params: { profile: fp.name, count: 6 } }]);
  });

  it('passes five selectors', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.fargateProfile(b.cluster(b.vpc()), { selectors: selectors(5) });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
