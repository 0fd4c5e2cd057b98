import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privateSubnetNetworking as rule } from './private-subnet-networking.js';

describe(rule.id, () => {
  it('flags private subnets chosen for a node group with private networking off', () => {
    const { b, cluster, privateSubnets, publicSubnets } = baselineBuilder();
    const ng = b.managedNodeGroup(cluster, {
      privateNetworking: false,
      subnetIds: [publicSubnets[0]!.id, privateSubnets[0]!.id, privateSubnets[1]!.id],
    });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id, privateSubnets[0]!.id, privateSubnets[1]!.id],
        params: { nodeGroup: ng.name, subnet: `${privateSubnets[0]!.name}, ${privateSubnets[1]!.name}` },
      },
    ]);
  });

  it('passes private subnets with private networking and public subnets without it', () => {
    const { b, cluster, privateSubnets, publicSubnets } = baselineBuilder();
    b.managedNodeGroup(cluster, { subnetIds: privateSubnets.map((s) => s.id) });
    b.selfManagedNodeGroup(cluster, { privateNetworking: false, subnetIds: publicSubnets.map((s) => s.id) });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
