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
  return index.memo(FACTS, computeFacts);
}

function computeFacts(index: DesignIndex): ComputeFacts {
  const nodeGroupsOfCluster = new Map<string, NodeGroupPart[]>();
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const nodeGroups = index.nodeGroups();
  for (let k = 0; k < nodeGroups.length; k++) {
    const ng = nodeGroups[k]!;
    if (ng.parentId !== undefined) push(nodeGroupsOfCluster, ng.parentId, ng);
  }
  const profilesOfCluster = new Map<string, PartOf<'fargate-profile'>[]>();
  const profiles = index.ofKind('fargate-profile');
  for (let k = 0; k < profiles.length; k++) {
    const fp = profiles[k]!;
    if (fp.parentId !== undefined) push(profilesOfCluster, fp.parentId, fp);
  }

  // One loop fills the three workload tables (map + new Map(map) walked the workloads twice, with a closure each).
  const placed: PlacedWorkload[] = [];
  const byWorkloadId = new Map<string, PlacedWorkload>();
  const onNodeGroup = new Map<string, PartOf<'workload'>[]>();
  const workloads = index.ofKind('workload');
  for (let i = 0; i < workloads.length; i++) {
    const workload = workloads[i]!;
    const p: PlacedWorkload = { workload, placement: index.placementOf(workload) };
    placed.push(p);
    byWorkloadId.set(workload.id, p);
    if (p.placement.on === 'node-group') push(onNodeGroup, p.placement.nodeGroup.id, workload);
  }
  return {
    placed,
    byWorkloadId,
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

/** Whether EKS Auto Mode is on (eksctl `autoModeConfig.enabled`), whatever node pools it has. */
export function autoModeEnabled(cluster: PartOf<'cluster'>): boolean {
  const config = cluster.props.extra?.['autoModeConfig'];
  return typeof config === 'object' && config !== null && (config as Record<string, unknown>)['enabled'] === true;
}

/**
 * Whether EKS Auto Mode's own block storage (`ebs.csi.eks.amazonaws.com`) serves a workload's EBS volume: Auto Mode
 * is on and the workload runs on the cluster's Auto Mode nodes, not on a node group of its own
 * (https://docs.aws.amazon.com/eks/latest/userguide/create-storage-class.html). shared/manifests/storage.ts writes
 * the StorageClass the same way.
 */
export function autoModeServesEbs(placement: WorkloadPlacement): boolean {
  return placement.on === 'cluster' && autoModeEnabled(placement.cluster);
}

/** The cluster whose EC2 nodes (a node group's, or any of the cluster's) run the workload; undefined elsewhere. */
export function ec2ClusterOf(index: DesignIndex, placement: WorkloadPlacement): PartOf<'cluster'> | undefined {
  if (placement.on === 'node-group') return index.clusterOf(placement.nodeGroup);
  if (placement.on === 'cluster') return placement.cluster;
  return undefined;
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
