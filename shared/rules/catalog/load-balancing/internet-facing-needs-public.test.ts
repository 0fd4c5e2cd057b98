import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { internetFacingNeedsPublic as rule } from './internet-facing-needs-public.js';

describe(rule.id, () => {
  it('flags private subnets picked for an internet-facing ALB', () => {
    const { b, vpc, privateSubnets, publicSubnets } = baselineBuilder();
    const alb = b.add('alb', {
      parent: vpc,
      props: { scheme: 'internet-facing', subnetIds: [publicSubnets[0]!.id, privateSubnets[1]!.id] },
    });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [alb.id, privateSubnets[1]!.id], params: { loadBalancer: alb.name } }]);
  });

  it('flags a VPC without an internet gateway and a VPC with only private subnets', () => {
    const b = new DesignBuilder();
    const noIgw = b.vpc({ internetGateway: false });
    const a = b.add('alb', { parent: noIgw, props: { scheme: 'internet-facing' } });
    const privateOnly = b.vpc({ cidr: '10.1.0.0/16' });
    b.subnet(privateOnly, 'us-east-1a', '10.1.0.0/19', 'private');
    const n = b.add('nlb', { parent: privateOnly, props: { scheme: 'internet-facing' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [a.id, noIgw.id], params: { loadBalancer: a.name } },
      { partIds: [n.id, privateOnly.id], params: { loadBalancer: n.name } },
    ]);
  });

  it('passes internet-facing in public subnets and internal in private ones', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc, privateSubnets } = baselineBuilder();
    b.add('nlb', { parent: vpc, props: { scheme: 'internal', subnetIds: privateSubnets.map((s) => s.id) } });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
