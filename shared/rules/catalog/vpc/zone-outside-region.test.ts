import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { regionOfZoneName, zoneOutsideRegion as rule } from './zone-outside-region.js';

describe(rule.id, () => {
  it('flags drawn subnets in another Region (us-west-2a for a us-east-1 cluster), on the subnet', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    const wrong = b.subnet(vpc, 'us-west-2a', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private');
    b.cluster(vpc, { region: 'us-east-1' });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [wrong.id, vpc.id],
        params: {
          cluster: 'demo-1',
          path: 'availabilityZones[0]',
          zone: 'us-west-2a',
          zoneRegion: 'us-west-2',
          region: 'us-east-1',
          example: 'us-east-1a',
        },
        configPath: 'availabilityZones[0]',
      },
    ]);
  });

  it('flags picked availabilityZones and node group zones carried through an import', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16', availabilityZones: ['eu-west-1a', 'eu-central-1b'] });
    const c = b.cluster(vpc, { region: 'eu-west-1' });
    const ng = b.managedNodeGroup(c, { extra: { availabilityZones: ['eu-west-1a', 'us-east-1a'] } });
    const found = runRule(rule, b.build());
    expect(found.map((f) => [f.configPath, f.partIds])).toEqual([
      ['availabilityZones[1]', [c.id, vpc.id]],
      ['managedNodeGroups[0].availabilityZones[1]', [ng.id]],
    ]);
  });

  it('flags a subnet keyed by a foreign zone without az or id, and a Local Zone of another Region', () => {
    const b = new DesignBuilder();
    b.cluster(undefined, {
      region: 'us-east-1',
      extra: {
        vpc: { subnets: { public: { 'us-west-2b': { cidr: '192.168.0.0/19' } } } },
        localZones: ['us-west-2-lax-1a', 'us-east-1-bos-1a'],
      },
    });
    expect(runRule(rule, b.build()).map((f) => f.configPath)).toEqual(['localZones[0]', 'vpc.subnets.public["us-west-2b"]']);
  });

  it("passes zones of the cluster's Region, aliases, existing subnets, no zones at all, and the baseline", () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/16' });
    b.subnet(vpc, 'ap-northeast-1a', '10.0.0.0/19', 'private');
    b.subnet(vpc, 'ap-northeast-1c', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0abc' });
    b.cluster(vpc, { region: 'ap-northeast-1' });
    b.cluster(b.vpc({ cidr: '10.1.0.0/16' }), { region: 'us-east-1' });
    b.cluster(undefined, {
      region: 'us-east-1',
      extra: { vpc: { subnets: { private: { 'my-subnet-1a': { id: 'subnet-1' } } } } },
    });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('reads the Region of AZ, Local Zone and Wavelength Zone names', () => {
    expect(regionOfZoneName('us-east-1a')).toBe('us-east-1');
    expect(regionOfZoneName('us-gov-west-1b')).toBe('us-gov-west-1');
    expect(regionOfZoneName('us-west-2-lax-1a')).toBe('us-west-2');
    expect(regionOfZoneName('us-east-1-wl1-bos-wlz-1')).toBe('us-east-1');
    expect(regionOfZoneName('public-one')).toBeUndefined();
    expect(regionOfZoneName('my-subnet-1a')).toBeUndefined();
  });
});
