import { nodesNeeded, type PodGroup } from '../../../data/instance-types.js';
import { defineRule } from '../../define.js';
import type { Finding } from '../../types.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';
import { memoSlot, type DesignIndex } from '../../../model/design-index.js';
import { nodeGroupsOfCluster, placedWorkloads, workloadsOnNodeGroup } from '../../facts/compute.js';
import { addonDaemonSets, nodeCapacity, type NodeCapacity, type TypeAllocatable } from './node-capacity.js';

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Pods a workload keeps running: its replicas, or the HPA's minimum when that is higher. */
export function steadyPods(w: PartOf<'workload'>): number {
  return Math.max(w.props.replicas, w.props.hpa?.minReplicas ?? 0);
}

/** What one node of a type holds for a group's pods, after the DaemonSets every node runs. */
export interface NodeRoomOf {
  cpuMillicores: number;
  memoryMiB: number;
  pods: number;
}

export interface GroupDemand {
  node: NodeCapacity;
  /**
   * The type `free` and `needed` are of. On-Demand: the first listed, which EKS launches a managed group's On-Demand
   * nodes as (allocation strategy "prioritized", types in the listed order; an Auto Scaling group's default for a
   * self-managed mixed group too). Spot: nodes may be of any listed type, so the worst case: the smallest of each
   * dimension over the types, or, when that leaves pods beyond the desired size, the type that needs the most nodes.
   */
  type: string;
  /** Per node of `type`, after the DaemonSets every node runs. */
  free: NodeRoomOf;
  /** Non-DaemonSet pods placed on the group, and their total requests. */
  pods: number;
  cpuMillicores: number;
  memoryMiB: number;
  /** Nodes of `type` the pods need, packed first-fit largest first (nodesNeeded). */
  needed: number;
  /**
   * A Spot group of several types whose worst case needs more nodes than its desired size: the type that needs the
   * fewest, with its figures. What the group needs lies between the two, by the types Spot happens to launch.
   */
  spotBest?: { type: string; free: NodeRoomOf; needed: number };
  /**
   * Workloads whose single pod fits no empty node the group launches: its first type for On-Demand (the type EKS
   * launches first and the Cluster Autoscaler plans with), any of its types for Spot.
   */
  tooLarge: PartOf<'workload'>[];
  /** The node tooLarge is measured against, less the DaemonSets: the first type, or for Spot the roomiest. */
  launched: { type: string; cpuMillicores: number; memoryMiB: number };
}

/**
 * What the workloads drawn in a node group ask of it, against what its nodes hold. Undefined without facts.
 * `clusterDaemonSets` are the DaemonSets drawn in the group's cluster (clusterDaemonSets below).
 */
