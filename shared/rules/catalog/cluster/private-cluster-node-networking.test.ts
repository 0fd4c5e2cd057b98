import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterNodeNetworking as rule } from './private-cluster-node-networking.js';

describe(rule.id, () => {
  it('flags a public node group in a fully-private cluster', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc({ natGateway: 'Disable' }), {
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    });
    const ng = b.selfManagedNodeGroup(c, { privateNetworking: false });
    b.managedNodeGroup(c);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [ng.id, c.id], params: { cluster: 'demo-1', nodeGroup: 'self-managed-node-group-1' } },
    ]);
  });

  it('passes a public node group in a cluster with a public endpoint, and the baseline', () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { privateNetworking: false });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
