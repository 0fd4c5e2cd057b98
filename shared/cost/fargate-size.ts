/**
 * Fargate pod sizing: Fargate bills the smallest valid vCPU/memory size that holds the pod's requests
 * plus 256 MB for kubelet, kube-proxy and containerd (EKS User Guide, fargate-pod-configuration).
 */

export interface FargateSize {
  vcpu: number;
  memoryGb: number;
}

/** The memory sizes (GB) each vCPU size allows. */
const SIZES: readonly { vcpu: number; memoryGb: readonly number[] }[] = [
  { vcpu: 0.25, memoryGb: [0.5, 1, 2] },
  { vcpu: 0.5, memoryGb: range(1, 4, 1) },
  { vcpu: 1, memoryGb: range(2, 8, 1) },
  { vcpu: 2, memoryGb: range(4, 16, 1) },
  { vcpu: 4, memoryGb: range(8, 30, 1) },
  { vcpu: 8, memoryGb: range(16, 60, 4) },
  { vcpu: 16, memoryGb: range(32, 120, 8) },
];

/** Memory Fargate adds to every pod for its own agents, in MiB. */
export const FARGATE_OVERHEAD_MIB = 256;

/**
 * The size Fargate bills for a pod requesting `cpuMillicores` and `memoryMiB` (0 = no request), or
 * undefined when no Fargate size is large enough (the pod would never be scheduled).
 */
export function fargatePodSize(cpuMillicores: number, memoryMiB: number): FargateSize | undefined {
  const needVcpu = cpuMillicores / 1000;
  const needGb = (memoryMiB + FARGATE_OVERHEAD_MIB) / 1024;
  for (const size of SIZES) {
    if (size.vcpu < needVcpu) continue;
    const memoryGb = size.memoryGb.find((gb) => gb >= needGb);
    if (memoryGb !== undefined) return { vcpu: size.vcpu, memoryGb };
  }
  return undefined;
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += step) out.push(v);
  return out;
}
