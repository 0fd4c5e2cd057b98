import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cidrQuota as rule } from './cidr-quota.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

const cidrs = (n: number) => Array.from({ length: n }, (_, i) => `192.168.${i}.0/24`);

describe(rule.id, () => {
  it('flags more than 15 remote node CIDRs for one cluster', () => {
    const { b, cluster, network } = hybridDesign({ network: { remoteNodeCidrs: cidrs(16), remotePodCidrs: [] } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [network.id, cluster.id], params: { cluster: 'demo-1', nodeCidrs: 16, podCidrs: 0, quota: 15 } },
    ]);
  });

  it('passes 15 CIDRs each and the baseline', () => {
    const { b } = hybridDesign({ network: { remoteNodeCidrs: cidrs(15), remotePodCidrs: cidrs(15) } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
