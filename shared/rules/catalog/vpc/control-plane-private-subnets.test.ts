import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { controlPlanePrivateSubnets as rule } from './control-plane-private-subnets.js';

const ON = { controlPlaneOnPrivateSubnets: true };
const messages = (b: DesignBuilder) => runRule(rule, b.build()).map((f) => f.params?.['eksctl']);

describe(rule.id, () => {
  it('flags it with vpc.controlPlaneSubnetIDs, at the flag', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ extra: { ...ON, controlPlaneSubnetIDs: ['subnet-0a'] } });
    b.cluster(vpc);
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [vpc.id],
        params: {
          cluster: 'demo-1',
          path: 'vpc.controlPlaneOnPrivateSubnets',
          eksctl: 'only one of vpc.controlPlaneSubnetIDs and vpc.controlPlaneOnPrivateSubnets can be specified',
        },
        configPath: 'vpc.controlPlaneOnPrivateSubnets',
      },
    ]);
  });

  it('flags one distinct zone in availabilityZones for a VPC eksctl lays out (duplicates: fixture a-control-plane-private-subnets)', () => {
    const b = new DesignBuilder();
    b.cluster(b.vpc({ availabilityZones: ['us-west-2a'], extra: ON }), { region: 'us-west-2' });
    expect(messages(b)).toEqual([
      'vpc.controlPlaneOnPrivateSubnets requires at least 2 distinct availability zones, got 1 ([us-west-2a])',
    ]);
  });

  it('flags fewer than two private subnets, and two in one zone', () => {
    // Existing subnets: in a VPC eksctl creates it makes one private subnet per zone itself.
    const one = new DesignBuilder();
    const v1 = one.vpc({ extra: ON });
    one.subnet(v1, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0001' });
    one.subnet(v1, 'us-east-1a', '10.0.32.0/19', 'public', { existingSubnetId: 'subnet-0002' });
    one.subnet(v1, 'us-east-1b', '10.0.64.0/19', 'public', { existingSubnetId: 'subnet-0003' });
    one.cluster(v1, { region: 'us-east-1' });
    expect(messages(one)).toEqual(['vpc.controlPlaneOnPrivateSubnets requires at least 2 private subnets, got 1']);

    const sameAz = new DesignBuilder();
    const v2 = sameAz.vpc({ extra: ON });
    sameAz.subnet(v2, 'us-east-1a', '10.0.0.0/19', 'private', { existingSubnetId: 'subnet-0004' });
    sameAz.subnet(v2, 'us-east-1a', '10.0.32.0/19', 'private', { existingSubnetId: 'subnet-0005' });
    sameAz.cluster(v2, { region: 'us-east-1' });
    expect(messages(sameAz)).toEqual([
      'vpc.controlPlaneOnPrivateSubnets requires private subnets in at least 2 availability zones, got 1 ([us-east-1a])',
    ]);
  });

  it('passes private subnets in two zones, zones left to eksctl, Outposts, and the baseline', () => {
    const { b } = baselineBuilder();
    const design = b.build();
    const vpc = design.parts.find((p) => p.kind === 'vpc')!;
    (vpc.props as { extra?: unknown }).extra = ON;
    expect(runRule(rule, design)).toEqual([]);
    const other = new DesignBuilder();
    other.cluster(other.vpc({ extra: ON }));
    other.cluster(other.vpc({ azCount: 1, extra: ON }), {
      extra: { outpost: { controlPlaneOutpostARN: 'arn:aws:outposts:us-west-2:111122223333:outpost/op-0123456789abcdef0' } },
    });
    expect(runRule(rule, other.build())).toEqual([]);
  });
});
