import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { vpcCidrLists as rule } from './vpc-cidr-lists.js';

describe(rule.id, () => {
  it('flags entries of vpc.extraCIDRs and vpc.extraIPv6CIDRs that Go cannot parse, at each entry', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { extraCIDRs: ['100.64.0.0/16', '100.64.0.0'], extraIPv6CIDRs: ['2600:1f14::/129'] } });
    b.cluster(vpc, { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: { cluster: 'demo-1', path: 'vpc.extraCIDRs[1]', value: '100.64.0.0' },
        configPath: 'vpc.extraCIDRs[1]',
      },
      {
        partIds: [vpc.id],
        params: { cluster: 'demo-1', path: 'vpc.extraIPv6CIDRs[0]', value: '2600:1f14::/129' },
        configPath: 'vpc.extraIPv6CIDRs[0]',
      },
    ]);
  });

  it('reads vpc.publicAccessCIDRs the same way: IPv6 blocks and host bits pass, a bad prefix does not', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.cluster(vpc, {
      endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.5/24', '2001:db8::/48', '1.2.3.4/33'] },
    });
    expect(runRule(rule, b.build()).map((f) => f.configPath)).toEqual(['vpc.publicAccessCIDRs[2]']);
  });

  it('passes CIDRs Go accepts (host bits and IPv6 included) and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { extraCIDRs: ['100.64.0.1/16', '10.1.0.0/16'], extraIPv6CIDRs: ['2600:1f14:abc:de00::/56'] } }), {
      ipFamily: 'IPv6',
    });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