export function groupDemand(
  index: DesignIndex,
  ng: NodeGroupPart,
  clusterDaemonSets: readonly PartOf<'workload'>[],
  podsOf: (w: PartOf<'workload'>) => number = steadyPods,
): GroupDemand | undefined {
  const node = nodeCapacity(index, ng);
  if (!node) return undefined;
  const cluster = index.parent(ng);
  let daemonPods = cluster?.kind === 'cluster' ? addonDaemonSets(cluster.props.addons) : 0;
  let daemonCpu = 0;
  let daemonMemory = 0;
  // The cluster's DaemonSets run on every node of the group, beside its own.
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let k = 0; k < clusterDaemonSets.length; k++) {
    const w = clusterDaemonSets[k]!;
    daemonPods++;
    daemonCpu += w.props.cpuMillicores;
    daemonMemory += w.props.memoryMiB;
  }
  const apps: PartOf<'workload'>[] = [];
  const onGroup = workloadsOnNodeGroup(index, ng);
  for (let k = 0; k < onGroup.length; k++) {
    const w = onGroup[k]!;
    if (w.props.workloadKind === 'DaemonSet') {
      daemonPods++;
      daemonCpu += w.props.cpuMillicores;
      daemonMemory += w.props.memoryMiB;
    } else apps.push(w);
  }
  const spot = ng.props.capacityType === 'SPOT';
  // NodeCapacity holds the smallest of each dimension over the types: Spot's worst case before any packing.
  let sized: TypeAllocatable = spot ? node : node.byType[0]!;
  let free = roomOf(sized, daemonCpu, daemonMemory, daemonPods);
  let pods = 0;
  let cpu = 0;
  let memory = 0;
  const tooLarge: PartOf<'workload'>[] = [];
  const groups: PodGroup[] = [];
  for (let i = 0; i < apps.length; i++) {
    const w = apps[i]!;
    const n = podsOf(w);
    if (n === 0) continue;
    pods += n;
    cpu += n * w.props.cpuMillicores;
    memory += n * w.props.memoryMiB;
    groups.push({ count: n, cpuMillicores: w.props.cpuMillicores, memoryMiB: w.props.memoryMiB });
    if (!fitsLaunchedNode(node, ng.props.capacityType === 'SPOT', w, daemonCpu, daemonMemory, daemonPods)) tooLarge.push(w);
  }
  let needed = tooLarge.length > 0 ? Infinity : nodesNeeded(free, groups);
  let spotBest: GroupDemand['spotBest'];
  // Type by type only when the worst case does not fit the desired size: most groups stop at one packing.
  if (spot && node.byType.length > 1 && tooLarge.length === 0 && needed > ng.props.desiredCapacity) {
    let worst: { t: TypeAllocatable; free: NodeRoomOf; needed: number } | undefined;
    let best: { t: TypeAllocatable; free: NodeRoomOf; needed: number } | undefined;
    for (let i = 0; i < node.byType.length; i++) {
      const t = node.byType[i]!;
      const room = roomOf(t, daemonCpu, daemonMemory, daemonPods);
      // A type some pod fits on no node of is left out: ng.pod-exceeds-node speaks when no type takes it.
      const n = nodesNeeded(room, groups);
      if (!Number.isFinite(n)) continue;
      if (!worst || n > worst.needed) worst = { t, free: room, needed: n };
      if (!best || n < best.needed) best = { t, free: room, needed: n };
    }
    if (worst && best) {
      sized = worst.t;
      free = worst.free;
      needed = worst.needed;
      if (best.needed < worst.needed) spotBest = { type: best.t.type, free: best.free, needed: best.needed };
    }
  }
  const ref = launchedType(node, spot);
  const launched = { type: ref.type, cpuMillicores: ref.cpuMillicores - daemonCpu, memoryMiB: ref.memoryMiB - daemonMemory };
  return {
    node,
    type: sized.type,
    free,
    pods,
    cpuMillicores: cpu,
    memoryMiB: memory,
    needed,
    ...(spotBest ? { spotBest } : {}),
    tooLarge,
    launched,
  };
}

/** What one node of `t` holds for the group's pods beside its DaemonSets. */
function roomOf(t: TypeAllocatable, daemonCpu: number, daemonMemory: number, daemonPods: number): NodeRoomOf {
  return { cpuMillicores: t.cpuMillicores - daemonCpu, memoryMiB: t.memoryMiB - daemonMemory, pods: t.maxPods - daemonPods };
}

/** Whether one pod of `w` fits an empty node of a type the group launches, beside the DaemonSets. */
function fitsLaunchedNode(
  node: NodeCapacity,
  spot: boolean,
  w: PartOf<'workload'>,
  daemonCpu: number,
  daemonMemory: number,
  daemonPods: number,
): boolean {
  const last = spot ? node.byType.length : 1;
  for (let i = 0; i < last; i++) {
    const t = node.byType[i]!;
    if (
      w.props.cpuMillicores <= t.cpuMillicores - daemonCpu &&
      w.props.memoryMiB <= t.memoryMiB - daemonMemory &&
      t.maxPods - daemonPods >= 1
    )
      return true;
  }
  return false;
}

