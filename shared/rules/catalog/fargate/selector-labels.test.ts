import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { selectorLabels as rule } from './selector-labels.js';

const labels = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`k${i}`, 'v']));

describe(rule.id, () => {
  it('flags a selector with six labels', () => {
    const b = new DesignBuilder();
    const fp = b.fargateProfile(b.cluster(b.vpc()), { selectors: [{ namespace: 'a' }, { namespace: 'b', labels: labels(6) }] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [fp.id], params: { profile: fp.name, selector: 2, count: 6 } }]);
  });

  it('passes five labels', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.fargateProfile(b.cluster(b.vpc()), { selectors: [{ namespace: 'a', labels: labels(5) }] });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
