/**
 * The IAM role name of a workload's service account, `<cluster>-<namespace>-<workload>`: what the manifests'
 * IRSA annotation names, what cluster.yaml creates for a workload with policy ARNs, and what import recognises
 * as such an entry. One definition for all three.
 */

/** IAM role names are at most 64 characters (CreateRole). */
const MAX_ROLE_NAME = 64;
/** Characters of a long name kept before its hash: 55 + "-" + 8 hex digits = 64. */
const KEPT = MAX_ROLE_NAME - 9;

/**
 * A role name of [\w+=,.@-] from `parts`. A name over 64 characters keeps its first 55 and ends in a hash of
 * the whole: cut alone, two workloads whose names differ only past the cut would get one role name, and
 * eksctl's second stack would fail on a role that already exists.
 */
export function iamRoleName(...parts: string[]): string {
  const name = parts.join('-').replace(/[^\w+=,.@-]/g, '-');
  if (name.length <= MAX_ROLE_NAME) return name;
  return `${name.slice(0, KEPT)}-${fnv1a(name)}`;
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and machines, no crypto API needed. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

export function workloadRoleNameOf(clusterName: string, namespace: string, workloadName: string): string {
  return iamRoleName(clusterName, namespace, workloadName);
}
