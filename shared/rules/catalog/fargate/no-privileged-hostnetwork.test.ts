import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { noPrivilegedHostNetwork as rule } from './no-privileged-hostnetwork.js';

describe(rule.id, () => {
  it('flags privileged and host-network workloads on Fargate', () => {
    const { b, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster);
    const privileged = b.workload(fp, { privileged: true });
    const hostNet = b.workload(fp, { hostNetwork: true });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [privileged.id, fp.id], params: { workload: privileged.name, profile: fp.name } },
      { partIds: [hostNet.id, fp.id], params: { workload: hostNet.name, profile: fp.name } },
    ]);
  });

  it('passes privileged workloads on EC2 nodes', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, nodeGroup } = baselineBuilder();
    b.workload(nodeGroup, { privileged: true, hostNetwork: true });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
