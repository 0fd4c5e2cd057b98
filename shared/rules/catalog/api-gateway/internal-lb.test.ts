import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { internalLb as rule } from './internal-lb.js';

describe(rule.id, () => {
  it('informs when the load balancer behind an API is internet-facing', () => {
    const { b, alb } = baselineBuilder();
    const api = b.add('api-gateway', {});
    b.connect(api, alb);
    expect(runRule(rule, b.build())).toEqual([{ partIds: [alb.id, api.id], params: { lb: 'alb-1', api: 'api-gateway-1' } }]);
  });

  it('passes an internal NLB behind an API, and the baseline', () => {
    const { b, vpc } = baselineBuilder();
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
    b.connect(b.add('api-gateway', {}), nlb);
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
