import { describe, expect, it } from 'vitest';
import {
  instanceTypes,
  allocatable,
  instanceTypeInfo,
  isArmInstanceType,
  isGpuInstanceType,
  isNeuronInstanceType,
  isNvidiaInstanceType,
  kubeReserved,
  maxPodsForNode,
  nodesNeeded,
  suggestInstanceTypes,
} from './instance-types.js';

describe('instance types (view over the 1,108-type catalog)', () => {
  it('knows every catalog type, not only the former 23', () => {
    expect(instanceTypes()).toHaveLength(1108);
    expect(instanceTypeInfo('c7gn.16xlarge')).toMatchObject({ arch: 'arm64', family: 'c7gn', accelerator: 'none' });
    expect(instanceTypeInfo('t3.medium')).toMatchObject({ vcpu: 2, memoryGiB: 4, maxPods: 17, burstable: true });
    expect(instanceTypeInfo('p3.2xlarge')?.maxPods).toBeUndefined(); // no ENI facts in the source: not guessed
    expect(instanceTypeInfo('m6i.xlarg')).toBeUndefined();
  });

  it('tells accelerators and architectures apart from the data', () => {
    expect(isNvidiaInstanceType('g5.xlarge')).toBe(true);
    expect(isNvidiaInstanceType('g5g.xlarge')).toBe(true);
    expect(instanceTypeInfo('g5g.xlarge')?.arch).toBe('arm64');
    expect(isNvidiaInstanceType('g4ad.xlarge')).toBe(false);
    expect(isGpuInstanceType('g4ad.xlarge')).toBe(true);
    expect(isNeuronInstanceType('inf2.xlarge')).toBe(true);
    expect(isGpuInstanceType('inf2.xlarge')).toBe(false);
    expect(isArmInstanceType('m7g.large')).toBe(true);
    expect(isArmInstanceType('m7i.large')).toBe(false);
  });

  it('suggests the closest known types for a typo', () => {
    expect(suggestInstanceTypes('m6i.xlarg')[0]).toBe('m6i.xlarge');
    expect(suggestInstanceTypes('m6l.large')).toContain('m6i.large');
    expect(suggestInstanceTypes('t3.medum')[0]).toBe('t3.medium');
    expect(suggestInstanceTypes('zzzz.qqqqqq')).toEqual([]);
    // Never a Mac type: EKS cannot run one ("mac2.metl" was answered with mac2.metal).
    for (const typo of ['mac2.metl', 'mac2-m2.metl', 'mac1.metall']) {
      expect(suggestInstanceTypes(typo).filter((t) => t.startsWith('mac'))).toEqual([]);
    }
  });

  it('computes max pods with and without prefix delegation (VPC CNI formula, 110/250 caps)', () => {
    const t3 = instanceTypeInfo('t3.medium')!; // 3 ENIs x 6 IPv4
    expect(maxPodsForNode(t3)).toBe(17);
    expect(maxPodsForNode(t3, { prefixDelegation: true })).toBe(110); // 3 x 5 x 16 + 2 = 242, capped at 110
    const m5 = instanceTypeInfo('m5.24xlarge')!; // 96 vCPU
    expect(maxPodsForNode(m5)).toBe(737);
    expect(maxPodsForNode(m5, { prefixDelegation: true })).toBe(250);
    const a1 = instanceTypeInfo('a1.medium')!; // 2 ENIs x 4 IPv4: 2 x 3 x 16 + 2 = 98, below the cap
    expect(maxPodsForNode(a1, { prefixDelegation: true })).toBe(98);
    expect(maxPodsForNode(t3, { prefixDelegation: true, maxPodsPerNode: 40 })).toBe(40);
  });

  it("reserves CPU and memory as the EKS AMI's kubelet config does", () => {
    expect(kubeReserved(2, 17)).toEqual({ cpuMillicores: 70, memoryMiB: 11 * 17 + 255 + 100 });
    expect(kubeReserved(8, 58).cpuMillicores).toBe(60 + 10 + 5 + 5 + 4 * 2.5);
    expect(allocatable(instanceTypeInfo('t3.medium')!, 17)).toEqual({ cpuMillicores: 1930, memoryMiB: 4096 - 542, pods: 17 });
  });
});

describe('nodesNeeded', () => {
  const room = { cpuMillicores: 1930, memoryMiB: 3554, pods: 15 };
  it('packs whole pods first-fit, largest first', () => {
    expect(nodesNeeded(room, [{ count: 20, cpuMillicores: 1000, memoryMiB: 512 }])).toBe(20);
    expect(nodesNeeded(room, [{ count: 4, cpuMillicores: 900, memoryMiB: 100 }])).toBe(2);
    // The small pods fill the gaps the large ones leave.
    expect(
      nodesNeeded(room, [
        { count: 2, cpuMillicores: 100, memoryMiB: 100 },
        { count: 2, cpuMillicores: 1800, memoryMiB: 100 },
      ]),
    ).toBe(2);
    expect(nodesNeeded(room, [{ count: 31, cpuMillicores: 0, memoryMiB: 0 }])).toBe(3);
    expect(nodesNeeded(room, [{ count: 1, cpuMillicores: 2000, memoryMiB: 0 }])).toBe(Infinity);
    expect(nodesNeeded(room, [])).toBe(0);
  });
});
