import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { podIdentityQuota as rule } from './pod-identity-quota.js';

describe(rule.id, () => {
  it('flags more than 1,000 associations in one cluster', () => {
    const { b, cluster, nodeGroup } = baselineBuilder();
    // The baseline brings two controllers (load balancer controller, Cluster Autoscaler).
    for (let i = 0; i < 999; i++) b.workload(nodeGroup, { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cluster.id], params: { cluster: cluster.name, count: 1001, limit: 1000 } },
    ]);
  });

  it('passes exactly 1,000 and the baseline', () => {
    const { b, nodeGroup } = baselineBuilder();
    for (let i = 0; i < 998; i++) b.workload(nodeGroup, { usesAwsApis: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
