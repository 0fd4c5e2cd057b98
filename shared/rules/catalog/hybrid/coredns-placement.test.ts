import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { corednsPlacement as rule } from './coredns-placement.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('informs about CoreDNS placement in a cluster with cloud and hybrid nodes', () => {
    const { b, cluster, network } = hybridDesign();
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, network.id], params: { cluster: 'demo-1' } }]);
  });

  it("counts Karpenter's EC2 nodes as cloud nodes", () => {
    const { b, cluster, network } = hybridDesign({ cloudNodes: false, cluster: { addons: { nodeAutoscaler: 'karpenter' } } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [cluster.id, network.id], params: { cluster: 'demo-1' } }]);
  });

  it('stays quiet for hybrid-only clusters and the baseline', () => {
    expect(runRule(rule, hybridDesign({ cloudNodes: false }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
