/**
 * The EC2 instance-type facts rules and the cost estimate read: a thin view over the 1,108-type catalog
 * (shared/data/ec2/instance-types.json, provenance and licence in its README), looked up by Map.
 *
 * maxPods is the VPC CNI limit without prefix delegation (ENIs x (IPv4 per ENI - 1) + 2), from the EKS AMI's
 * instance-info; `maxPodsForNode` gives the limit with prefix delegation or an explicit maxPodsPerNode.
 */
import { instanceCatalog, instanceTypeFacts, isMacInstanceType, type InstanceTypeFacts } from './ec2/instance-catalog.js';

export { isMacInstanceType };
import { levenshtein } from '../util/levenshtein.js';
import { sortSmall } from '../util/sort-small.js';

/** What accelerator an instance type carries, as eksctl tells them apart to pick an AMI. */
export type Accelerator = 'nvidia' | 'neuron' | 'other-gpu' | 'none';

export interface InstanceTypeInfo {
  type: string;
  /** The family, the part before the dot (m6i, g5g, p6-b200). */
  family: string;
  vcpu: number;
  memoryMiB: number;
  memoryGiB: number;
  gpus: number;
  arch: 'x86_64' | 'arm64';
  accelerator: Accelerator;
  /** VPC CNI max pods without prefix delegation; undefined when the data has no ENI facts for the type. */
  maxPods: number | undefined;
  maxEnis: number | undefined;
  ipv4PerEni: number | undefined;
  /** Supports security groups for pods (trunk interface). */
  trunking: boolean;
  /** us-east-1 Linux on-demand $/hour (Karpenter's generated price list); undefined when not listed. */
  usdPerHourUsEast1: number | undefined;
  /** Burstable (T family) instances: CPU credits make them a poor fit for steady load. */
  burstable: boolean;
}

/** Inferentia and Trainium families. */
const NEURON_FAMILY = /^(inf|trn)\d/;
/** GPU families whose GPUs are not NVIDIA (g4ad: AMD Radeon; dl1: Habana Gaudi). */
const NON_NVIDIA_GPU_FAMILY = new Set(['g4ad', 'dl1']);
/** NVIDIA families with fractional GPUs, which the data counts as 0 GPUs. */
const FRACTIONAL_NVIDIA_FAMILY = new Set(['g6f', 'gr6f']);

function accelerator(family: string, gpus: number): Accelerator {
  if (NEURON_FAMILY.test(family)) return 'neuron';
  if (NON_NVIDIA_GPU_FAMILY.has(family)) return 'other-gpu';
  if (gpus > 0 || FRACTIONAL_NVIDIA_FAMILY.has(family)) return 'nvidia';
  return 'none';
}

function toInfo(f: InstanceTypeFacts): InstanceTypeInfo {
  const family = f.type.slice(0, f.type.indexOf('.'));
  return {
    type: f.type,
    family,
    vcpu: f.vcpu,
    memoryMiB: f.memoryMiB,
    memoryGiB: f.memoryMiB / 1024,
    gpus: f.gpus,
    arch: f.arch === 'arm64' ? 'arm64' : 'x86_64',
    accelerator: accelerator(family, f.gpus),
    maxPods: f.maxPodsVpcCni ?? undefined,
    maxEnis: f.maxEnis ?? undefined,
    ipv4PerEni: f.ipv4PerEni ?? undefined,
    trunking: f.trunking,
    usdPerHourUsEast1: f.usdPerHourUsEast1 ?? undefined,
    burstable: /^t\d/.test(family),
  };
}

/** Each type's view, made on its first look-up (see instance-catalog.ts: a run looks up a handful of types). */
const BY_TYPE = new Map<string, InstanceTypeInfo>();

function infoOf(type: string): InstanceTypeInfo | undefined {
  const known = BY_TYPE.get(type);
  if (known) return known;
  const facts = instanceTypeFacts(type);
  if (!facts) return undefined;
  const info = toInfo(facts);
  BY_TYPE.set(type, info);
  return info;
}

let all: { list: readonly InstanceTypeInfo[]; byFamily: Map<string, InstanceTypeInfo[]> } | undefined;

/** Every known type (1,108) in the catalog's order, and the types of each family; made on first call. */
function allTypes(): { list: readonly InstanceTypeInfo[]; byFamily: Map<string, InstanceTypeInfo[]> } {
  if (all) return all;
  const list = instanceCatalog().map((f) => infoOf(f.type)!);
  const byFamily = new Map<string, InstanceTypeInfo[]>();
  for (const i of list) {
    const group = byFamily.get(i.family);
    if (group) group.push(i);
    else byFamily.set(i.family, [i]);
  }
  return (all = { list, byFamily });
}

