import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { routesToNothing as rule } from './routes-to-nothing.js';

describe(rule.id, () => {
  it('flags an NLB with no connections', () => {
    const { b, vpc } = baselineBuilder();
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [nlb.id], params: { loadBalancer: nlb.name } }]);
  });

  it('passes an ALB routing to a workload and an NLB behind an API Gateway', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, vpc } = baselineBuilder();
    const nlb = b.add('nlb', { parent: vpc, props: { scheme: 'internal' } });
    b.connect(b.add('api-gateway'), nlb);
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
