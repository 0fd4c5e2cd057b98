import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { hpaMetricsServer as rule } from './hpa-metrics-server.js';

describe(rule.id, () => {
  it('flags an HPA in a cluster without Metrics Server', () => {
    const { b, cluster, workload, nodeGroup } = baselineBuilder();
    cluster.props.addons.metricsServer = false;
    b.workload(nodeGroup, { hpa: undefined });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [workload.id, cluster.id], params: { workload: workload.name, cluster: cluster.name } },
    ]);
  });

  it('passes the baseline, which has Metrics Server', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
