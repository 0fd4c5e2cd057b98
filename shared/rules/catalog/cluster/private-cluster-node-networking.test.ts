import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { privateClusterNodeNetworking as rule } from './private-cluster-node-networking.js';

describe(rule.id, () => {
  it('flags every node group without private networking in a fully-private cluster, at its config path', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc({ natGateway: 'Disable' }), { fullyPrivate: true });
    const ng = b.selfManagedNodeGroup(c, { privateNetworking: false });
    const mng = b.managedNodeGroup(c, { privateNetworking: false });
    b.managedNodeGroup(c, { privateNetworking: true });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [ng.id],
        params: { cluster: 'demo-1', path: 'nodeGroups[0].privateNetworking' },
        configPath: 'nodeGroups[0].privateNetworking',
      },
      {
        partIds: [mng.id],
        params: { cluster: 'demo-1', path: 'managedNodeGroups[0].privateNetworking' },
        configPath: 'managedNodeGroups[0].privateNetworking',
      },
    ]);
  });

  it('is about the setting, not the endpoint: a private-only endpoint with NAT off is not fully private', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc({ natGateway: 'Disable' }), {
      endpointAccess: { public: false, private: true, publicAccessCidrs: [] },
    });
    b.managedNodeGroup(c, { privateNetworking: false });
    expect(runRule(rule, b.build())).toEqual([]);
  });

  it('passes a public node group in an ordinary cluster, and the baseline', () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc()), { privateNetworking: false });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
