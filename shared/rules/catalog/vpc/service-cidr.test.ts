import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { serviceCidr as rule } from './service-cidr.js';

describe(rule.id, () => {
  it('flags a service CIDR that overlaps the VPC, is public space or is too small', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const c1 = b.cluster(vpc, { serviceIpv4Cidr: '10.0.0.0/16' });
    const c2 = b.cluster(vpc, { serviceIpv4Cidr: '100.64.0.0/16' });
    const c3 = b.cluster(vpc, { serviceIpv4Cidr: '10.100.0.0/25' });
    const c4 = b.cluster(undefined, { serviceIpv4Cidr: '192.168.0.0/24' });
    const vpcCidr = '10.0.0.0/16';
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c1.id, vpc.id], params: { cluster: 'demo-1', cidr: '10.0.0.0/16', vpcCidr } },
      { partIds: [c2.id, vpc.id], params: { cluster: 'demo-2', cidr: '100.64.0.0/16', vpcCidr } },
      { partIds: [c3.id, vpc.id], params: { cluster: 'demo-3', cidr: '10.100.0.0/25', vpcCidr } },
      { partIds: [c4.id], params: { cluster: 'demo-4', cidr: '192.168.0.0/24', vpcCidr: '192.168.0.0/16' } },
    ]);
  });

  it('passes a private non-overlapping range, the default and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    b.cluster(vpc, { serviceIpv4Cidr: '172.20.0.0/16' });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
