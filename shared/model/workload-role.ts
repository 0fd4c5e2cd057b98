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
  return roleNameOf(parts.join('-'));
}

/** iamRoleName of the already joined name. */
function roleNameOf(joined: string): string {
  // Replaced only when something needs replacing: nearly every name is clean.
  const name = NOT_ROLE_CHAR.test(joined) ? joined.replace(NOT_ROLE_CHARS, '-') : joined;
  if (name.length <= MAX_ROLE_NAME) return name;
  return `${name.slice(0, KEPT)}-${fnv1a(name)}`;
}
const NOT_ROLE_CHAR = /[^\w+=,.@-]/;
const NOT_ROLE_CHARS = /[^\w+=,.@-]/g;

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
  // Not through iamRoleName's rest list: the export and rules ask for every workload of every cluster.
  return roleNameOf([clusterName, namespace, workloadName].join('-'));
}