/** The type a pod that fits no launched node is shown against: the first, or for Spot the one with most memory, then CPU. */
function launchedType(node: NodeCapacity, spot: boolean): TypeAllocatable {
  let best = node.byType[0]!;
  if (!spot) return best;
  for (let i = 1; i < node.byType.length; i++) {
    const t = node.byType[i]!;
    if (t.memoryMiB > best.memoryMiB || (t.memoryMiB === best.memoryMiB && t.cpuMillicores > best.cpuMillicores)) best = t;
  }
  return best;
}

/** DaemonSets drawn directly in each cluster (they run on every node group of it). */
export function clusterDaemonSets(index: DesignIndex): Map<string, PartOf<'workload'>[]> {
  const out = new Map<string, PartOf<'workload'>[]>();
  for (const { workload, placement } of placedWorkloads(index)) {
    if (placement.on === 'cluster' && workload.props.workloadKind === 'DaemonSet') {
      const list = out.get(placement.cluster.id);
      if (list) list.push(workload);
      else out.set(placement.cluster.id, [workload]);
    }
  }
  return out;
}

export interface NodeGroupDemand {
  cluster: PartOf<'cluster'>;
  ng: NodeGroupPart;
  d: GroupDemand;
}

const DEMANDS = memoSlot<readonly NodeGroupDemand[]>('node group demands');

/**
 * Each node group with pods to place, in its cluster, and what its pods demand of its nodes. Computed once per
 * index: ng.capacity-fit and ng.pod-exceeds-node both read it (packing the pods is a tenth of validation).
 */
export function nodeGroupDemands(index: DesignIndex): readonly NodeGroupDemand[] {
  return index.memo(DEMANDS, demandsUncached);
}

function demandsUncached(index: DesignIndex): readonly NodeGroupDemand[] {
  const daemons = clusterDaemonSets(index);
  const out: NodeGroupDemand[] = [];
  for (const cluster of index.ofKind('cluster')) {
    for (const ng of nodeGroupsOfCluster(index, cluster)) {
      const d = groupDemand(index, ng, daemons.get(cluster.id) ?? []);
      if (d) out.push({ cluster, ng, d });
    }
  }
  return out;
}

/**
 * The nodes a node group can have: its maximum when Cluster Autoscaler scales it, else its desired size. Karpenter
 * adds none: the pods drawn in a group carry its nodeSelector (eks.amazonaws.com/nodegroup or
 * alpha.eksctl.io/nodegroup-name, shared/manifests/pod-template.ts), a label no NodePool defines, so Karpenter finds
 * them incompatible ("label ... does not have known values") and launches nothing for them.
 */
export function reachableNodes(cluster: PartOf<'cluster'>, ng: NodeGroupPart): number {
  return cluster.props.addons.nodeAutoscaler === 'cluster-autoscaler' ? ng.props.maxSize : ng.props.desiredCapacity;
}

/**
 * The pods placed on a node group must fit its nodes' allocatable CPU, memory and pod slots (capacity less
 * the EKS AMI's kube-reserved, see shared/data/instance-types.ts). Too few nodes at desired size and nothing
 * that adds nodes (Karpenter does not, reachableNodes): the extra pods stay Pending (error). Cluster Autoscaler
 * can reach the need within the group's maximum: only a warning. Beyond the maximum: error.
 */
