import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6CoreAddons as rule } from './ipv6-core-addons.js';

describe(rule.id, () => {
  it('flags an IPv6 cluster without CoreDNS', () => {
    const b = new DesignBuilder();
    const c = b.cluster(undefined, { ipFamily: 'IPv6', addons: { coreDns: false } });
    b.cluster(undefined, { addons: { coreDns: false } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [c.id], params: { cluster: 'demo-1' } }]);
  });

  it('passes IPv6 with CoreDNS and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
