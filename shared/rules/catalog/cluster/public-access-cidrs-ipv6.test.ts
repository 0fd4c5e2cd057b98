import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { publicAccessCidrsIpv6 as rule } from './public-access-cidrs-ipv6.js';

const CIDRS = 'vpc:\n  publicAccessCIDRs: ["203.0.113.0/24", "2001:db8:1234::/48", "2001:db8::/129", "::/0"]\n';

describe(rule.id, () => {
  it('flags each IPv6 block on an IPv4 cluster, leaving unparsable ones to eksctl.vpc-cidr-lists', () => {
    expect(runOnYaml(rule, CIDRS).map((f) => [f.configPath, f.params?.['value']])).toEqual([
      ['vpc.publicAccessCIDRs[1]', '2001:db8:1234::/48'],
      ['vpc.publicAccessCIDRs[3]', '::/0'],
    ]);
  });

  it('passes IPv6 blocks on an IPv6 cluster (any letter case of ipFamily), IPv4 blocks, and the baseline', () => {
    expect(runOnYaml(rule, 'kubernetesNetworkConfig:\n  ipFamily: ipv6\n' + CIDRS)).toEqual([]);
    expect(runOnYaml(rule, 'vpc:\n  publicAccessCIDRs: ["203.0.113.5/24"]\n')).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
