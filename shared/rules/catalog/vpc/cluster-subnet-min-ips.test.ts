import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { clusterSubnetMinIps as rule } from './cluster-subnet-min-ips.js';

describe(rule.id, () => {
  it('warns below 16 usable addresses and errs below 6', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/24' });
    // A /28 holds 16 addresses but AWS keeps 5 (vpc.reserved-addresses): 11 usable, below 16; a /29's 8 leave 3.
    const s1 = b.subnet(vpc, 'us-east-1a', '10.0.0.0/28', 'private');
    const s2 = b.subnet(vpc, 'us-east-1b', '10.0.0.16/29', 'private');
    b.subnet(vpc, 'us-east-1c', '10.0.0.128/25', 'private');
    const cluster = b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [s1.id, cluster.id],
        params: { subnet: 'subnet-1', cidr: '10.0.0.0/28', cluster: 'demo-1', usable: 11 },
        severity: 'warning',
      },
      {
        partIds: [s2.id, cluster.id],
        params: { subnet: 'subnet-2', cidr: '10.0.0.16/29', cluster: 'demo-1', usable: 3 },
        severity: 'error',
      },
    ]);
  });

  it('passes /27 subnets, VPCs without a cluster and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/24' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/27', 'private');
    b.cluster(vpc);
    b.subnet(b.vpc({ cidr: '10.1.0.0/24' }), 'us-east-1a', '10.1.0.0/28', 'private');
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
