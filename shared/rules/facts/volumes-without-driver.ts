/**
 * Workloads whose volume no CSI driver of their cluster serves, one finding per cluster (addon.ebs-csi-iam,
 * addon.efs-csi-driver): the cluster first, then its workloads, named in the order they are drawn.
 */
import type { PartOf } from '../../model/parts.js';
import type { WorkloadVolume } from '../../model/workload-volume.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { Finding } from '../types.js';
import { ec2ClusterOf, placedWorkloads, type PlacedWorkload } from './compute.js';

export function volumesWithoutDriver(
  index: DesignIndex,
  storage: WorkloadVolume['storage'],
  /** Whether the workload's storage is served there: its cluster's CSI driver is on, or (Auto Mode's nodes) needs none. */
  served: (cluster: PartOf<'cluster'>, placement: PlacedWorkload['placement']) => boolean,
): Finding[] {
  const byCluster = new Map<string, { cluster: PartOf<'cluster'>; workloads: PartOf<'workload'>[] }>();
  const placed = placedWorkloads(index);
  for (let i = 0; i < placed.length; i++) {
    const { workload, placement } = placed[i]!;
    if (workload.props.volume?.storage !== storage) continue;
    const cluster = ec2ClusterOf(index, placement);
    if (!cluster || served(cluster, placement)) continue;
    const entry = byCluster.get(cluster.id);
    if (entry) entry.workloads.push(workload);
    else byCluster.set(cluster.id, { cluster, workloads: [workload] });
  }
  const out: Finding[] = [];
  for (const { cluster, workloads } of byCluster.values())
    out.push({
      partIds: [cluster.id, ...workloads.map((w) => w.id)],
      params: { cluster: cluster.name, workloads: workloads.map((w) => w.name).join(', ') },
    });
  return out;
}
