/**
 * EC2 instance types the palette offers, with the facts rules and the cost estimate need.
 * maxPods is the VPC CNI limit without prefix delegation (ENIs x (IPs per ENI - 1) + 2).
 * Source: https://docs.aws.amazon.com/ec2/latest/instancetypes/ and the VPC CNI eni-max-pods table.
 */
export interface InstanceTypeInfo {
  type: string;
  vcpu: number;
  memoryGiB: number;
  gpus: number;
  arch: 'x86_64' | 'arm64';
  maxPods: number;
  /** Burstable (T family) instances: CPU credits make them a poor fit for steady load. */
  burstable?: boolean;
}

export const INSTANCE_TYPES: readonly InstanceTypeInfo[] = [
  { type: 't3.medium', vcpu: 2, memoryGiB: 4, gpus: 0, arch: 'x86_64', maxPods: 17, burstable: true },
  { type: 't3.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'x86_64', maxPods: 35, burstable: true },
  { type: 'm5.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'x86_64', maxPods: 29 },
  { type: 'm5.xlarge', vcpu: 4, memoryGiB: 16, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'm6i.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'x86_64', maxPods: 29 },
  { type: 'm6i.xlarge', vcpu: 4, memoryGiB: 16, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'm6i.2xlarge', vcpu: 8, memoryGiB: 32, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'm7i.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'x86_64', maxPods: 29 },
  { type: 'c6i.large', vcpu: 2, memoryGiB: 4, gpus: 0, arch: 'x86_64', maxPods: 29 },
  { type: 'c6i.xlarge', vcpu: 4, memoryGiB: 8, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'c6i.2xlarge', vcpu: 8, memoryGiB: 16, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'r6i.large', vcpu: 2, memoryGiB: 16, gpus: 0, arch: 'x86_64', maxPods: 29 },
  { type: 'r6i.xlarge', vcpu: 4, memoryGiB: 32, gpus: 0, arch: 'x86_64', maxPods: 58 },
  { type: 'm6g.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'arm64', maxPods: 29 },
  { type: 'm7g.large', vcpu: 2, memoryGiB: 8, gpus: 0, arch: 'arm64', maxPods: 29 },
  { type: 'c7g.large', vcpu: 2, memoryGiB: 4, gpus: 0, arch: 'arm64', maxPods: 29 },
  { type: 'g4dn.xlarge', vcpu: 4, memoryGiB: 16, gpus: 1, arch: 'x86_64', maxPods: 29 },
  { type: 'g5.xlarge', vcpu: 4, memoryGiB: 16, gpus: 1, arch: 'x86_64', maxPods: 58 },
  { type: 'g5.2xlarge', vcpu: 8, memoryGiB: 32, gpus: 1, arch: 'x86_64', maxPods: 58 },
  { type: 'g5.12xlarge', vcpu: 48, memoryGiB: 192, gpus: 4, arch: 'x86_64', maxPods: 234 },
  { type: 'p3.2xlarge', vcpu: 8, memoryGiB: 61, gpus: 1, arch: 'x86_64', maxPods: 58 },
];

const BY_TYPE = new Map(INSTANCE_TYPES.map((i) => [i.type, i]));

export function instanceTypeInfo(type: string): InstanceTypeInfo | undefined {
  return BY_TYPE.get(type);
}

/** GPU families, for types the table does not list (p4d, p5, g6, ...). */
export function isGpuInstanceType(type: string): boolean {
  const info = BY_TYPE.get(type);
  if (info) return info.gpus > 0;
  return /^(p\d|g\d|gr\d)[a-z]*\./.test(type);
}

/** Graviton families (the "g" after the generation digit: m6g, c7gn, r8g, ...), for unlisted types. */
export function isArmInstanceType(type: string): boolean {
  const info = BY_TYPE.get(type);
  if (info) return info.arch === 'arm64';
  return /^[a-z]+\d+g[a-z]*\./.test(type) && !/^(g|p)\d/.test(type);
}
