import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { lbSubnetsOutsideVpc as rule } from './subnets-outside-vpc.js';

describe(rule.id, () => {
  it('flags an ALB given a subnet of another VPC', () => {
    const { b, vpc, publicSubnets } = baselineBuilder();
    const otherVpc = b.vpc({ cidr: '10.9.0.0/16' });
    const foreign = b.subnet(otherVpc, 'us-east-1b', '10.9.0.0/19', 'public');
    const alb = b.add('alb', {
      parent: vpc,
      props: { scheme: 'internet-facing', subnetIds: [publicSubnets[0]!.id, foreign.id] },
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [alb.id, foreign.id], params: { loadBalancer: alb.name, subnets: foreign.name } },
    ]);
  });

  it('passes subnets of its own VPC', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc, publicSubnets } = baselineBuilder();
    b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', subnetIds: publicSubnets.map((s) => s.id) } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
