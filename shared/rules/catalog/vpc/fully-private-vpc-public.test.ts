import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privateDesign } from '../../test-support/private-design.js';
import { fullyPrivateVpcPublicSubnets } from './fully-private-vpc-public.js';

describe(fullyPrivateVpcPublicSubnets.id, () => {
  it('flags a public subnet eksctl would not create in its fully-private VPC', () => {
    const { b, pub, cluster } = privateDesign();
    expect(runRule(fullyPrivateVpcPublicSubnets, b.build())).toEqual([
      { partIds: [pub.id, cluster.id], params: { cluster: 'demo-1', vpc: 'vpc-1', subnet: 'subnet-1' } },
    ]);
  });
  it('passes an existing VPC, and the baseline', () => {
    expect(runRule(fullyPrivateVpcPublicSubnets, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateVpcPublicSubnets, baselineBuilder().b.build())).toEqual([]);
  });
});
