import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterRequirements as rule } from './private-cluster-requirements.js';

function design(privateAccess: boolean, natGateway: 'Disable' | 'Single' = 'Disable') {
  const b = new DesignBuilder();
  const vpc = b.vpc({ natGateway });
  const cluster = b.cluster(vpc, { endpointAccess: { public: true, private: privateAccess, publicAccessCidrs: [] } });
  const ng = b.managedNodeGroup(cluster);
  return { b, vpc, cluster, ng };
}

describe(rule.id, () => {
  it('flags private nodes without NAT when only the public endpoint is on', () => {
    const { b, vpc, cluster, ng } = design(false);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, vpc.id, ng.id], params: { cluster: 'demo-1', vpc: 'vpc-1' } },
    ]);
  });

  it('passes private endpoint access, a NAT gateway and the baseline', () => {
    expect(runRule(rule, design(true).b.build())).toEqual([]);
    expect(runRule(rule, design(false, 'Single').b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
