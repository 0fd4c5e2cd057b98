import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { lbTagPrivate as rule } from './lb-tag-private.js';

function design(tag?: string) {
  const b = new DesignBuilder();
  const vpc = b.vpc();
  const subnets = ['us-east-1a', 'us-east-1b'].map((az, i) =>
    b.subnet(vpc, az, `10.0.${i * 32}.0/19`, 'private', {
      existingSubnetId: `subnet-0${i}`,
      tags: tag === undefined ? {} : { 'kubernetes.io/role/internal-elb': tag },
    }),
  );
  const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
  return { b, subnets, nlb };
}

describe(rule.id, () => {
  it('flags existing private subnets without the internal-elb role tag when an internal LB discovers subnets', () => {
    const { b, subnets, nlb } = design('0');
    expect(runRule(rule, b.build())).toEqual([
      {
        partIds: [subnets[0]!.id, subnets[1]!.id, nlb.id],
        params: { subnets: 'subnet-1, subnet-2', tag: 'kubernetes.io/role/internal-elb', loadBalancer: 'nlb-1' },
      },
    ]);
  });

  it('passes subnets tagged "1" or "" and the baseline', () => {
    expect(runRule(rule, design('1').b.build())).toEqual([]);
    expect(runRule(rule, design('').b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