export const nodeCapacityFit = defineRule({
  id: 'ng.capacity-fit',
  severity: 'error',
  area: 'node-groups',
  source: 'https://kubernetes.io/docs/tasks/administer-cluster/reserve-compute-resources/#node-allocatable',
  text: {
    en: {
      message:
        'The {{pods}} pods placed on node group {{nodeGroup}} request {{cpu}} vCPU and {{memory}} GiB; one {{instanceType}} node has {{nodeCpu}} vCPU, {{nodeMemory}} GiB and {{nodePods}} pod slots for them (allocatable after kube-reserved and DaemonSets), so they need at least {{needed}} nodes. The group runs {{desired}} at desired size and at most {{maxSize}} (node autoscaler: {{autoscaler}}); the pods that do not fit stay Pending.',
      fix: 'Raise the desired size of {{nodeGroup}} to {{needed}} or more, use a larger instance type, lower the requests or replicas, or add Cluster Autoscaler with a maximum size of at least {{needed}}. With Karpenter, draw the workloads on the cluster instead: pods pinned to a node group never get a Karpenter node.',
    },
    ja: {
      message:
        'ノードグループ {{nodeGroup}} に配置された {{pods}} 個の Pod は {{cpu}} vCPU / {{memory}} GiB を要求します。{{instanceType}} のノード 1 台でこれらに使えるのは {{nodeCpu}} vCPU / {{nodeMemory}} GiB / Pod {{nodePods}} 個（kube-reserved と DaemonSet を引いた割り当て可能量）なので、少なくとも {{needed}} 台が必要です。グループは希望サイズで {{desired}} 台、最大 {{maxSize}} 台です（ノードオートスケーラー: {{autoscaler}}）。収まらない Pod は Pending のままになります。',
      fix: '{{nodeGroup}} の希望サイズを {{needed}} 以上にする、より大きなインスタンスタイプを使う、リクエストやレプリカ数を減らす、または最大サイズ {{needed}} 以上で Cluster Autoscaler を追加してください。Karpenter の場合は、ワークロードをノードグループではなくクラスターに配置してください。ノードグループに固定した Pod には Karpenter はノードを起動しません。',
    },
  },
  check(index) {
    const findings: Finding[] = [];
    for (const { cluster, ng, d } of nodeGroupDemands(index)) {
      const autoscaler = cluster.props.addons.nodeAutoscaler;
      // A pod larger than a node is ng.pod-exceeds-node's finding; the sum would only repeat it.
      if (d.pods === 0 || d.tooLarge.length > 0 || !Number.isFinite(d.needed)) continue;
      const { desiredCapacity, maxSize } = ng.props;
      if (d.needed <= desiredCapacity) continue;
      // Spot: refused only when even the type that needs the fewest nodes needs more than the group reaches; else the
      // worst case is a warning (the types Spot launches decide), shown with the type that needs the most nodes.
      const fewest = d.spotBest?.needed ?? d.needed;
      const severity: 'error' | 'warning' = fewest <= reachableNodes(cluster, ng) ? 'warning' : 'error';
      // A group sized 0 that Cluster Autoscaler scales out for its Jobs is the batch pattern, not a problem.
      if (severity === 'warning' && desiredCapacity === 0 && onlyJobs(index, ng)) continue;
      const shown = severity === 'error' && d.spotBest ? d.spotBest : d;
      findings.push({
        partIds: [ng.id],
        params: {
          nodeGroup: ng.name,
          pods: d.pods,
          cpu: round1(d.cpuMillicores / 1000),
          memory: round1(d.memoryMiB / 1024),
          instanceType: shown.type,
          nodeCpu: round1(shown.free.cpuMillicores / 1000),
          nodeMemory: round1(shown.free.memoryMiB / 1024),
          nodePods: shown.free.pods,
          needed: shown.needed,
          desired: desiredCapacity,
          maxSize,
          autoscaler: autoscaler === 'none' ? '-' : autoscaler === 'karpenter' ? 'Karpenter' : 'Cluster Autoscaler',
        },
        ...(severity === 'warning' ? { severity } : {}),
      });
    }
    return findings;
  },
});

function onlyJobs(index: DesignIndex, ng: NodeGroupPart): boolean {
  return workloadsOnNodeGroup(index, ng).every(
    (w) => w.props.workloadKind === 'Job' || w.props.workloadKind === 'CronJob' || w.props.workloadKind === 'DaemonSet',
  );
}
