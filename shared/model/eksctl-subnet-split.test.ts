import { describe, expect, it } from 'vitest';
import { eksctlSubnetSplit } from './eksctl-subnet-split.js';

// Oracle: eksctl's own tests, pkg/vpc/vpc_test.go ("SetSubnets CIDR assignment", "Set subnets"), run with
// api.NewClusterVPC's default CIDR 192.168.0.0/16.
describe('eksctlSubnetSplit', () => {
  it('gives three zones /19 blocks, public 0–2 and private 3–5 (only availabilityZones is set)', () => {
    const split = eksctlSubnetSplit('192.168.0.0/16', ['us-west-2a', 'us-west-2b', 'us-west-2c']);
    expect(split).toEqual({
      ok: true,
      zones: [
        { zone: 'us-west-2a', public: '192.168.0.0/19', private: '192.168.96.0/19' },
        { zone: 'us-west-2b', public: '192.168.32.0/19', private: '192.168.128.0/19' },
        { zone: 'us-west-2c', public: '192.168.64.0/19', private: '192.168.160.0/19' },
      ],
    });
  });

  it('gives one zone (control plane on Outposts) 192.168.0.0/19 and 192.168.32.0/19', () => {
    expect(eksctlSubnetSplit('192.168.0.0/16', ['us-west-2a'])).toEqual({
      ok: true,
      zones: [{ zone: 'us-west-2a', public: '192.168.0.0/19', private: '192.168.32.0/19' }],
    });
  });

  it('cuts into /20 blocks past 8 subnets, as SplitInto16 does', () => {
    const zones = ['1', '2', '3', '4', '5'];
    const split = eksctlSubnetSplit('192.168.0.0/16', zones);
    if (!split.ok) throw new Error('expected a split');
    expect(split.zones[0]).toEqual({ zone: '1', public: '192.168.0.0/20', private: '192.168.80.0/20' });
    expect(split.zones[4]).toEqual({ zone: '5', public: '192.168.64.0/20', private: '192.168.144.0/20' });
    // Eight zones is eksctl's limit ("VPC with valid number of subnets").
    expect(eksctlSubnetSplit('192.168.0.0/16', ['1', '2', '3', '4', '5', '6', '7', '8']).ok).toBe(true);
  });

  it('refuses what eksctl refuses: 9 zones, a prefix outside /16–/24, a CIDR that does not parse', () => {
    expect(eksctlSubnetSplit('192.168.0.0/16', ['1', '2', '3', '4', '5', '6', '7', '8', '9'])).toEqual({
      ok: false,
      reason: 'too-many-zones',
    });
    expect(eksctlSubnetSplit('192.168.0.0/32', ['a', 'b'])).toEqual({ ok: false, reason: 'prefix' });
    expect(eksctlSubnetSplit('10.0.0.0/8', ['a', 'b'])).toEqual({ ok: false, reason: 'prefix' });
    expect(eksctlSubnetSplit('not a cidr', ['a', 'b'])).toEqual({ ok: false, reason: 'cidr' });
  });

  it('splits a /24 and a 10.x VPC the same way', () => {
    const split = eksctlSubnetSplit('10.0.0.0/24', ['a', 'b']);
    expect(split).toEqual({
      ok: true,
      zones: [
        { zone: 'a', public: '10.0.0.0/27', private: '10.0.0.64/27' },
        { zone: 'b', public: '10.0.0.32/27', private: '10.0.0.96/27' },
      ],
    });
  });
});
