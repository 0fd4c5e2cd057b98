/**
 * What EKS Auto Mode's built-in node pools launch (AWS's "Built-in NodePool Reference"): both only On-Demand C, M
 * and R instances (no GPUs), and `system` is tainted CriticalAddonsOnly. Workloads drawn loose in an Auto Mode
 * cluster run there unless a node group takes them.
 */
import type { PartOf } from '../../../model/parts.js';

/** The built-in node pools eksctl's `autoModeConfig.nodePools` turns on; both when the list is left out. */
export function autoModeBuiltinPools(cluster: PartOf<'cluster'>): readonly unknown[] {
  const config = cluster.props.extra?.['autoModeConfig'];
  const pools = typeof config === 'object' && config !== null ? (config as Record<string, unknown>)['nodePools'] : undefined;
  return Array.isArray(pools) ? pools : ['general-purpose', 'system'];
}
