import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { vpclinkNoLb as rule } from './vpclink-no-lb.js';

describe(rule.id, () => {
  it('flags an API Gateway connected to no load balancer', () => {
    const { b } = baselineBuilder();
    const api = b.add('api-gateway', {});
    expect(runRule(rule, b.build())).toEqual([{ partIds: [api.id], params: { api: 'api-gateway-1' } }]);
  });

  it('passes an API Gateway connected to a load balancer, and the baseline', () => {
    const { b, alb } = baselineBuilder();
    b.connect(b.add('api-gateway', {}), alb);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
