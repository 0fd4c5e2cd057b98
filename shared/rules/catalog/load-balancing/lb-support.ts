/**
 * Load balancer facts the load balancing rules share: the subnets a load balancer lands in, the clusters
 * behind it, and cluster settings kept only in the eksctl passthrough (`extra`).
 */
import { memoSlot, type DesignIndex, type EffectiveSubnet } from '../../../model/design-index.js';
import type { LoadBalancerPart, PartOf } from '../../../model/parts.js';
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
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const targets = index.targetsOf(lb, 'workload');
  for (let k = 0; k < targets.length; k++) {
    const w = targets[k]!;
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

type TargetType = LoadBalancerPart['props']['targetType'];

const TARGETS = memoSlot<Map<TargetType, readonly LbTarget[]>>('load balancer targets');
const newTargetsMap = () => new Map<TargetType, readonly LbTarget[]>();

/**
 * Every workload each load balancer of `targetType` routes to, load balancer by load balancer. One shared
 * list per target type and validation (several rules ask): do not change it.
 */
export function lbTargets(index: DesignIndex, targetType: TargetType): readonly LbTarget[] {
  const byType = index.memo(TARGETS, newTargetsMap);
  let list = byType.get(targetType);
  if (!list) byType.set(targetType, (list = lbTargetsUncached(index, targetType)));
  return list;
}

function lbTargetsUncached(index: DesignIndex, targetType: TargetType): LbTarget[] {
  // Loops rather than filter + flatMap + map: no closure or intermediate array per load balancer.
  const out: LbTarget[] = [];
  const loadBalancers = index.loadBalancers();
  for (let k = 0; k < loadBalancers.length; k++) {
    const lb = loadBalancers[k]!;
    if (lb.props.targetType !== targetType) continue;
    const targets = index.targetsOf(lb, 'workload');
    for (let i = 0; i < targets.length; i++) {
      const workload = targets[i]!;
      out.push({ lb, workload, placement: placementOfWorkload(index, workload) });
    }
  }
  return out;
}

function extraFlag(cluster: PartOf<'cluster'>, section: string): boolean {
  const value = cluster.props.extra?.[section];
  return typeof value === 'object' && value !== null && (value as Record<string, unknown>)['enabled'] === true;
}

/** EKS Auto Mode (eksctl `autoModeConfig.enabled`) brings its own load balancing controller. */
export function autoModeEnabled(cluster: PartOf<'cluster'>): boolean {
  return extraFlag(cluster, 'autoModeConfig');
}
