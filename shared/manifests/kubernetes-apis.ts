/**
 * Which Kubernetes version serves what the generator writes: the API versions of the objects, and the fields that
 * need a newer version than the API they belong to. The generator asks `hasField` before writing a gated field, so
 * a cluster on an older version gets manifests its API server accepts and runs as written.
 *
 * "Since" is the first minor version where the API is served or the field works with the default feature gates
 * (GA, or beta enabled by default); EKS runs with the default gates. Sources: the Kubernetes deprecated-API
 * migration guide (https://kubernetes.io/docs/reference/using-api/deprecation-guide/), the feature-gate table
 * (https://kubernetes.io/docs/reference/command-line-tools-reference/feature-gates/) and the KEPs named below.
 */

/** One API version and kind the generator writes. `removedIn` is set only for APIs the guide says go away. */
export interface ServedApi {
  apiVersion: string;
  kind: string;
  since: string;
  removedIn?: string;
}

/** Every apiVersion/kind written by shared/manifests (the Karpenter kinds are CRDs: see chart-versions.ts). */
export const SERVED_APIS: readonly ServedApi[] = [
  { apiVersion: 'v1', kind: 'Namespace', since: '1.0' },
  { apiVersion: 'v1', kind: 'ServiceAccount', since: '1.0' },
  { apiVersion: 'v1', kind: 'Service', since: '1.0' },
  { apiVersion: 'v1', kind: 'PersistentVolumeClaim', since: '1.0' },
  // storage.k8s.io/v1 StorageClass is GA since 1.6.
  { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', since: '1.6' },
  { apiVersion: 'apps/v1', kind: 'Deployment', since: '1.9' },
  { apiVersion: 'apps/v1', kind: 'StatefulSet', since: '1.9' },
  { apiVersion: 'apps/v1', kind: 'DaemonSet', since: '1.9' },
  { apiVersion: 'batch/v1', kind: 'Job', since: '1.0' },
  // batch/v1beta1 CronJob was removed in 1.25; batch/v1 is GA since 1.21.
  { apiVersion: 'batch/v1', kind: 'CronJob', since: '1.21' },
  // autoscaling/v2beta2 was removed in 1.26; autoscaling/v2 is GA since 1.23.
  { apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', since: '1.23' },
  // policy/v1beta1 was removed in 1.25; policy/v1 is GA since 1.21.
  { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', since: '1.21' },
  // networking.k8s.io/v1beta1 was removed in 1.22; v1 (with ingressClassName) is GA since 1.19.
  { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', since: '1.19' },
  // Written for EKS Auto Mode, whose built-in ALB support comes with no IngressClass of its own (its
  // IngressClassParams are a CRD of Auto Mode's, so not in this table).
  { apiVersion: 'networking.k8s.io/v1', kind: 'IngressClass', since: '1.19' },
];

/** A field the generator writes only from some version on. */
export interface GatedField {
  /** Where it sits, for people: `Kind path.to.field`. */
  where: string;
  since: string;
  /** Feature gate and stages, for the record. */
  gate: string;
}

export const GATED_FIELDS = {
  /** CronJob `spec.timeZone`: beta and on by default in 1.25, GA in 1.27 (KEP-3140). */
  cronJobTimeZone: { where: 'CronJob spec.timeZone', since: '1.25', gate: 'CronJobTimeZone: beta 1.25, GA 1.27' },
  /**
   * `topologySpreadConstraints[].matchLabelKeys`: beta and on by default in 1.27 (KEP-3243). With
   * `pod-template-hash` each rollout revision is spread by itself, so a rolling update does not leave the new
   * pods bunched in one zone because the old pods still fill the others.
   */
  spreadMatchLabelKeys: {
    where: 'Pod spec.topologySpreadConstraints[].matchLabelKeys',
    since: '1.27',
    gate: 'MatchLabelKeysInPodTopologySpread: alpha 1.25, beta (on) 1.27',
  },
} as const satisfies Record<string, GatedField>;

export type GatedFieldName = keyof typeof GATED_FIELDS;

/** "1.31" -> [1, 31]; undefined for anything else. */
export function parseMinor(version: string): [number, number] | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(version.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

/** Whether `version` is at least `since`. A version that is not major.minor counts as new (the rules flag it). */
export function atLeast(version: string, since: string): boolean {
  const v = parseMinor(version);
  const s = parseMinor(since)!;
  if (!v) return true;
  return v[0] > s[0] || (v[0] === s[0] && v[1] >= s[1]);
}

/** Whether a cluster on `version` accepts and honours the gated field. */
export function hasField(version: string, field: GatedFieldName): boolean {
  return atLeast(version, GATED_FIELDS[field].since);
}

/** Whether `version` serves apiVersion/kind (false for a pair the table does not list). */
export function servesApi(version: string, apiVersion: string, kind: string): boolean {
  const api = SERVED_APIS.find((a) => a.apiVersion === apiVersion && a.kind === kind);
  if (!api) return false;
  return atLeast(version, api.since) && (api.removedIn === undefined || !atLeast(version, api.removedIn));
}
