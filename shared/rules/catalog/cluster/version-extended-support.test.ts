import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { versionExtendedSupport as rule } from './version-extended-support.js';

describe(rule.id, () => {
  it('warns about a version in extended support with its price difference', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { version: '1.32' });
    b.cluster(undefined, { version: '1.31' }); // past extended support: cluster.version-supported's case
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c.id],
        params: {
          cluster: 'demo-1',
          version: '1.32',
          endOfStandard: '2026-03-23',
          endOfExtended: '2027-03-23',
          standardPrice: '0.10',
          extendedPrice: '0.60',
          extraPerMonth: 365,
        },
      },
    ]);
  });

  it('passes a version in standard support (the baseline)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
