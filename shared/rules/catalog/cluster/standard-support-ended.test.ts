import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule, TEST_CONTEXT } from '../../test-support/builder.js';
import { standardSupportEnded as rule } from './standard-support-ended.js';

const DEC_6 = { ...TEST_CONTEXT, today: '2026-12-06' };

describe(rule.id, () => {
  it('flags STANDARD on a version already in extended support (1.34 on 2026-12-06), at upgradePolicy.supportType', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { version: '1.34', supportType: 'STANDARD' });
    expect(runRule(rule, b.build(), DEC_6)).toEqual([
      {
        partIds: [c.id],
        params: {
          cluster: 'demo-1',
          path: 'upgradePolicy.supportType',
          version: '1.34',
          endOfStandard: '2026-12-02',
          standardVersions: '1.35',
        },
        configPath: 'upgradePolicy.supportType',
      },
    ]);
  });

  it('reads a supportType carried through an import the same way', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { version: '1.33', supportType: 'EXTENDED', extra: { upgradePolicy: { supportType: 'STANDARD' } } });
    expect(runRule(rule, b.build(), DEC_6)).toHaveLength(1);
  });

  it('passes STANDARD before the end of standard support, EXTENDED, unknown versions and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { version: '1.34', supportType: 'STANDARD' });
    expect(runRule(rule, b.build(), { ...TEST_CONTEXT, today: '2026-12-01' })).toEqual([]);
    const c = new DesignBuilder();
    c.cluster(undefined, { version: '1.34', supportType: 'EXTENDED' });
    c.cluster(undefined, { version: '1.35', supportType: 'STANDARD' });
    c.cluster(undefined, { version: '1.36', supportType: 'STANDARD' });
    expect(runRule(rule, c.build(), DEC_6)).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build(), DEC_6)).toEqual([]);
  });
});
