import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { lbTagPublic as rule } from './lb-tag-public.js';

function design(opts: { tagged?: boolean; existing?: boolean; pinned?: boolean } = {}) {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  const subnets = ['us-east-1a', 'us-east-1b'].map((az, i) =>
    b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'public', {
      ...(opts.existing === false ? {} : { existingSubnetId: `subnet-0${i}` }),
      tags: opts.tagged ? { 'kubernetes.io/role/elb': '1' } : {},
    }),
  );
  const alb = b.add('alb', {
    parent: vpc,
    props: { scheme: 'internet-facing', subnetIds: opts.pinned ? subnets.map((s) => s.id) : [] },
  });
  return { b, subnets, alb };
}

describe(rule.id, () => {
  it('flags existing public subnets without the elb role tag when an internet-facing LB discovers subnets', () => {
    const { b, subnets, alb } = design();
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [subnets[0]!.id, subnets[1]!.id, alb.id],
        params: { subnets: 'subnet-1, subnet-2', tag: 'kubernetes.io/role/elb', loadBalancer: 'alb-1' },
      },
    ]);
  });

  it('passes tagged subnets, subnets the export tags, pinned subnets and the baseline', () => {
    expect(runRule(rule, design({ tagged: true }).b.build())).toEqual([]);
    expect(runRule(rule, design({ existing: false }).b.build())).toEqual([]);
    expect(runRule(rule, design({ pinned: true }).b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
