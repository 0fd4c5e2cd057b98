/** HorizontalPodAutoscaler (autoscaling/v2) and PodDisruptionBudget (policy/v1) of a workload. */
import type { PartOf } from '../model/parts.js';
import { isScalable, selectorLabels, steadyReplicas } from './context.js';
import type { ManifestDocument } from './types.js';

export function hpaDocument(workload: PartOf<'workload'>): ManifestDocument | undefined {
  const hpa = workload.props.hpa;
  if (!hpa || !isScalable(workload)) return undefined;
  const object = {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: workload.name, namespace: workload.props.namespace, labels: selectorLabels(workload) },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: workload.props.workloadKind, name: workload.name },
      minReplicas: hpa.minReplicas,
      maxReplicas: hpa.maxReplicas,
      metrics: [
        {
          type: 'Resource',
          resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: hpa.targetCpuPercent } },
        },
      ],
    },
  };
  return { object, notes: [] };
}

/**
 * The design's budget when it sets one (`minAvailable`); otherwise, for a workload running two or more
 * pods, `maxUnavailable: 1`, which keeps all but one pod up and never blocks a node drain.
 */
export function pdbDocument(workload: PartOf<'workload'>): ManifestDocument | undefined {
  if (!isScalable(workload)) return undefined;
  const budget = workload.props.disruptionBudget;
  if (!budget && steadyReplicas(workload) < 2) return undefined;
  const spec: Record<string, unknown> = budget ? { minAvailable: budget.minAvailable } : { maxUnavailable: 1 };
  spec.selector = { matchLabels: selectorLabels(workload) };
  const object = {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: workload.name, namespace: workload.props.namespace, labels: selectorLabels(workload) },
    spec,
  };
  return { object, notes: [] };
}
