import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { publicNodegroupSubnets as rule } from './public-nodegroup-subnets.js';

/** A cluster in an existing VPC (by id, or known only from its subnets' ids) with private subnets only. */
function privateOnlyVpc(byVpcId: boolean) {
  const b = new DesignBuilder();
  const vpc = b.vpc(byVpcId ? { existingVpcId: 'vpc-0a1b2c3d4e5f60718', cidr: '' } : { cidr: '' });
  const subnets = ['us-west-2a', 'us-west-2b'].map((az, i) =>
    b.subnet(vpc, az, '', 'private', { existingSubnetId: `subnet-0a1b2c3d4e5f6000${i}` }),
  );
  const cluster = b.cluster(vpc, { region: 'us-west-2', version: '1.35' });
  return { b, vpc, subnets, cluster };
}

describe(rule.id, () => {
  it('flags managed and self-managed groups left on public networking in an existing VPC with private subnets only', () => {
    for (const byVpcId of [true, false]) {
      const { b, subnets, cluster } = privateOnlyVpc(byVpcId);
      const managed = b.managedNodeGroup(cluster, { privateNetworking: false });
      const self = b.selfManagedNodeGroup(cluster, { privateNetworking: false });
      const names = subnets.map((s) => s.name).join(', ');
      expect(runRule(rule, b.build())).toEqual([
        { partIds: [managed.id, cluster.id], params: { nodeGroup: managed.name, cluster: cluster.name, subnets: names } },
        { partIds: [self.id, cluster.id], params: { nodeGroup: self.name, cluster: cluster.name, subnets: names } },
      ]);
    }
  });

  it('passes private networking, groups with their own subnets or zones, fully-private clusters and VPCs eksctl builds', () => {
    const { b, subnets, cluster } = privateOnlyVpc(true);
    b.managedNodeGroup(cluster, { privateNetworking: true });
    b.managedNodeGroup(cluster, { privateNetworking: false, subnetIds: [subnets[0]!.id] });
    b.selfManagedNodeGroup(cluster, { privateNetworking: false, extra: { availabilityZones: ['us-west-2a'] } });
    expect(runRule(rule, b.build())).toEqual([]);
    const priv = privateOnlyVpc(true);
    const fullyPrivate = priv.b.cluster(priv.vpc, { region: 'us-west-2', fullyPrivate: true }, 'private');
    priv.b.managedNodeGroup(fullyPrivate, { privateNetworking: false });
    expect(runRule(rule, priv.b.build())).toEqual([]);
    const built = new DesignBuilder();
    const vpc = built.vpc();
    built.subnet(vpc, 'us-west-2a', '192.168.0.0/19', 'private');
    built.managedNodeGroup(built.cluster(vpc, { region: 'us-west-2' }), { privateNetworking: false });
    expect(runRule(rule, built.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
