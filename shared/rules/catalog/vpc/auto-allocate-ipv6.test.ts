import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { autoAllocateIpv6 as rule } from './auto-allocate-ipv6.js';

describe(rule.id, () => {
  it('flags vpc.autoAllocateIPv6: true on an IPv6 cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { autoAllocateIPv6: true } });
    b.cluster(vpc, { ipFamily: 'IPv6' });
    const path = 'vpc.autoAllocateIPv6';
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id], params: { cluster: 'demo-1', path }, configPath: path }]);
  });

  it('passes it on IPv4, false on IPv6, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { autoAllocateIPv6: true } }));
    b.cluster(b.vpc({ extra: { autoAllocateIPv6: false } }), { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
