import { describe, expect, it } from 'vitest';
import { baselineBuilder, DesignBuilder, runRule } from '../../test-support/builder.js';
import { dnsSupport as rule } from './dns-support.js';

describe(rule.id, () => {
  it('names every DNS attribute that is off', () => {
    const b = new DesignBuilder();
    const v1 = b.vpc({ enableDnsHostnames: false });
    const v2 = b.vpc({ enableDnsSupport: false, enableDnsHostnames: false });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [v1.id], params: { vpc: 'vpc-1', attributes: 'enableDnsHostnames' } },
      { partIds: [v2.id], params: { vpc: 'vpc-2', attributes: 'enableDnsSupport, enableDnsHostnames' } },
    ]);
  });

  it('passes the baseline', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
