/**
 * The ServiceAccount of a workload that calls AWS APIs, with the IAM role it relies on: the IRSA role-arn
 * annotation, or (EKS Pod Identity) a comment naming the association to create.
 *
 * The exported cluster.yaml creates IAM only for the controllers the design switches on (kube-system
 * service accounts, shared/export/map-iam-addons.ts); the policies a workload needs are not in the
 * design, so its role is named here (`<cluster>-<namespace>-<workload>`) and the comment gives the eksctl
 * command that creates it with that name.
 */
import type { PartOf } from '../model/parts.js';
import { iamRoleArn, iamRoleName } from './aws-names.js';
import type { GenContext } from './context.js';
import { selectorLabels, warn } from './context.js';
import { say } from './text.js';
import type { ManifestDocument } from './types.js';

/** Annotation IRSA reads the role from (EKS Pod Identity webhook). */
export const IRSA_ROLE_ANNOTATION = 'eks.amazonaws.com/role-arn';

/** The IAM role name the manifests expect for a workload's service account. */
export function workloadRoleName(clusterName: string, workload: PartOf<'workload'>): string {
  return iamRoleName(clusterName, workload.props.namespace, workload.name);
}

/** Whether cluster.yaml already binds an IAM role to this namespace/name (a controller's account). */
function takenByClusterYaml(ctx: GenContext, namespace: string, name: string): boolean {
  const iam = ctx.config.iam;
  return (
    (iam?.serviceAccounts ?? []).some((s) => s.metadata.namespace === namespace && s.metadata.name === name) ||
    (iam?.podIdentityAssociations ?? []).some((a) => a.namespace === namespace && a.serviceAccountName === name)
  );
}

export function serviceAccountDocument(ctx: GenContext, workload: PartOf<'workload'>): ManifestDocument {
  const cluster = ctx.cluster;
  if (takenByClusterYaml(ctx, workload.props.namespace, workload.name)) {
    warn(ctx, [workload.id], 'warnAccountTaken', {
      workload: workload.name,
      namespace: workload.props.namespace,
      serviceAccount: workload.name,
    });
  }
  const role = workloadRoleName(cluster.name, workload);
  const params = { cluster: cluster.name, namespace: workload.props.namespace, serviceAccount: workload.name, role };
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
        { path: ['metadata', 'annotations'], text: say(ctx.lang, 'irsaRole', params) },
        { path: ['metadata', 'annotations', IRSA_ROLE_ANNOTATION], text: say(ctx.lang, 'accountPlaceholder') },
      ],
    };
  }
  return {
    object: { apiVersion: 'v1', kind: 'ServiceAccount', metadata: metadata as ManifestDocument['object']['metadata'] },
    notes: [{ path: ['metadata'], text: say(ctx.lang, 'podIdentity', params) }],
  };
}
