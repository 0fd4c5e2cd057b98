import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { localZones as rule } from './local-zones.js';

const LZ = { localZones: ['us-west-2-lax-1a'] };

describe(rule.id, () => {
  it('flags Local Zones with a HighlyAvailable NAT gateway, quoting eksctl', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc({ natGateway: 'HighlyAvailable' }), { region: 'us-west-2', extra: LZ });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [c.id],
        params: {
          cluster: 'demo-1',
          path: 'localZones',
          with: 'vpc.nat.gateway: HighlyAvailable',
          eksctl: 'HighlyAvailable NAT gateway is not supported for localZones',
        },
        configPath: 'localZones',
      },
    ]);
  });

  it('flags Local Zones with an existing VPC and with IPv6', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ existingVpcId: 'vpc-0abc' }), { region: 'us-west-2', extra: LZ });
    b.cluster(undefined, { region: 'us-west-2', ipFamily: 'IPv6', extra: LZ });
    expect(runRule(rule, b.build()).map((f) => f.params?.['eksctl'])).toEqual([
      'localZones are not supported with a pre-existing VPC',
      'localZones are not supported with IPv6',
    ]);
  });

  it('flags a self-managed node group with both localZones and availabilityZones', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc(), { region: 'us-west-2' });
    const ng = b.selfManagedNodeGroup(c, { extra: { localZones: ['us-west-2-lax-1a'], availabilityZones: ['us-west-2a'] } });
    expect(runRule(rule, b.build()).map((f) => [f.partIds, f.configPath])).toEqual([[[ng.id], 'nodeGroups[0].localZones']]);
  });

  it('passes Local Zones with a single NAT gateway in a VPC eksctl creates, and the baseline', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc(), { region: 'us-west-2', extra: LZ });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
