import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { endpointPublicCidrsNoPrivate as rule } from './endpoint-public-cidrs-no-private.js';

describe(rule.id, () => {
  it('flags restricted public access with private access off when the cluster has nodes', () => {
    const b = new DesignBuilder();
    const c = b.cluster(b.vpc(), { endpointAccess: { public: true, private: false, publicAccessCidrs: ['203.0.113.0/24'] } });
    const ng = b.managedNodeGroup(c);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [c.id, ng.id], params: { cluster: 'demo-1', cidrs: '203.0.113.0/24' } },
    ]);
  });

  it('passes open public access, clusters without nodes and the baseline', () => {
    const b = new DesignBuilder();
    b.managedNodeGroup(b.cluster(b.vpc(), { endpointAccess: { public: true, private: false, publicAccessCidrs: [] } }));
    b.cluster(b.vpc(), { endpointAccess: { public: true, private: false, publicAccessCidrs: ['203.0.113.0/24'] } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });

  // An IPv6 cluster's public endpoint is dual-stack: ::/0 lets its nodes in as 0.0.0.0/0 does; on an IPv4 cluster
  // ::/0 opens nothing (EKS takes no IPv6 block there).
  it('passes ::/0 on an IPv6 cluster, not on an IPv4 one', () => {
    const b = new DesignBuilder();
    const endpoint = { public: true, private: false, publicAccessCidrs: ['203.0.113.0/24', '::/0'] };
    b.managedNodeGroup(b.cluster(b.vpc(), { ipFamily: 'IPv6', endpointAccess: endpoint }));
    const v4 = b.cluster(b.vpc(), { endpointAccess: endpoint });
    const ng = b.managedNodeGroup(v4);
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [v4.id, ng.id], params: { cluster: v4.name, cidrs: '203.0.113.0/24, ::/0' } },
    ]);
  });
});
