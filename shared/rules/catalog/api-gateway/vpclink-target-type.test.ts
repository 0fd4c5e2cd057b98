import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { vpclinkTargetType as rule } from './vpclink-target-type.js';

function design(apiType: 'HTTP' | 'REST', restVpcLink?: 'V1' | 'V2') {
  const base = baselineBuilder();
  const api = base.b.add('api-gateway', { props: { apiType, ...(restVpcLink ? { restVpcLink } : {}) } });
  base.b.connect(api, base.alb);
  return { ...base, api };
}

describe(rule.id, () => {
  it('flags a REST API whose VPC link V1 targets an ALB', () => {
    const { b, api, alb } = design('REST');
    expect(runRule(rule, b.build())).toEqual([{ partIds: [api.id, alb.id], params: { api: 'api-gateway-1', lb: 'alb-1' } }]);
  });

  it('passes an HTTP API or a REST API with VPC link V2 to an ALB, and the baseline', () => {
    expect(runRule(rule, design('HTTP').b.build())).toEqual([]);
    expect(runRule(rule, design('REST', 'V2').b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
