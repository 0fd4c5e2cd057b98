import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipv6CidrPool as rule } from './ipv6-cidr-pool.js';

const CIDR = '2600:1f14:abc:de00::/56';
const POOL = 'ipv6pool-ec2-0123456789abcdef0';

describe(rule.id, () => {
  it('flags vpc.ipv6Cidr on an IPv4 cluster, at the field', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { ipv6Cidr: CIDR, ipv6Pool: POOL } });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: {
          cluster: 'demo-1',
          path: 'vpc.ipv6Cidr',
          eksctl: 'Ipv6Cidr and Ipv6CidrPool are only supported when IPFamily is set to IPv6',
        },
        configPath: 'vpc.ipv6Cidr',
      },
    ]);
  });

  it('flags one without the other, and both with an existing VPC, on IPv6', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { ipv6Pool: POOL } }), { ipFamily: 'IPv6' });
    b.cluster(b.vpc({ existingVpcId: 'vpc-0abc', extra: { ipv6Cidr: CIDR, ipv6Pool: POOL } }), { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build()).map((f) => [f.configPath, f.params?.['eksctl']])).toEqual([
      ['vpc.ipv6Pool', 'Ipv6Cidr and Ipv6Pool must both be configured to use a custom IPv6 CIDR and address pool'],
      ['vpc.ipv6Cidr', 'cannot provide VPC.IPv6Cidr when using a pre-existing VPC.ID'],
    ]);
  });

  it('passes both on an IPv6 cluster whose VPC eksctl creates, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ extra: { ipv6Cidr: CIDR, ipv6Pool: POOL } }), { ipFamily: 'IPv6' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
