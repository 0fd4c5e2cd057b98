/**
 * Which clusters an on-premises network serves: a network connected to a VPC gives every cluster in that
 * VPC a remote network configuration (eksctl `remoteNetworkConfig`) for EKS Hybrid Nodes.
 */
import type { DesignIndex } from '../../../model/design-index.js';
import type { PartOf } from '../../../model/parts.js';
import type { Finding } from '../../types.js';

export interface HybridCluster {
  cluster: PartOf<'cluster'>;
  vpc: PartOf<'vpc'>;
  networks: PartOf<'on-prem-network'>[];
}

/** Clusters whose VPC has at least one on-premises network connected, with those networks. */
export function hybridClusters(index: DesignIndex): HybridCluster[] {
  const out: HybridCluster[] = [];
  for (const vpc of index.ofKind('vpc')) {
    const networks = [...new Set(index.sourcesOf(vpc, 'on-prem-network'))];
    if (networks.length === 0) continue;
    for (const cluster of index.childrenOfKind(vpc, 'cluster')) out.push({ cluster, vpc, networks });
  }
  return out;
}

/** A finding for each hybrid cluster `wrong` picks, on the cluster and its networks, naming them (`cluster`, `network`). */
export function hybridClusterFindings(index: DesignIndex, wrong: (hybrid: HybridCluster) => boolean): Finding[] {
  return hybridClusters(index)
    .filter(wrong)
    .map(({ cluster, networks }) => ({
      partIds: [cluster.id, ...networks.map((n) => n.id)],
      params: { cluster: cluster.name, network: networks.map((n) => n.name).join(', ') },
    }));
}

/** Hybrid nodes the networks run. */
export function hybridNodeCount(networks: readonly PartOf<'on-prem-network'>[]): number {
  return networks.reduce((n, net) => n + net.props.hybridNodeCount, 0);
}

/** Node groups and Fargate profiles of the cluster: compute in the AWS Region. */
export function cloudCompute(index: DesignIndex, cluster: PartOf<'cluster'>) {
  return index
    .children(cluster)
    .filter((p) => p.kind === 'managed-node-group' || p.kind === 'self-managed-node-group' || p.kind === 'fargate-profile');
}

/** Whether the cluster has compute in the AWS Region: a node group, a Fargate profile, or Karpenter's EC2 nodes. */
export function hasCloudCompute(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  return cluster.props.addons.nodeAutoscaler === 'karpenter' || cloudCompute(index, cluster).length > 0;
}
