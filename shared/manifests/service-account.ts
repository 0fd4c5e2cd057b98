/**
 * The ServiceAccount of a workload that calls AWS APIs, with the IAM role it relies on: the IRSA role-arn
 * annotation, or (EKS Pod Identity) a comment naming the association to create.
 *
 * The role is `<cluster>-<namespace>-<workload>`. When the workload lists its IAM policy ARNs, the exported
 * cluster.yaml creates that role (shared/export/workload-iam.ts) and the comment says so; otherwise the comment
 * gives the eksctl command that creates it with that name.
 */
import type { PartOf } from '../model/parts.js';
import { workloadRoleName } from '../export/workload-iam.js';
import { iamRoleArn } from './aws-names.js';
import type { GenContext } from './context.js';
import { selectorLabels, warn } from './context.js';
import { say } from './text.js';
import type { ManifestDocument } from './types.js';

/** Annotation IRSA reads the role from (EKS Pod Identity webhook). */
export const IRSA_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

export { workloadRoleName };

/**
 * Whether cluster.yaml binds some other IAM role to this namespace/name (a controller's account); the entry it
 * writes for the workload's own role (named `role`) does not count.
 */
function takenByClusterYaml(ctx: GenContext, namespace: string, name: string, role: string): boolean {
  const iam = ctx.config.iam;
  return (
    (iam?.serviceAccounts ?? []).some(
      (s) => s.metadata.namespace === namespace && s.metadata.name === name && !(s.roleOnly === true && s.roleName === role),
    ) ||
    (iam?.podIdentityAssociations ?? []).some(
      (a) => a.namespace === namespace && a.serviceAccountName === name && a.roleName !== role,
    )
  );
}

/** Whether cluster.yaml creates the workload's own role (it lists policy ARNs). */
function roleInClusterYaml(ctx: GenContext, workload: PartOf<'workload'>, role: string): boolean {
  const iam = ctx.config.iam;
  const ns = workload.props.namespace;
  return (
    (iam?.serviceAccounts ?? []).some(
      (s) => s.metadata.namespace === ns && s.metadata.name === workload.name && s.roleName === role,
    ) ||
    (iam?.podIdentityAssociations ?? []).some(
      (a) => a.namespace === ns && a.serviceAccountName === workload.name && a.roleName === role,
    )
  );
}

export function serviceAccountDocument(ctx: GenContext, workload: PartOf<'workload'>): ManifestDocument {
  const cluster = ctx.cluster;
  const role = workloadRoleName(cluster.name, workload);
  if (takenByClusterYaml(ctx, workload.props.namespace, workload.name, role)) {
    warn(ctx, [workload.id], 'warnAccountTaken', {
      workload: workload.name,
      namespace: workload.props.namespace,
      serviceAccount: workload.name,
    });
  }
  const created = roleInClusterYaml(ctx, workload, role);
  const params = {
    cluster: cluster.name,
    namespace: workload.props.namespace,
    serviceAccount: workload.name,
    role,
    policies: (workload.props.iamPolicyArns ?? []).length,
  };
  const metadata: Record<string, unknown> = {
    name: workload.name,
    namespace: workload.props.namespace,
    labels: selectorLabels(workload),
  };
  if (cluster.props.controllerIdentity === 'irsa') {
    metadata.annotations = { [IRSA_ROLE_ANNOTATION]: iamRoleArn(cluster.props.region, role) };
    return {
      object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata as ManifestDocument['object']['metadata'] },
      notes: [
        { path: ['metadata', 'annotations'], text: say(ctx.lang, created ? 'irsaRoleCreated' : 'irsaRole', params) },
        { path: ['metadata', 'annotations', IRSA_ROLE_ANNOTATION], text: say(ctx.lang, 'accountPlaceholder') },
      ],
    };
  }
  return {
    object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata as ManifestDocument['object']['metadata'] },
    notes: [{ path: ['metadata'], text: say(ctx.lang, created ? 'podIdentityCreated' : 'podIdentity', params) }],
  };
}
