import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privateDesign } from '../../test-support/private-design.js';
import { fullyPrivateVpcHybrid } from './fully-private-vpc-hybrid.js';

describe(fullyPrivateVpcHybrid.id, () => {
  it('flags an on-premises network whose routes eksctl would not build', () => {
    const { b, net, cluster, vpc } = privateDesign();
    expect(runRule(fullyPrivateVpcHybrid, b.build())).toEqual([
      { partIds: [net.id, cluster.id, vpc.id], params: { cluster: 'demo-1', vpc: 'vpc-1', network: 'dc' } },
    ]);
  });
  it('passes an existing VPC, and the baseline', () => {
    expect(runRule(fullyPrivateVpcHybrid, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateVpcHybrid, baselineBuilder().b.build())).toEqual([]);
  });
});
