import { describe, expect, it } from 'vitest';
import { fargatePodSize } from './fargate-size.js';

describe('fargatePodSize', () => {
  it.each([
    // [cpu m, memory MiB, vCPU, GB]
    [1000, 2048, 1, 3], // pricing.md: 2 GB + 256 MB rounds up to the 1 vCPU / 3 GB size
    [0, 0, 0.25, 0.5], // no requests: the smallest size still holds the 256 MB overhead
    [250, 256, 0.25, 0.5], // exactly 512 MiB fits 0.5 GB
    [250, 257, 0.25, 1],
    [250, 2048, 0.5, 3], // 2.25 GB does not fit 0.25 vCPU (max 2 GB)
    [500, 512, 0.5, 1],
    [1500, 1024, 2, 4],
    [4000, 30 * 1024 - 256, 4, 30],
    [4000, 30 * 1024, 8, 32], // over 4 vCPU's 30 GB: the next vCPU size, in its 4 GB steps
    [16000, 120 * 1024 - 256, 16, 120],
  ])('%dm / %d MiB -> %d vCPU / %d GB', (cpu, mem, vcpu, gb) => {
    expect(fargatePodSize(cpu, mem)).toEqual({ vcpu, memoryGb: gb });
  });

  it('has no size for pods larger than the largest Fargate size', () => {
    expect(fargatePodSize(16001, 1024)).toBeUndefined();
    expect(fargatePodSize(1000, 120 * 1024)).toBeUndefined();
  });
});
