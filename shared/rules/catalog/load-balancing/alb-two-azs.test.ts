import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { albTwoAzs as rule } from './alb-two-azs.js';

describe(rule.id, () => {
  it('flags an ALB given one subnet, and one given two subnets of the same AZ', () => {
    const { b, vpc, publicSubnets } = baselineBuilder();
    const extra = b.subnet(vpc, 'us-east-1a', '10.0.200.0/24', 'public');
    const single = b.add('alb', { parent: vpc, props: { scheme: 'internet-facing', subnetIds: [publicSubnets[0]!.id] } });
    const twice = b.add('alb', {
      parent: vpc,
      props: { scheme: 'internet-facing', subnetIds: [publicSubnets[0]!.id, extra.id, publicSubnets[1]!.id] },
    });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [single.id, publicSubnets[0]!.id], params: { loadBalancer: single.name, subnets: 1, zones: 1 } },
      {
        partIds: [twice.id, publicSubnets[0]!.id, extra.id, publicSubnets[1]!.id],
        params: { loadBalancer: twice.name, subnets: 3, zones: 2 },
      },
    ]);
  });

  it('flags an ALB in an eksctl VPC laid out in one AZ', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ azCount: 1 });
    b.cluster(vpc);
    const alb = b.add('alb', { parent: vpc, props: { scheme: 'internal' } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [alb.id], params: { loadBalancer: alb.name, subnets: 1, zones: 1 } }]);
  });

  it('flags an internal ALB with no private subnet, but leaves the internet-facing case to lb.internet-facing-needs-public', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public');
    b.subnet(vpc, 'us-east-1b', '10.0.32.0/19', 'public');
    b.cluster(vpc);
    const internal = b.add('alb', { parent: vpc, props: { scheme: 'internal' } });
    const b2 = new DesignBuilder();
    const vpc2 = b2.vpc();
    b2.subnet(vpc2, 'us-east-1a', '10.0.0.0/19', 'private');
    b2.cluster(vpc2);
    b2.add('alb', { parent: vpc2, props: { scheme: 'internet-facing' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [internal.id], params: { loadBalancer: internal.name, subnets: 0, zones: 0 } },
    ]);
    expect(runRule(rule, b2.build())).toEqual([]);
  });

  it('passes discovered subnets in three AZs and an ALB outside a VPC in front of a default-VPC cluster', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const b = new DesignBuilder();
    const wl = b.workload(b.managedNodeGroup(b.cluster(undefined)));
    b.connect(b.add('alb'), wl);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
