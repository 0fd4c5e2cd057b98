import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { noPrivateSubnets as rule } from './no-private-subnets.js';

/** An existing VPC (by id, or known only from its subnets' ids) whose subnets are `access`. */
function existingVpc(access: 'public' | 'private', byVpcId: boolean) {
  const b = new DesignBuilder();
  const vpc = b.vpc(byVpcId ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718', cidr: '' } : { cidr: '' });
  const subnets = ['us-west-2a', 'us-west-2b'].map((az, i) =>
    b.subnet(vpc, az, '', access, { existingSubnetId: `subnet-0a1b2c3d4e5f6000${i}` }),
  );
  const cluster = b.cluster(vpc, { region: 'us-west-2', version: '1.35' });
  return { b, vpc, subnets, cluster };
}

describe(rule.id, () => {
  it('flags a profile without subnets in an existing VPC whose subnets are all public, by VPC id or by subnet ids alone', () => {
    for (const byVpcId of [true, false]) {
      const { b, subnets, cluster } = existingVpc('public', byVpcId);
      const fp = b.fargateProfile(cluster);
      expect(runRule(rule, b.build())).toEqual([
        {
          partIds: [fp.id, cluster.id, ...subnets.map((s) => s.id)],
          params: { profile: fp.name, cluster: cluster.name, subnets: subnets.map((s) => s.name).join(', ') },
        },
      ]);
    }
  });

  it('passes private subnets, a profile with its own subnets, and VPCs eksctl builds (always with private subnets)', () => {
    const priv = existingVpc('private', true);
    priv.b.fargateProfile(priv.cluster);
    expect(runRule(rule, priv.b.build())).toEqual([]);
    const own = existingVpc('public', true);
    own.b.fargateProfile(own.cluster, { subnetIds: [own.subnets[0]!.id] });
    expect(runRule(rule, own.b.build())).toEqual([]);
    const built = new DesignBuilder();
    const vpc = built.vpc();
    built.subnet(vpc, 'us-west-2a', '192.168.0.0/19', 'public');
    built.fargateProfile(built.cluster(vpc, { region: 'us-west-2' }));
    expect(runRule(rule, built.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
