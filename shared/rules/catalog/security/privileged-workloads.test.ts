import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { privilegedWorkloads as rule } from './privileged-workloads.js';

describe(rule.id, () => {
  it('flags privileged and host-network workloads', () => {
    const { b, nodeGroup } = baselineBuilder();
    const both = b.workload(nodeGroup, { privileged: true, hostNetwork: true });
    const host = b.workload(nodeGroup, { hostNetwork: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [both.id], params: { workload: both.name, settings: 'privileged: true, hostNetwork: true' } },
      { partIds: [host.id], params: { workload: host.name, settings: 'hostNetwork: true' } },
    ]);
  });

  it('leaves Fargate pods to the Fargate rules, and passes the baseline', () => {
    const { b, cluster } = baselineBuilder();
    b.workload(b.fargateProfile(cluster), { privileged: true });
    expect(runRule(rule, b.build())).toEqual([]);
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
  });
});
