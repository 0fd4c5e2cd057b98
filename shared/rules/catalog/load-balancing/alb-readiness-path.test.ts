import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { albReadinessPath as rule } from './alb-readiness-path.js';

describe(rule.id, () => {
  it('flags a workload behind an ALB without a readiness path', () => {
    const { b, workload, alb } = baselineBuilder();
    workload.props.readinessPath = '';
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [workload.id, alb.id], params: { workload: workload.name, loadBalancer: alb.name } },
    ]);
  });

  it('passes a readiness path, a workload with no port, and workloads behind an NLB only', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const noPort = baselineBuilder();
    Object.assign(noPort.workload.props, { readinessPath: '', port: 0 });
    expect(runRule(rule, noPort.b.build())).toEqual([]);
    const nlb = baselineBuilder();
    const other = nlb.b.workload(nlb.nodeGroup, { readinessPath: '' });
    nlb.b.connect(nlb.b.add('nlb', { parent: nlb.vpc, props: { scheme: 'internal' } }), other);
    expect(runRule(rule, nlb.b.build())).toEqual([]);
  });
});
