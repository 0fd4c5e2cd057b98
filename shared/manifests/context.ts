/** What every object builder needs: the design, the cluster, its exported config, the language, the warnings. */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import type { ClusterConfig } from '../export/types.js';
import type { Language } from '../rules/types.js';
import type { ManifestWarning } from './types.js';
import { say, type ManifestTextKey } from './text.js';

export interface GenContext {
  index: DesignIndex;
  cluster: PartOf<'cluster'>;
  /** The ClusterConfig export writes for the cluster: names in the manifests must agree with it. */
  config: ClusterConfig;
  lang: Language;
  warnings: ManifestWarning[];
}

export function warn(ctx: GenContext, partIds: string[], key: ManifestTextKey, params: Record<string, string | number>): void {
  ctx.warnings.push({ partIds, message: say(ctx.lang, key, params) });
}

/** Namespaces every cluster has; no Namespace object is written for them. */
export const BUILTIN_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

/** Label every generated object of a workload carries; the selector of its pods. */
export const NAME_LABEL = 'app.kubernetes.io/name';

/** The labels that select a workload's pods: its own `app.kubernetes.io/name`, or the workload's name. */
export function selectorLabels(workload: PartOf<'workload'>): Record<string, string> {
  return { [NAME_LABEL]: workload.props.labels[NAME_LABEL] ?? workload.name };
}

/** The pods' labels: the workload's labels (Fargate selectors match on them) plus the selector label. */
export function podLabels(workload: PartOf<'workload'>): Record<string, string> {
  return { ...selectorLabels(workload), ...workload.props.labels };
}

/** Workload kinds that keep a number of pods running (and so get a Service, an HPA, a PDB). */
export function isLongRunning(workload: PartOf<'workload'>): boolean {
  const kind = workload.props.workloadKind;
  return kind === 'Deployment' || kind === 'StatefulSet' || kind === 'DaemonSet';
}

/** Kinds whose replica count can be set (and scaled by an HPA, protected by a PDB). */
export function isScalable(workload: PartOf<'workload'>): boolean {
  const kind = workload.props.workloadKind;
  return kind === 'Deployment' || kind === 'StatefulSet';
}

/** Pods running when nothing scales: the HPA's floor when there is one, else the replicas. */
export function steadyReplicas(workload: PartOf<'workload'>): number {
  return workload.props.hpa ? workload.props.hpa.minReplicas : workload.props.replicas;
}

/** The workload's readiness path as an absolute HTTP path (`healthz` -> `/healthz`); '' when it has none. */
export function readinessPath(workload: PartOf<'workload'>): string {
  const path = workload.props.readinessPath.trim();
  return path === '' || path.startsWith('/') ? path : `/${path}`;
}
