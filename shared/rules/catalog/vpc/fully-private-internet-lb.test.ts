import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privateDesign } from '../../test-support/private-design.js';
import { fullyPrivateInternetLb } from './fully-private-internet-lb.js';

describe(fullyPrivateInternetLb.id, () => {
  it('flags an internet-facing load balancer of a fully-private cluster in an eksctl-built VPC', () => {
    const { b, alb, cluster } = privateDesign();
    expect(runRule(fullyPrivateInternetLb, b.build())).toEqual([
      { partIds: [alb.id, cluster.id], params: { lb: 'alb-1', cluster: 'demo-1' } },
    ]);
  });
  it('passes an internal one, an existing VPC, and the baseline', () => {
    const { b, alb } = privateDesign();
    alb.props.scheme = 'internal';
    expect(runRule(fullyPrivateInternetLb, b.build())).toEqual([]);
    expect(runRule(fullyPrivateInternetLb, privateDesign({ existing: true }).b.build())).toEqual([]);
    expect(runRule(fullyPrivateInternetLb, baselineBuilder().b.build())).toEqual([]);
  });
});