/** Every known instance type (1,108), in the catalog's order. */
export function instanceTypes(): readonly InstanceTypeInfo[] {
  return allTypes().list;
}

/** The most GPUs one known type of `family` has (g5: 8), 0 for a family without GPUs or unknown. */
export function familyMaxGpus(family: string): number {
  let most = 0;
  for (const info of allTypes().byFamily.get(family) ?? []) if (info.gpus > most) most = info.gpus;
  return most;
}

export function instanceTypeInfo(type: string): InstanceTypeInfo | undefined {
  return infoOf(type);
}

export function isKnownInstanceType(type: string): boolean {
  return instanceTypeFacts(type) !== undefined;
}

/** The family of a type name, known or not (`m6i.xlarg` -> `m6i`). */
function familyOf(type: string): string {
  const dot = type.indexOf('.');
  return dot < 0 ? type : type.slice(0, dot);
}

/** GPU or other accelerator (NVIDIA, AMD, Gaudi; not Inferentia/Trainium). Unknown types by family name. */
export function isGpuInstanceType(type: string): boolean {
  const info = infoOf(type);
  if (info) return info.accelerator === 'nvidia' || info.accelerator === 'other-gpu';
  return /^(p\d|g\d|gr\d)[a-z-]*$/.test(familyOf(type));
}

/** NVIDIA GPU types: the ones eksctl gives the NVIDIA accelerated AMI. */
export function isNvidiaInstanceType(type: string): boolean {
  const info = infoOf(type);
  if (info) return info.accelerator === 'nvidia';
  return /^(p\d|g\d|gr\d)[a-z-]*$/.test(familyOf(type)) && !NON_NVIDIA_GPU_FAMILY.has(familyOf(type));
}

/** Inferentia and Trainium types (AWS Neuron). */
export function isNeuronInstanceType(type: string): boolean {
  return NEURON_FAMILY.test(familyOf(type));
}

/** Graviton (Arm) types; unknown types by family name (the "g" after the generation digit: m6g, c7gn). */
export function isArmInstanceType(type: string): boolean {
  const info = infoOf(type);
  if (info) return info.arch === 'arm64';
  return /^[a-z]+\d+g[a-z]*\./.test(type) && !/^(g|p)\d/.test(type);
}

/**
 * The VPC CNI's max pods per node. Without prefix delegation: ENIs x (IPv4 per ENI - 1) + 2 (the data's
 * maxPods). With prefix delegation each secondary address becomes a /28 prefix of 16 addresses:
 * ENIs x (IPv4 per ENI - 1) x 16 + 2, capped at 110 below 30 vCPUs and 250 from 30 vCPUs, as the EKS AMI's
 * max-pods-calculator recommends (https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses.html).
 * An explicit maxPodsPerNode (kubelet --max-pods) wins when given. Undefined when the data lacks ENI facts.
 */
export function maxPodsForNode(
  info: InstanceTypeInfo,
  options: { prefixDelegation?: boolean; maxPodsPerNode?: number } = {},
): number | undefined {
  if (options.maxPodsPerNode !== undefined && options.maxPodsPerNode > 0) return options.maxPodsPerNode;
  if (!options.prefixDelegation) return info.maxPods;
  if (info.maxEnis === undefined || info.ipv4PerEni === undefined) return undefined;
  const byAddresses = info.maxEnis * (info.ipv4PerEni - 1) * 16 + 2;
  return Math.min(byAddresses, info.vcpu < 30 ? 110 : 250);
}

/**
 * What the kubelet reserves on an EKS AMI node (kube-reserved), from the EKS AMI's nodeadm
 * (https://github.com/awslabs/amazon-eks-ami/blob/main/nodeadm/internal/kubelet/config.go):
 * memory 11 MiB x max pods + 255 MiB; CPU 6 % of the first core, 1 % of the second, 0.5 % of the third and
 * fourth, 0.25 % of every further core. The default hard eviction threshold (memory.available 100 MiB) is
 * taken off memory too.
 */
