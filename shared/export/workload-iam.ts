/**
 * The IAM role of a workload that calls AWS APIs and lists its policies: cluster.yaml creates it, bound to the
 * service account the manifests write (`<workload>` in the workload's namespace), with the role name the
 * manifests' IRSA annotation names. IRSA: an `iam.serviceAccounts` entry with `roleOnly` (the manifests create
 * the account, with the annotation); EKS Pod Identity: an `iam.podIdentityAssociations` entry (eksctl creates no
 * account unless asked).
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { workloadRoleNameOf } from '../model/workload-role.js';
import type { PodIdentityAssociationConfig, ServiceAccountConfig } from './types.js';

export { iamRoleName } from '../model/workload-role.js';

/** The role of a workload's service account: `<cluster>-<namespace>-<workload>`. */
export function workloadRoleName(clusterName: string, workload: PartOf<'workload'>): string {
  return workloadRoleNameOf(clusterName, workload.props.namespace, workload.name);
}

/** Workloads of the cluster whose role cluster.yaml creates: they call AWS APIs and list policies. */
export function workloadsWithPolicies(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'workload'>[] {
  // A loop, not filter: once per cluster on every validation (the rules' config view), without a closure.
  const workloads = index.workloadsOf(cluster);
  const out: PartOf<'workload'>[] = [];
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i]!;
    if (w.props.usesAwsApis && (w.props.iamPolicyArns?.length ?? 0) > 0) out.push(w);
  }
  return out;
}

export function workloadServiceAccount(clusterName: string, w: PartOf<'workload'>): ServiceAccountConfig {
  return {
    metadata: { name: w.name, namespace: w.props.namespace },
    attachPolicyARNs: [...(w.props.iamPolicyArns ?? [])],
    roleName: workloadRoleName(clusterName, w),
    roleOnly: true,
  };
}

export function workloadAssociation(clusterName: string, w: PartOf<'workload'>): PodIdentityAssociationConfig {
  return {
    namespace: w.props.namespace,
    serviceAccountName: w.name,
    roleName: workloadRoleName(clusterName, w),
    permissionPolicyARNs: [...(w.props.iamPolicyArns ?? [])],
  };
}
