/**
 * The Kubernetes version `eksctl create cluster` creates for a config's `metadata.version`. An imported file may
 * leave it out, or say "auto" or "latest", and the export writes that word back while the cluster is unedited
 * (origin-merge.ts), so code that needs a version (the bundle's charts, the runbook) asks here instead of reading
 * the field. eksctl's ResolveClusterVersion (pkg/eks/versions_manager.go): "" and "auto" are its default
 * version, "latest" the newest EKS offers.
 */
import { KUBERNETES_VERSION_CALENDAR } from '../data/kubernetes-versions.js';

/** eksctl's default when metadata.version is unset (pkg/apis/eksctl.io/v1alpha5/types.go `DefaultVersion = Version1_34`). */
export const EKSCTL_DEFAULT_KUBERNETES_VERSION = '1.34';

export function createdKubernetesVersion(version: unknown): string {
  if (version === undefined || version === null || version === '' || version === 'auto') return EKSCTL_DEFAULT_KUBERNETES_VERSION;
  if (version === 'latest') return KUBERNETES_VERSION_CALENDAR.versions[0]!.version;
  return String(version);
}