export function kubeReserved(vcpu: number, maxPods: number): { cpuMillicores: number; memoryMiB: number } {
  const cores = [60, 10, 5, 5];
  let cpu = 0;
  for (let core = 0; core < vcpu; core++) cpu += cores[core] ?? 2.5;
  return { cpuMillicores: cpu, memoryMiB: 11 * maxPods + 255 + 100 };
}

/** What pods can request on one node: capacity less kube-reserved and the eviction threshold. */
export function allocatable(info: InstanceTypeInfo, maxPods: number): { cpuMillicores: number; memoryMiB: number; pods: number } {
  const reserved = kubeReserved(info.vcpu, maxPods);
  return {
    cpuMillicores: info.vcpu * 1000 - reserved.cpuMillicores,
    memoryMiB: info.memoryMiB - reserved.memoryMiB,
    pods: maxPods,
  };
}

/**
 * The known types closest to an unknown one, best first (at most 3): same family first (m6i.xlarg ->
 * m6i.xlarge), then any type within a small edit distance (m6l.large -> m6i.large). Never a Mac type, which
 * EKS cannot run.
 */
export function suggestInstanceTypes(type: string): string[] {
  const q = type.trim().toLowerCase();
  if (isKnownInstanceType(q)) return [q];
  const limit = Math.max(2, Math.floor(q.length / 4));
  const scored: { type: string; d: number }[] = [];
  const { list: everyType, byFamily } = allTypes();
  const pool = byFamily.get(familyOf(q)) ?? everyType;
  for (const i of pool) {
    if (isMacInstanceType(i.type)) continue;
    const d = levenshtein(q, i.type, limit);
    if (d <= limit) scored.push({ type: i.type, d });
  }
  if (scored.length === 0 && pool !== everyType) {
    for (const i of everyType) {
      if (isMacInstanceType(i.type)) continue;
      const d = levenshtein(q, i.type, limit);
      if (d <= limit) scored.push({ type: i.type, d });
    }
  }
  return scored
    .sort((a, b) => a.d - b.d || a.type.length - b.type.length || a.type.localeCompare(b.type))
    .slice(0, 3)
    .map((s) => s.type);
}

export interface PodGroup {
  count: number;
  cpuMillicores: number;
  memoryMiB: number;
}

export interface NodeRoom {
  cpuMillicores: number;
  memoryMiB: number;
  pods: number;
}

/**
 * Nodes of one size that the pods need, packed first-fit with the largest CPU requests first (what the
 * scheduler achieves at best without preemption). Infinity when one pod does not fit an empty node. Packs
 * whole groups of identical pods per node, so the cost is groups x nodes, not pods x nodes; past `limit`
 * nodes it stops and answers `limit + 1`.
 */
export function nodesNeeded(room: NodeRoom, groups: readonly PodGroup[], limit = 5000): number {
  const todo: PodGroup[] = [];
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (g.count > 0) todo.push(g);
  }
  sortSmall(todo, largestFirst);
  const nodes: NodeRoom[] = [];
  for (let k = 0; k < todo.length; k++) {
    const g = todo[k]!;
    if (g.cpuMillicores > room.cpuMillicores || g.memoryMiB > room.memoryMiB || room.pods < 1) return Infinity;
    let left = g.count;
    // Plain loops, no closures: this runs for every node group on every validation.
    for (let i = 0; i < nodes.length && left > 0; i++) left -= placeOnNode(nodes[i]!, g, left);
    while (left > 0) {
      if (nodes.length >= limit) return limit + 1;
      const n = { ...room };
      nodes.push(n);
      left -= placeOnNode(n, g, left);
    }
  }
  return nodes.length;
}

/** Larger CPU requests first, then larger memory. */
function largestFirst(a: PodGroup, b: PodGroup): number {
  return b.cpuMillicores - a.cpuMillicores || b.memoryMiB - a.memoryMiB;
}

/** Puts as many of `left` pods of `g` on node `n` as fit (taking its room), and returns how many. */
function placeOnNode(n: NodeRoom, g: PodGroup, left: number): number {
  const fits = Math.min(
    n.pods,
    g.cpuMillicores > 0 ? Math.floor(n.cpuMillicores / g.cpuMillicores) : Infinity,
    g.memoryMiB > 0 ? Math.floor(n.memoryMiB / g.memoryMiB) : Infinity,
  );
  const k = Math.min(left, fits);
  if (k <= 0) return 0;
  n.pods -= k;
  n.cpuMillicores -= k * g.cpuMillicores;
  n.memoryMiB -= k * g.memoryMiB;
  return k;
}
