import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { securityGroupExclusive as rule } from './security-group-exclusive.js';

describe(rule.id, () => {
  it('flags vpc.securityGroup together with vpc.controlPlaneSecurityGroupIDs', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({
      extra: { securityGroup: 'sg-0123456789abcdef0', controlPlaneSecurityGroupIDs: ['sg-0fedcba9876543210'] },
    });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: { cluster: 'demo-1', path: 'vpc.controlPlaneSecurityGroupIDs' },
        configPath: 'vpc.controlPlaneSecurityGroupIDs',
      },
    ]);
  });

  it('passes either one alone and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { securityGroup: 'sg-0123456789abcdef0' } }));
    b.cluster(b.vpc({ extra: { controlPlaneSecurityGroupIDs: ['sg-0fedcba9876543210'] } }));
    b.cluster(b.vpc({ extra: { securityGroup: '', controlPlaneSecurityGroupIDs: ['sg-0fedcba9876543210'] } }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
