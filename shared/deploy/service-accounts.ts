/**
 * How a controller's service account gets its IAM role, read from the exported cluster.yaml (not from the
 * design's switches), so the Helm values can never disagree with what eksctl creates.
 */
import type { ClusterConfig } from '../export/types.js';
import type { ControllerInstall } from './types.js';

/**
 * - An IRSA entry under `iam.serviceAccounts`: eksctl creates the account with the role annotation, so the chart
 *   must not create its own (`create: false`, same name).
 * - A pod identity association: eksctl creates the role and the association but not the account (the
 *   exporter never sets `createServiceAccount`), so the chart creates it under that exact name.
 * - Neither: the chart creates the account and it has no AWS permissions of its own.
 */
export function serviceAccountOf(
  config: ClusterConfig,
  namespace: string,
  name: string,
): NonNullable<ControllerInstall['serviceAccount']> {
  // An imported entry may lack its metadata (eksctl's schema does not require it; rules report it): it names no account.
  const irsa = config.iam?.serviceAccounts?.some((sa) => {
    const meta = sa.metadata as { name?: unknown; namespace?: unknown } | undefined;
    return meta?.name === name && meta.namespace === namespace;
  });
  if (irsa) return { name, iam: 'irsa', createdBy: 'eksctl' };
  const association = config.iam?.podIdentityAssociations?.find(
    (a) => a.serviceAccountName === name && a.namespace === namespace,
  ) as { createServiceAccount?: boolean } | undefined;
  if (association)
    return { name, iam: 'pod-identity', createdBy: association.createServiceAccount === true ? 'eksctl' : 'chart' };
  return { name, iam: 'none', createdBy: 'chart' };
}
