import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { ipCapacityVpcCni as rule } from './ip-capacity-vpc-cni.js';

function design(maxSize: number, instanceTypes = ['m5.large']) {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  const s1 = b.subnet(vpc, 'us-east-1a', '10.0.1.0/24', 'private');
  const s2 = b.subnet(vpc, 'us-east-1b', '10.0.2.0/24', 'private');
  const ng = b.managedNodeGroup(b.cluster(vpc), { instanceTypes, minSize: 1, desiredCapacity: 1, maxSize });
  return { b, s1, s2, ng };
}

describe(rule.id, () => {
  it('flags node subnets too small for the pods of the node group at max size', () => {
    // 20 m5.large nodes over 2 subnets: 10 per subnet x (29 pods + 1 node address) = 300 > 251.
    const { b, s1, s2, ng } = design(20);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [s1.id, ng.id], params: { subnet: 'subnet-1', cidr: '10.0.1.0/24', usable: 251, needed: 300 } },
      { partIds: [s2.id, ng.id], params: { subnet: 'subnet-2', cidr: '10.0.2.0/24', usable: 251, needed: 300 } },
    ]);
  });

  it('counts the addresses AWS leaves in a subnet (size - 5), not the block size (vpc.reserved-addresses)', () => {
    // 42 t3.small nodes over 2 /24s: 21 per subnet x (11 pods + 1 node address) = 252, within 256 but above 251.
    const { b, s1, s2, ng } = design(42, ['t3.small']);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [s1.id, ng.id], params: { subnet: 'subnet-1', cidr: '10.0.1.0/24', usable: 251, needed: 252 } },
      { partIds: [s2.id, ng.id], params: { subnet: 'subnet-2', cidr: '10.0.2.0/24', usable: 251, needed: 252 } },
    ]);
    // 40 nodes: 240 fit.
    expect(runRule(rule, design(40, ['t3.small']).b.build())).toEqual([]);
  });

  it('names a subnet eksctl creates by its CloudFormation logical id, not by its CIDR a second time', () => {
    const build = (availabilityZones: string[]) => {
      const b = new DesignBuilder();
      const vpc = b.vpc({ cidr: '10.20.0.0/24', availabilityZones });
      b.managedNodeGroup(b.cluster(vpc), { instanceTypes: ['m5.large'], minSize: 1, desiredCapacity: 1, maxSize: 20 });
      return runRule(rule, b.build()).map((f) => [f.params?.['subnet'], f.params?.['cidr']]);
    };
    expect(build(['us-east-1a', 'us-east-1b', 'us-east-1c'])[0]).toEqual(['SubnetPrivateUSEAST1A', '10.20.0.96/27']);
    // Zones eksctl has yet to pick are numbered.
    expect(build([])[0]).toEqual(['SubnetPrivate1', '10.20.0.96/27']);
  });

  it('passes enough room, unknown instance types and the baseline', () => {
    expect(runRule(rule, design(16).b.build())).toEqual([]);
    expect(runRule(rule, design(50, ['x9z.huge']).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
