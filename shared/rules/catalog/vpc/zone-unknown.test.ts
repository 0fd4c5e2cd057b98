import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { zoneUnknown as rule } from './zone-unknown.js';

describe(rule.id, () => {
  it('warns about a zone of the Region the AZ table does not list (ap-northeast-1b), on the subnet', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const closed = b.subnet(vpc, 'ap-northeast-1b', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'ap-northeast-1c', '10.0.32.0/19', 'private');
    b.cluster(vpc, { region: 'ap-northeast-1' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [closed.id, vpc.id],
        params: {
          cluster: 'demo-1',
          path: 'availabilityZones[0]',
          zone: 'ap-northeast-1b',
          region: 'ap-northeast-1',
          known: 'ap-northeast-1a, ap-northeast-1c, ap-northeast-1d',
          asOf: '2026-08-21',
        },
        configPath: 'availabilityZones[0]',
      },
    ]);
  });

  it('warns about picked zones and node group zones the Region does not have', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', availabilityZones: ['ca-central-1a', 'ca-central-1c'] });
    const c = b.cluster(vpc, { region: 'ca-central-1' });
    b.managedNodeGroup(c, { extra: { availabilityZones: ['ca-central-1z'] } });
    expect(runRule(rule, b.build()).map((f) => f.configPath)).toEqual([
      'availabilityZones[1]',
      'managedNodeGroups[0].availabilityZones[0]',
    ]);
  });

  it('passes listed zones, zones of other Regions (vpc.zone-outside-region), Regions the table lacks, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ cidr: '10.0.0.0/16', availabilityZones: ['us-east-1a', 'us-east-1f', 'us-west-2z'] }), {
      region: 'us-east-1',
    });
    b.cluster(b.vpc({ cidr: '10.1.0.0/16', availabilityZones: ['xx-new-1a', 'xx-new-1q'] }), { region: 'xx-new-1' });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('leaves a Local Zone written as an Availability Zone to vpc.local-zone-as-availability-zone', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ cidr: '10.0.0.0/16', availabilityZones: ['us-west-2a', 'us-west-2-lax-1a'] }), { region: 'us-west-2' });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
