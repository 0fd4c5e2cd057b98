import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { subnetsWithAvailabilityZones as rule } from './subnets-with-availability-zones.js';

describe(rule.id, () => {
  it('flags availabilityZones carried next to drawn subnets', () => {
    const b = new DesignBuilder();
    // Existing subnets: for a VPC eksctl creates, the exporter writes availabilityZones and no vpc.subnets.
    const vpc = b.vpc({ cidr: '10.0.0.0/16', existingVpcId: 'vpc-0abc' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0aaa' });
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0bbb' });
    const c = b.cluster(vpc, { region: 'us-east-1', extra: { availabilityZones: ['us-east-1a', 'us-east-1b'] } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c.id],
        params: { cluster: 'demo-1', path: 'availabilityZones', zones: 'us-east-1a, us-east-1b' },
        configPath: 'availabilityZones',
      },
    ]);
  });

  it('passes zones without subnets (what the exporter writes for a VPC eksctl lays out) and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc());
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
