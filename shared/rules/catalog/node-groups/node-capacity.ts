/**
 * What one node of a node group holds, from the instance catalog: max pods (VPC CNI, with prefix delegation
 * when the cluster's vpc-cni add-on turns it on, or the group's maxPodsPerNode) and allocatable CPU/memory
 * (capacity less the EKS AMI's kube-reserved). A group with several types keeps each type's figures (`byType`):
 * its On-Demand nodes are the first type, its Spot nodes any of them, whose worst case the top-level figures
 * give (each dimension at its smallest). Computed once per DesignIndex.
 */
import { ADDONS, addonOn, type AddonRow } from '../../../model/addons.js';
import { allocatable, instanceTypeInfo, maxPodsForNode, type InstanceTypeInfo } from '../../../data/instance-types.js';
import { memoSlot, type DesignIndex } from '../../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';
import { defineViewFact } from '../../config-view.js';

export interface NodeCapacity {
  /** The type with the fewest pods (CPU and memory are each the smallest over the group's known types). */
  type: string;
  info: InstanceTypeInfo;
  maxPods: number;
  cpuMillicores: number;
  memoryMiB: number;
  prefixDelegation: boolean;
  /**
   * Each known type on its own, in the group's order: EKS launches a managed group's On-Demand nodes by that order
   * (allocation strategy "prioritized", as eksctl's On-Demand instancesDistribution does) and the Cluster Autoscaler
   * plans with the first; Spot nodes may be any of them.
   */
  byType: readonly TypeAllocatable[];
}

/** What one node of one type can allocate. */
export interface TypeAllocatable {
  type: string;
  maxPods: number;
  cpuMillicores: number;
  memoryMiB: number;
}

/** True when a ClusterConfig's vpc-cni add-on sets ENABLE_PREFIX_DELEGATION to "true". */
export function prefixDelegationInConfig(addons: unknown): boolean {
  if (!Array.isArray(addons)) return false;
  // Indexed: every cluster's add-ons on every validation, mostly below TurboFan.
  for (let i = 0; i < addons.length; i++) {
    const a: unknown = addons[i];
    if (!a || typeof a !== 'object' || (a as { name?: unknown }).name !== 'vpc-cni') continue;
    const values = (a as { configurationValues?: unknown }).configurationValues;
    const text = typeof values === 'string' ? values : values !== undefined ? JSON.stringify(values) : '';
    if (/ENABLE_PREFIX_DELEGATION["']?\s*:\s*["']?true/i.test(text)) return true;
  }
  return false;
}

/** nodeCapacity's answers by node group id (null: no facts), for one index. */
const CAPACITY = memoSlot<Map<string, NodeCapacity | null>>('node capacity');
const newCapacityMap = () => new Map<string, NodeCapacity | null>();
/** Whether each cluster's exported config runs the VPC CNI with prefix delegation. */
const prefixDelegationOf = defineViewFact((view) => prefixDelegationInConfig(view.config.addons));

function prefixDelegation(index: DesignIndex, clusterId: string | undefined): boolean {
  return prefixDelegationOf(index, clusterId) === true;
}

function maxPodsPerNodeOf(ng: NodeGroupPart): number | undefined {
  const v = (ng.props.extra as Record<string, unknown> | undefined)?.maxPodsPerNode;
  return typeof v === 'number' && v > 0 ? v : undefined;
}

/** One node of the group, or undefined when none of its types has the facts (unknown types, no ENI data). */
export function nodeCapacity(index: DesignIndex, ng: NodeGroupPart): NodeCapacity | undefined {
  const byGroup = index.memo(CAPACITY, newCapacityMap);
  const cached = byGroup.get(ng.id);
  if (cached !== undefined) return cached ?? undefined;
  const pd = prefixDelegation(index, ng.parentId);
  const perNode = maxPodsPerNodeOf(ng);
  let best: NodeCapacity | undefined;
  const types = ng.props.instanceTypes;
  for (let i = 0; i < types.length; i++) {
    const type = types[i]!;
    const info = instanceTypeInfo(type);
    if (!info) continue;
    const maxPods = maxPodsForNode(info, { prefixDelegation: pd, ...(perNode ? { maxPodsPerNode: perNode } : {}) });
    if (maxPods === undefined) continue;
    const a = allocatable(info, maxPods);
    const own: TypeAllocatable = { type, maxPods, cpuMillicores: a.cpuMillicores, memoryMiB: a.memoryMiB };
    if (!best) {
      best = { type, info, maxPods, cpuMillicores: a.cpuMillicores, memoryMiB: a.memoryMiB, prefixDelegation: pd, byType: [own] };
      continue;
    }
    (best.byType as TypeAllocatable[]).push(own);
    // Each dimension at its smallest: the scheduler may get any of the group's types.
    if (maxPods < best.maxPods) Object.assign(best, { type, info, maxPods });
    best.cpuMillicores = Math.min(best.cpuMillicores, a.cpuMillicores);
    best.memoryMiB = Math.min(best.memoryMiB, a.memoryMiB);
  }
  byGroup.set(ng.id, best ?? null);
  return best;
}

const ADDON_ROWS: readonly AddonRow[] = ADDONS;

/** DaemonSet pods the enabled EKS add-ons put on every EC2 node (the add-on table's `podsPerNode`). */
export function addonDaemonSets(addons: PartOf<'cluster'>['props']['addons']): number {
  // A loop over the table rather than addonsOn + reduce: once per node group in two rules, no list or closure each.
  let sum = 0;
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  for (let i = 0; i < ADDON_ROWS.length; i++) {
    const row = ADDON_ROWS[i]!;
    if (row.podsPerNode && addonOn(row, addons)) sum += row.podsPerNode;
  }
  return sum;
}
