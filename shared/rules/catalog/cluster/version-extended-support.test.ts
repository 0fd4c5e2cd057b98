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

  it('leaves STANDARD on such a version to cluster.standard-support-ended, and no longer advises STANDARD as the way out', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { version: '1.32', supportType: 'STANDARD' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(rule.text.en.fix).toMatch(/can be set only on a version still in standard support/);
  });

  it('passes a version in standard support (the baseline)', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
