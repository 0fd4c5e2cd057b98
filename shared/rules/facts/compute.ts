/**
 * Facts about compute that the node group, Fargate and load balancing rules share: where each workload
 * runs, which workloads sit on which node group, whether a cluster has EC2 or hybrid capacity.
 * Each is computed once per DesignIndex (validation builds one index per run) so every rule stays linear.
 */
import { memoSlot, type DesignIndex, type WorkloadPlacement } from '../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../model/parts.js';

export interface PlacedWorkload {
  workload: PartOf<'workload'>;
  placement: WorkloadPlacement;
}

interface ComputeFacts {
  placed: PlacedWorkload[];
  byWorkloadId: Map<string, PlacedWorkload>;
  /** Workloads on each node group, by node group id. */
  onNodeGroup: Map<string, PartOf<'workload'>[]>;
  /** Node groups of each cluster, by cluster id. */
  nodeGroupsOfCluster: Map<string, NodeGroupPart[]>;
  /** Fargate profiles of each cluster, by cluster id. */
  profilesOfCluster: Map<string, PartOf<'fargate-profile'>[]>;
}

const FACTS = memoSlot<ComputeFacts>('compute facts');

function facts(index: DesignIndex): ComputeFacts {
  return index.memo(FACTS, () => computeFacts(index));
}

function computeFacts(index: DesignIndex): ComputeFacts {
  const nodeGroupsOfCluster = new Map<string, NodeGroupPart[]>();
  for (const ng of index.nodeGroups()) if (ng.parentId !== undefined) push(nodeGroupsOfCluster, ng.parentId, ng);
  const profilesOfCluster = new Map<string, PartOf<'fargate-profile'>[]>();
  for (const fp of index.ofKind('fargate-profile')) if (fp.parentId !== undefined) push(profilesOfCluster, fp.parentId, fp);

  const placed = index
    .ofKind('workload')
    .map((workload): PlacedWorkload => ({ workload, placement: index.placementOf(workload) }));
  const onNodeGroup = new Map<string, PartOf<'workload'>[]>();
  for (const p of placed) if (p.placement.on === 'node-group') push(onNodeGroup, p.placement.nodeGroup.id, p.workload);
  return {
    placed,
    byWorkloadId: new Map(placed.map((p) => [p.workload.id, p])),
    onNodeGroup,
    nodeGroupsOfCluster,
    profilesOfCluster,
  };
}

/** Every workload with where its pods run, in document order. */
export function placedWorkloads(index: DesignIndex): readonly PlacedWorkload[] {
  return facts(index).placed;
}

export function placementOfWorkload(index: DesignIndex, workload: PartOf<'workload'>): WorkloadPlacement {
  return facts(index).byWorkloadId.get(workload.id)?.placement ?? index.placementOf(workload);
}

/** Workloads drawn inside a node group. */
export function workloadsOnNodeGroup(index: DesignIndex, ng: NodeGroupPart): readonly PartOf<'workload'>[] {
  return facts(index).onNodeGroup.get(ng.id) ?? [];
}

export function nodeGroupsOfCluster(index: DesignIndex, cluster: PartOf<'cluster'>): readonly NodeGroupPart[] {
  return facts(index).nodeGroupsOfCluster.get(cluster.id) ?? [];
}

export function fargateProfilesOfCluster(index: DesignIndex, cluster: PartOf<'cluster'>): readonly PartOf<'fargate-profile'>[] {
  return facts(index).profilesOfCluster.get(cluster.id) ?? [];
}

/**
 * Whether EKS Auto Mode (eksctl `autoModeConfig.enabled`) launches nodes for pending pods: its built-in node
 * pools (general-purpose and system when `nodePools` is left out). An empty `nodePools` list turns them off.
 */
export function autoModeRunsNodes(cluster: PartOf<'cluster'>): boolean {
  const config = cluster.props.extra?.['autoModeConfig'];
  if (typeof config !== 'object' || config === null || (config as Record<string, unknown>)['enabled'] !== true) return false;
  const pools = (config as Record<string, unknown>)['nodePools'];
  return !Array.isArray(pools) || pools.length > 0;
}

/**
 * True when the cluster has no EC2 capacity at all: no node groups, no Karpenter and no Auto Mode node pools
 * (both launch nodes themselves). Hybrid nodes are not counted as EC2 capacity.
 */
export function hasNoEc2Capacity(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  return (
    nodeGroupsOfCluster(index, cluster).length === 0 &&
    cluster.props.addons.nodeAutoscaler !== 'karpenter' &&
    !autoModeRunsNodes(cluster)
  );
}

/** Hybrid nodes the cluster has: those of on-premises networks connected to the cluster's VPC. */
export function hybridNodeCount(index: DesignIndex, cluster: PartOf<'cluster'>): number {
  const vpc = index.vpcOf(cluster);
  if (!vpc) return 0;
  return index.sourcesOf(vpc, 'on-prem-network').reduce((sum, net) => sum + net.props.hybridNodeCount, 0);
}

/** Windows AMI families run only on x86_64 and have no GPU drivers. */
export function isWindowsFamily(amiFamily: string): boolean {
  return amiFamily.startsWith('WindowsServer');
}

/** Ubuntu AMIs do not ship NVIDIA drivers (eksctl GPU support notes). */
export function isUbuntuFamily(amiFamily: string): boolean {
  return amiFamily.startsWith('Ubuntu');
}

/** Kubernetes "major.minor" as a comparable number (1.9 < 1.33), or undefined when not of that shape. */
export function minorVersion(version: string): number | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) * 1000 + Number(m[2]) : undefined;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
