/**
 * The IAM role name of a workload's service account, `<cluster>-<namespace>-<workload>`: what the manifests'
 * IRSA annotation names, what cluster.yaml creates for a workload with policy ARNs, and what import recognises
 * as such an entry. One definition for all three.
 */

/** IAM role names are at most 64 characters of [\w+=,.@-]. */
export function iamRoleName(...parts: string[]): string {
  return parts
    .join('-')
    .replace(/[^\w+=,.@-]/g, '-')
    .slice(0, 64);
}

export function workloadRoleNameOf(clusterName: string, namespace: string, workloadName: string): string {
  return iamRoleName(clusterName, namespace, workloadName);
}
