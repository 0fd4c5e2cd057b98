/**
 * Starting values for an optional group of a part's props (a workload's HPA, PDB or volume) when the user adds it in the
 * inspector. The values are chosen so that adding the group alone raises no finding about the group's own
 * numbers (min <= max, min at least the replicas running today).
 */
import type { z } from 'zod';
import type { PartKind } from './parts.js';
import { DEFAULT_WORKLOAD_VOLUME, type WorkloadVolume } from './workload-volume.js';

type Props = Record<string, unknown>;

/** HPA: keep today's replicas as the floor (at least 2 for availability), allow three times that, 70% CPU. */
function newHpa(props: Props): { minReplicas: number; maxReplicas: number; targetCpuPercent: number } {
  const replicas = typeof props.replicas === 'number' && Number.isInteger(props.replicas) ? props.replicas : 0;
  const minReplicas = Math.max(2, replicas);
  return { minReplicas, maxReplicas: minReplicas * 3, targetCpuPercent: 70 };
}

/** PDB: keep all but one of today's replicas up, so a drain can always evict one Pod. */
function newDisruptionBudget(props: Props): { minAvailable: number } {
  const replicas = typeof props.replicas === 'number' && Number.isInteger(props.replicas) ? props.replicas : 0;
  return { minAvailable: Math.max(0, replicas - 1) };
}

/**
 * Volume: EBS for a StatefulSet (a volume per Pod) and for a workload of one Pod; EFS for one whose Pods share it
 * (an EBS volume attaches to one node, design.workload-ebs-multi-attach). 20 GiB at /data.
 */
function newVolume(props: Props): WorkloadVolume {
  const kind = props.workloadKind ?? 'Deployment';
  const replicas = typeof props.replicas === 'number' ? props.replicas : 2;
  const hpa = props.hpa as { maxReplicas?: number } | undefined;
  const shared = kind === 'DaemonSet' || Math.max(replicas, hpa?.maxReplicas ?? 0) > 1;
  return { ...DEFAULT_WORKLOAD_VOLUME, storage: kind !== 'StatefulSet' && shared ? 'efs' : 'ebs' };
}

/**
 * The value a new `key` group of a `kind` part starts with. Groups without a rule of their own take their
 * schema's defaults (undefined when the schema has required fields without defaults).
 */
export function newOptionalGroup(kind: PartKind, key: string, props: Props, groupSchema: z.ZodType): unknown {
  if (kind === 'workload' && key === 'hpa') return newHpa(props);
  if (kind === 'workload' && key === 'disruptionBudget') return newDisruptionBudget(props);
  if (kind === 'workload' && key === 'volume') return newVolume(props);
  const parsed = groupSchema.safeParse({});
  return parsed.success ? parsed.data : undefined;
}
