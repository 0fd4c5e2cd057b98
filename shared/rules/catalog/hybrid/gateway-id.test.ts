import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { gatewayId as rule } from './gateway-id.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags a gateway id that is not a transit or virtual private gateway', () => {
    const { b, network } = hybridDesign({ network: { vpcGatewayId: 'igw-0abc' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [network.id], params: { network: 'on-prem-network-1', gatewayId: 'igw-0abc' } },
    ]);
  });

  it('passes tgw-, vgw-, empty and the baseline', () => {
    for (const vpcGatewayId of ['tgw-0abc', 'vgw-0abc', ''])
      expect(runRule(rule, hybridDesign({ network: { vpcGatewayId } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
