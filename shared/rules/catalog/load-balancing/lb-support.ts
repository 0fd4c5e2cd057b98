/**
 * Load balancer facts the load balancing rules share: the subnets a load balancer lands in, the clusters
 * behind it, and cluster settings kept only in the eksctl passthrough (`extra`).
 */
import type { DesignIndex, EffectiveSubnet } from '../../../model/design-index.js';
import type { LoadBalancerPart, PartOf } from '../../../model/parts.js';
import { isFullyPrivateCluster } from '../../../model/cluster-network.js';
import type { WorkloadPlacement } from '../../../model/design-index.js';
import { placementOfWorkload } from '../../facts/compute.js';

/**
 * Subnets of a load balancer. One drawn outside any VPC sits in the VPC of the cluster it routes to
 * (eksctl's default VPC when that cluster has none). Undefined when that cannot be told.
 */
export function lbSubnets(index: DesignIndex, lb: LoadBalancerPart): readonly EffectiveSubnet[] | undefined {
  if (lb.props.subnetIds.length > 0 || index.vpcOf(lb)) return index.loadBalancerSubnets(lb);
  const cluster = targetClusters(index, lb)[0];
  if (!cluster) return undefined;
  const access = lb.props.scheme === 'internet-facing' ? 'public' : 'private';
  return index.clusterSubnets(cluster).filter((s) => s.access === access);
}

/** Distinct clusters of the workloads a load balancer routes to, in connection order. */
export function targetClusters(index: DesignIndex, lb: LoadBalancerPart): PartOf<'cluster'>[] {
  const seen = new Map<string, PartOf<'cluster'>>();
  for (const w of index.targetsOf(lb, 'workload')) {
    const cluster = index.clusterOf(w);
    if (cluster && !seen.has(cluster.id)) seen.set(cluster.id, cluster);
  }
  return [...seen.values()];
}

/** A workload a load balancer routes to, and where the workload runs. */
export interface LbTarget {
  lb: LoadBalancerPart;
  workload: PartOf<'workload'>;
  placement: WorkloadPlacement;
}

/** Every workload each load balancer of `targetType` routes to, load balancer by load balancer. */
export function lbTargets(index: DesignIndex, targetType: LoadBalancerPart['props']['targetType']): LbTarget[] {
  return index
    .loadBalancers()
    .filter((lb) => lb.props.targetType === targetType)
    .flatMap((lb) =>
      index.targetsOf(lb, 'workload').map((workload) => ({ lb, workload, placement: placementOfWorkload(index, workload) })),
    );
}

function extraFlag(cluster: PartOf<'cluster'>, section: string): boolean {
  const value = cluster.props.extra?.[section];
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['enabled'] === true;
}

/** EKS Auto Mode (eksctl `autoModeConfig.enabled`) brings its own load balancing controller. */
export function autoModeEnabled(cluster: PartOf<'cluster'>): boolean {
  return extraFlag(cluster, 'autoModeConfig');
}

/** eksctl `privateCluster.enabled`: no internet egress for the cluster. */
export function privateClusterEnabled(cluster: PartOf<'cluster'>): boolean {
  return isFullyPrivateCluster(cluster) || extraFlag(cluster, 'privateCluster');
}
