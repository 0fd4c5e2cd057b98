import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6NoNat as rule } from './ipv6-no-nat.js';

describe(rule.id, () => {
  it('flags an IPv6 cluster in a VPC with a NAT gateway setting', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    const cluster = b.cluster(vpc, { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id, cluster.id], params: { cluster: 'demo-1', vpc: 'vpc-1', mode: 'Single' } },
    ]);
  });

  it('passes NAT Disable with IPv6 and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ natGateway: 'Disable' }), { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
