import { describe, expect, it } from 'vitest';
import { baselineBuilder, runRule } from '../../test-support/builder.js';
import { podSizeLimits as rule } from './pod-size-limits.js';

describe(rule.id, () => {
  it('flags 17 vCPU, and 120 GiB of memory once the 256 MiB overhead is added', () => {
    const { b, cluster } = baselineBuilder();
    const fp = b.fargateProfile(cluster);
    const cpu = b.workload(fp, { cpuMillicores: 17_000, memoryMiB: 4096 });
    const mem = b.workload(fp, { cpuMillicores: 16_000, memoryMiB: 122_880 });
    expect(runRule(rule, b.build())).toEqual([
      { partIds: [cpu.id, fp.id], params: { workload: cpu.name, cpu: 17_000, memory: 4096 } },
      { partIds: [mem.id, fp.id], params: { workload: mem.name, cpu: 16_000, memory: 122_880 } },
    ]);
  });

  it('passes the largest size that fits, and big pods on EC2', () => {
    expect(runRule(rule, baselineBuilder().b.build())).toEqual([]);
    const { b, cluster, nodeGroup } = baselineBuilder();
    b.workload(b.fargateProfile(cluster), { cpuMillicores: 16_000, memoryMiB: 122_880 - 256 });
    b.workload(nodeGroup, { cpuMillicores: 32_000, memoryMiB: 200_000 });
    expect(runRule(rule, b.build())).toEqual([]);
  });
});
