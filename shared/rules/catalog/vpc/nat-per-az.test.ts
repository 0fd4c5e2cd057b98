import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { runOnYaml } from '../../test-support/yaml-rule.js';
import { natPerAz as rule } from './nat-per-az.js';

describe(rule.id, () => {
  it('flags a single NAT gateway serving nodes in three AZs', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    const ng = b.managedNodeGroup(b.cluster(vpc));
    expect(runRule(rule, b.build())).toEqual([{ partIds: [vpc.id, ng.id], params: { vpc: 'vpc-1', azs: 'AZ 2, AZ 3' } }]);
  });

  it('flags an AZ with private node subnets but no public subnet for its NAT gateway', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'HighlyAvailable' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    const privB = b.subnet(vpc, 'us-east-1b', '10.0.64.0/19', 'private');
    const ng = b.managedNodeGroup(b.cluster(vpc));
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id, privB.id, ng.id], params: { vpc: 'vpc-1', azs: 'us-east-1b' } },
    ]);
  });

  it("passes HighlyAvailable in eksctl's layout or with no public subnet, yet flags a subnet given by id in an AZ without one", () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc({ natGateway: 'HighlyAvailable' })));
    const noPublic = b.vpc({ natGateway: 'HighlyAvailable', cidr: '10.1.0.0/16' });
    b.subnet(noPublic, 'us-east-1a', '10.1.0.0/19', 'private');
    b.subnet(noPublic, 'us-east-1b', '10.1.32.0/19', 'private');
    b.managedNodeGroup(b.cluster(noPublic));
    expect(runRule(rule, b.build())).toEqual([]);
    // The node group is placed by id in a private subnet of us-east-1b, an AZ where this VPC has no public subnet.
    const vpc = b.vpc({ natGateway: 'HighlyAvailable', cidr: '10.2.0.0/16' });
    b.subnet(vpc, 'us-east-1a', '10.2.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1a', '10.2.32.0/19', 'private');
    const privB = b.subnet(vpc, 'us-east-1b', '10.2.64.0/19', 'private');
    const ng = b.managedNodeGroup(b.cluster(vpc), { subnetIds: [privB.id] });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id, privB.id, ng.id], params: { vpc: 'vpc-3', azs: 'us-east-1b' } },
    ]);
  });

  it('passes nodes in one AZ, fully-private clusters and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    const privA = b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private');
    b.subnet(vpc, 'us-east-1b', '10.0.64.0/19', 'private');
    b.managedNodeGroup(b.cluster(vpc), { subnetIds: [privA.id] });
    b.managedNodeGroup(
      b.cluster(b.vpc({ natGateway: 'Disable' }), { endpointAccess: { public: false, private: true, publicAccessCidrs: [] } }),
    );
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  it('names zones eksctl has yet to pick "AZ 2", never by an internal stand-in, and says nothing of unknown zones', () => {
    const picked = runOnYaml(
      rule,
      'vpc:\n  cidr: 10.42.0.0/16\n  nat:\n    gateway: Single\nmanagedNodeGroups:\n  - name: a\n    privateNetworking: true\n',
    );
    expect(picked.map((f) => f.params?.['azs'])).toEqual(['AZ 2, AZ 3']);
    const aliases =
      'vpc:\n  id: vpc-0123456789abcdef0\n  nat:\n    gateway: Single\n  subnets:\n    private:\n      app-a: { id: subnet-0123456789abcdef0 }\n      app-b: { id: subnet-0123456789abcdef1 }\n' +
      'managedNodeGroups:\n  - name: a\n    privateNetworking: true\n    subnets: [app-a, app-b]\n';
    expect(runOnYaml(rule, aliases)).toEqual([]);
  });
});
