import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { serviceCidrIpv6 as rule } from './service-cidr-ipv6.js';

describe(rule.id, () => {
  it('flags a service IPv4 CIDR on an IPv6 cluster', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { ipFamily: 'IPv6', serviceIpv4Cidr: '172.20.0.0/16' });
    b.cluster(undefined, { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id], params: { cluster: 'demo-1', cidr: '172.20.0.0/16' } }]);
  });

  it('passes an IPv4 cluster with a service CIDR and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { serviceIpv4Cidr: '172.20.0.0/16' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
