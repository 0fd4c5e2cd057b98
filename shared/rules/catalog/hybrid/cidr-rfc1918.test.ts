import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { cidrRfc1918 as rule } from './cidr-rfc1918.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags remote node and pod CIDRs outside RFC 1918', () => {
    const { b, network } = hybridDesign({
      network: { remoteNodeCidrs: ['172.16.0.0/18', '100.64.0.0/16'], remotePodCidrs: ['203.0.113.0/24'] },
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [network.id], params: { network: 'on-prem-network-1', cidrs: '100.64.0.0/16, 203.0.113.0/24' } },
    ]);
  });

  it('passes private ranges and the baseline', () => {
    expect(runRule(rule, hybridDesign().b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
