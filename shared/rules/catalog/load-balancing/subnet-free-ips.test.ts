import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { subnetFreeIps as rule } from './subnet-free-ips.js';

describe(rule.id, () => {
  it('flags a /29 subnet (3 usable addresses) picked for an NLB', () => {
    const { b, vpc, privateSubnets } = baselineBuilder();
    const tiny = b.subnet(vpc, 'us-east-1b', '10.0.250.0/29', 'private');
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal', subnetIds: [privateSubnets[0]!.id, tiny.id] } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [nlb.id, tiny.id], params: { loadBalancer: nlb.name, subnet: tiny.name, cidr: '10.0.250.0/29', free: 3 } },
    ]);
  });

  it('passes a /28 (11 usable addresses) and the baseline /19s', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc } = baselineBuilder();
    const small = b.subnet(vpc, 'us-east-1b', '10.0.250.0/28', 'private');
    b.add('nlb', { parent: vpc, props: { scheme: 'internal', subnetIds: [small.id] } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
