import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hpaRequests as rule } from './hpa-requests.js';

describe(rule.id, () => {
  it('flags an HPA on a workload without a CPU request', () => {
    const { b, workload, nodeGroup } = baselineBuilder();
    workload.props.cpuMillicores = 0;
    b.workload(nodeGroup, { cpuMillicores: 0 });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [workload.id], params: { workload: workload.name, target: 70 } }]);
  });

  it('passes the baseline, whose HPA workload requests CPU', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
