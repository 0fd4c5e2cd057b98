import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { cidrSizeRange as rule } from './cidr-size-range.js';

describe(rule.id, () => {
  it('flags a VPC larger than /16 and a subnet smaller than /28', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc({ cidr: '10.0.0.0/12' });
    const subnet = b.subnet(vpc, 'us-east-1a', '10.0.0.0/29', 'private');
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [vpc.id], params: { name: 'vpc-1', cidr: '10.0.0.0/12' } },
      { partIds: [subnet.id], params: { name: 'subnet-1', cidr: '10.0.0.0/29' } },
    ]);
  });

  it('passes the /16 and /28 limits and the baseline', () => {
    const b = new DesignBuilder();
    b.subnet(b.vpc({ cidr: '10.0.0.0/16' }), 'us-east-1a', '10.0.0.0/28', 'private');
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
