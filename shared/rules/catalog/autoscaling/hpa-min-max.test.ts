import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hpaMinMax as rule } from './hpa-min-max.js';

describe(rule.id, () => {
  it('flags maxReplicas below minReplicas', () => {
    const { b, workload } = baselineBuilder();
    workload.props.hpa = { minReplicas: 5, maxReplicas: 2, targetCpuPercent: 60 };
    expect(runRule(rule, b.build())).toEqual([{ partIds: [workload.id], params: { workload: workload.name, min: 5, max: 2 } }]);
  });

  it('passes equal bounds and the baseline', () => {
    const { b, workload } = baselineBuilder();
    workload.props.hpa = { minReplicas: 4, maxReplicas: 4, targetCpuPercent: 60 };
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
