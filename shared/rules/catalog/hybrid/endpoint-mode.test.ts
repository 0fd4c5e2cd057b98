import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { endpointMode as rule } from './endpoint-mode.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

const BOTH = { endpointAccess: { public: true, private: true, publicAccessCidrs: ['203.0.113.0/24'] } };

describe(rule.id, () => {
  it('flags public and private endpoint access on a cluster with hybrid nodes', () => {
    const { b, cluster, network } = hybridDesign({ cluster: BOTH });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, network.id], params: { cluster: 'demo-1' } }]);
  });

  it('passes private-only access, a network without hybrid nodes and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ cluster: BOTH, network: { hybridNodeCount: 0 } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
