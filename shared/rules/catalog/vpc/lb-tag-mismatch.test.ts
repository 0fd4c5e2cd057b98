import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { lbTagMismatch as rule } from './lb-tag-mismatch.js';

describe(rule.id, () => {
  it('flags role tags on the wrong kind of subnet', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    const priv = b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'private', { tags: { 'kubernetes.io/role/elb': '1' } });
    const pub = b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'public', { tags: { 'kubernetes.io/role/internal-elb': '' } });
    b.subnet(vpc, 'us-east-1b', '10.0.64.0/19', 'private', { tags: { 'kubernetes.io/role/elb': '0' } });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [priv.id], params: { subnet: 'subnet-1', tag: 'kubernetes.io/role/elb' } },
      { partIds: [pub.id], params: { subnet: 'subnet-2', tag: 'kubernetes.io/role/internal-elb' } },
    ]);
  });

  it('passes matching tags and the baseline', () => {
    const b = new DesignBuilder();
    const vpc = b.vpc();
    b.subnet(vpc, 'us-east-1a', '10.0.0.0/19', 'public', { tags: { 'kubernetes.io/role/elb': '1' } });
    b.subnet(vpc, 'us-east-1a', '10.0.32.0/19', 'private', { tags: { 'kubernetes.io/role/internal-elb': '1' } });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
