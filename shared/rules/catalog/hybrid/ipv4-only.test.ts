import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { ipv4Only as rule } from './ipv4-only.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags an IPv6 cluster with an on-premises network', () => {
    const { b, cluster, network } = hybridDesign({ cluster: { ipFamily: 'IPv6' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id, network.id], params: { cluster: 'demo-1', network: 'on-prem-network-1' } },
    ]);
  });

  it('passes an IPv4 hybrid cluster, an IPv6 cluster without one, and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ cluster: { ipFamily: 'IPv6' }, connected: false }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
