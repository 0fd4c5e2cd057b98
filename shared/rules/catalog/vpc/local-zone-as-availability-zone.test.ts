import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { isLocalOrWavelengthZoneName, localZoneAsAvailabilityZone as rule } from './local-zone-as-availability-zone.js';

const at = (body: string) => runOnYaml(rule, body).map((f) => [f.configPath, f.params?.['zone']]);

describe(rule.id, () => {
  it('tells Local and Wavelength Zone names from Availability Zones of the Region', () => {
    expect(isLocalOrWavelengthZoneName('us-west-2-lax-1a', 'us-west-2')).toBe(true);
    expect(isLocalOrWavelengthZoneName('us-east-1-wl1-bos-wlz-1', 'us-east-1')).toBe(true);
    expect(isLocalOrWavelengthZoneName('us-west-2a', 'us-west-2')).toBe(false);
    expect(isLocalOrWavelengthZoneName('us-east-1-bos-1a', 'us-west-2')).toBe(false);
  });

  it("flags a Local Zone in the cluster's and in a node group's availabilityZones, managed or self-managed", () => {
    expect(
      at(
        'availabilityZones: [us-west-2a, us-west-2-lax-1a]\nmanagedNodeGroups:\n  - name: m\n    availabilityZones: [us-west-2-lax-1b]\n' +
          'nodeGroups:\n  - name: s\n    availabilityZones: [us-west-2-den-1a]\n',
      ),
    ).toEqual([
      ['availabilityZones[1]', 'us-west-2-lax-1a'],
      ['managedNodeGroups[0].availabilityZones[0]', 'us-west-2-lax-1b'],
      ['nodeGroups[0].availabilityZones[0]', 'us-west-2-den-1a'],
    ]);
  });

  it('flags a control-plane subnet in a Local Zone, not one beside controlPlaneSubnetIDs', () => {
    const subnets =
      'vpc:\n  id: vpc-0123456789abcdef0\n  subnets:\n    public:\n      us-west-2a: { id: subnet-0123456789abcdef0 }\n      us-west-2b: { id: subnet-0123456789abcdef1 }\n' +
      '      edge: { id: subnet-0123456789abcdef2, az: us-west-2-lax-1a }\n';
    expect(at(subnets)).toEqual([['vpc.subnets.public.edge.az', 'us-west-2-lax-1a']]);
    expect(at(subnets + '  controlPlaneSubnetIDs: [subnet-0123456789abcdef0, subnet-0123456789abcdef1]\n')).toEqual([]);
  });

  it('flags a subnet drawn in a Wavelength Zone: every subnet of the VPC is a cluster subnet (vpc.cluster-subnet-no-outposts-wavelength)', () => {
    const drawn = (existing: boolean) => {
      const b = new DesignBuilder();
      const vpc = b.vpc({ cidr: '10.0.0.0/16', ...(existing ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718' } : {}) });
      const id = (n: number) => (existing ? { existingSubnetId: `subnet-0a1b2c3d4e5f6000${n}` } : {});
      b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', id(1));
      b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'private', id(2));
      const edge = b.subnet(vpc, 'us-east-1-wl1-bos-wlz-1', '10.0.64.0/19', 'private', id(3));
      b.managedNodeGroup(b.cluster(vpc));
      return { findings: runRule(rule, b.build()), edge };
    };
    // eksctl lays out the VPC: the zone is written to availabilityZones.
    const laidOut = drawn(false);
    expect(laidOut.findings.map((f) => [f.configPath, f.params?.['zone']])).toEqual([
      ['availabilityZones[2]', 'us-east-1-wl1-bos-wlz-1'],
    ]);
    // Existing subnets: the subnet's az under vpc.subnets, found on the subnet part.
    const existing = drawn(true);
    expect(existing.findings.map((f) => f.params?.['zone'])).toEqual(['us-east-1-wl1-bos-wlz-1']);
    expect(existing.findings[0]!.partIds).toContain(existing.edge.id);
  });

  it('passes Local Zones under localZones and the baseline design', () => {
    expect(
      at(
        'availabilityZones: [us-west-2a, us-west-2b]\nlocalZones: [us-west-2-lax-1a]\nnodeGroups:\n  - name: s\n    localZones: [us-west-2-lax-1a]\n',
      ),
    ).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
