import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hpaScalableTarget as rule } from './hpa-scalable-target.js';

describe(rule.id, () => {
  it('flags an HPA on a DaemonSet but not on a StatefulSet', () => {
    const { b, nodeGroup } = baselineBuilder();
    const hpa = { minReplicas: 1, maxReplicas: 3, targetCpuPercent: 50 };
    const ds = b.workload(nodeGroup, { workloadKind: 'DaemonSet', hpa });
    b.workload(nodeGroup, { workloadKind: 'StatefulSet', hpa });
    b.workload(nodeGroup, { workloadKind: 'Job' });
    expect(runRule(rule, b.build())).toEqual([{ partIds: [ds.id], params: { workload: ds.name, kind: 'DaemonSet' } }]);
  });

  it('passes the baseline Deployment', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
