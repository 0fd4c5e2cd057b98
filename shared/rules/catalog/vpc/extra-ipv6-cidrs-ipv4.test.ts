import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { extraIpv6CidrsIpv4 as rule } from './extra-ipv6-cidrs-ipv4.js';

const EXTRA = { extraIPv6CIDRs: ['2600:1f14:abc:de00::/56'] };

describe(rule.id, () => {
  it('flags vpc.extraIPv6CIDRs on an IPv4 cluster', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: EXTRA });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id], params: { cluster: 'demo-1', path: 'vpc.extraIPv6CIDRs' }, configPath: 'vpc.extraIPv6CIDRs' },
    ]);
  });

  it('passes them on an IPv6 cluster, an empty list, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: EXTRA }), { ipFamily: 'IPv6' });
    b.cluster(b.vpc({ extra: { extraIPv6CIDRs: [] } }));
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
