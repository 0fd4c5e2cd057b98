import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { gatewayExistingVpc as rule } from './gateway-existing-vpc.js';
import { hybridDesign } from '../../test-support/hybrid-design.js';

describe(rule.id, () => {
  it('flags a gateway id with an existing VPC', () => {
    const { b, network, vpc } = hybridDesign({ vpc: { existingVpcId: 'vpc-0abc' }, network: { vpcGatewayId: 'tgw-0abc' } });
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [network.id, vpc.id],
        params: { network: 'on-prem-network-1', gatewayId: 'tgw-0abc', vpc: 'vpc-1', vpcId: 'vpc-0abc' },
      },
    ]);
  });

  it('passes a gateway for a VPC eksctl creates, no gateway with an existing VPC, and the baseline', () => {
    expect(runRule(rule, hybridDesign({ network: { vpcGatewayId: 'tgw-0abc' } }).b.build())).toEqual([]);
    expect(runRule(rule, hybridDesign({ vpc: { existingVpcId: 'vpc-0abc' } }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
