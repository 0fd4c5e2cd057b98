import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { natPerAz as rule } from './nat-per-az.js';

describe(rule.id, () => {
  it('flags a single NAT gateway serving nodes in three AZs', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ natGateway: 'Single' });
    const ng = b.managedNodeGroup(b.cluster(vpc));
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id, ng.id], params: { vpc: 'vpc-1', azs: 'eksctl-picked-zone-2, eksctl-picked-zone-3' } },
    ]);
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
});
