/**
 * What a cluster's pods can run on, for rules whose answer depends on the compute type: several
 * add-ons and EKS Pod Identity run only on Linux EC2 nodes (some also on hybrid nodes), never on Fargate.
 */
import { wildcardMatch, type DesignIndex } from '../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../model/parts.js';

export interface ClusterCompute {
  linuxNodeGroups: NodeGroupPart[];
  windowsNodeGroups: NodeGroupPart[];
  fargateProfiles: readonly PartOf<'fargate-profile'>[];
  /** On-premises networks attached to the cluster's VPC that bring hybrid nodes. */
  hybridNetworks: PartOf<'on-prem-network'>[];
  /**
   * Karpenter launches Linux EC2 nodes itself (its controller may run on a node group or on Fargate), so a
   * cluster with Karpenter has Linux EC2 capacity even when no node group is drawn.
   */
  karpenter: boolean;
}

export type { ComputeType } from '../../model/addons.js';
import type { ComputeType } from '../../model/addons.js';

export function isWindowsNodeGroup(ng: NodeGroupPart): boolean {
  return ng.props.amiFamily.startsWith('Windows');
}

/** The node groups, Fargate profiles, hybrid-node networks and Karpenter capacity of one cluster. */
export function clusterCompute(index: DesignIndex, cluster: PartOf<'cluster'>): ClusterCompute {
  const nodeGroups = [
    ...index.childrenOfKind(cluster, 'managed-node-group'),
    ...index.childrenOfKind(cluster, 'self-managed-node-group'),
  ];
  const vpc = index.vpcOf(cluster);
  return {
    linuxNodeGroups: nodeGroups.filter((ng) => !isWindowsNodeGroup(ng)),
    windowsNodeGroups: nodeGroups.filter(isWindowsNodeGroup),
    fargateProfiles: index.childrenOfKind(cluster, 'fargate-profile'),
    hybridNetworks: vpc ? index.sourcesOf(vpc, 'on-prem-network').filter((n) => n.props.hybridNodeCount > 0) : [],
    karpenter: cluster.props.addons.nodeAutoscaler === 'karpenter',
  };
}

/** The compute types present, in a fixed order. */
export function computeTypes(compute: ClusterCompute): ComputeType[] {
  const out: ComputeType[] = [];
  if (compute.linuxNodeGroups.length > 0 || compute.karpenter) out.push('linux');
  if (compute.windowsNodeGroups.length > 0) out.push('windows');
  if (compute.fargateProfiles.length > 0) out.push('fargate');
  if (compute.hybridNetworks.length > 0) out.push('hybrid');
  return out;
}

/** Names of compute types as messages show them; product names, so the same in English and Japanese. */
export const COMPUTE_LABELS: Record<ComputeType, string> = {
  linux: 'Linux EC2',
  windows: 'Windows EC2',
  fargate: 'Fargate',
  hybrid: 'Hybrid Nodes',
};

/** Whether the cluster has Linux EC2 nodes: a Linux node group, or Karpenter's nodes. */
export function hasLinuxEc2(compute: ClusterCompute): boolean {
  return compute.linuxNodeGroups.length > 0 || compute.karpenter;
}

/**
 * The first Fargate profile of the cluster that takes every pod of kube-system: a selector whose namespace pattern
 * matches it, with no labels to match. The controllers that get IAM roles (AWS Load Balancer Controller, Cluster
 * Autoscaler, ...) are Deployments there, so they run on Fargate then, whatever nodes the cluster has.
 */
export function kubeSystemFargateProfile(compute: ClusterCompute): PartOf<'fargate-profile'> | undefined {
  const profiles = compute.fargateProfiles;
  for (let p = 0; p < profiles.length; p++) {
    const selectors = profiles[p]!.props.selectors;
    for (let i = 0; i < selectors.length; i++) {
      const s = selectors[i]!;
      if (Object.keys(s.labels).length === 0 && wildcardMatch(s.namespace, 'kube-system')) return profiles[p];
    }
  }
  return undefined;
}
