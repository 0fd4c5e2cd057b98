import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { needsSelector as rule } from './needs-selector.js';

describe(rule.id, () => {
  it('flags a profile without selectors', () => {
    const b = new DesignBuilder();
    const fp = b.fargateProfile(b.cluster(b.vpc()), { selectors: [] });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [fp.id], params: { profile: fp.name } }]);
  });

  it('passes a profile with a selector', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    b.fargateProfile(b.cluster(b.vpc()));
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
