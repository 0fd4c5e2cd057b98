/**
 * Where a ClusterConfig gives Cluster Autoscaler its IAM policy (eksctl's `autoScaler` switch): on an IRSA
 * service account, a pod identity association, or a node group's role. eksctl does not install Cluster
 * Autoscaler, so this policy is the one sign in the file that it runs; the import reads it the same way
 * (shared/import/map-cluster.ts).
 */
import type { EksctlClusterConfig } from '../../config-view.js';
import { isObj, objects } from '../../facts/config-values.js';
import type { PathSegment } from '../../../util/locate.js';
import { configNodeGroups } from '../node-groups/config-node-groups.js';

function grantsAutoScaler(policies: unknown): boolean {
  return isObj(policies) && policies['autoScaler'] === true;
}

/** Paths of the places that grant Cluster Autoscaler's policy, in file order; [] when none does. */
export function clusterAutoscalerGrants(config: EksctlClusterConfig): PathSegment[][] {
  const out: PathSegment[][] = [];
  const iam: unknown = config.iam;
  if (isObj(iam)) {
    for (let n = 0, items = objects(iam['serviceAccounts']); n < items.length; n++)
      if (grantsAutoScaler(items[n]![0]['wellKnownPolicies']))
        out.push(['iam', 'serviceAccounts', items[n]![1], 'wellKnownPolicies', 'autoScaler']);
    for (let n = 0, items = objects(iam['podIdentityAssociations']); n < items.length; n++)
      if (grantsAutoScaler(items[n]![0]['wellKnownPolicies']))
        out.push(['iam', 'podIdentityAssociations', items[n]![1], 'wellKnownPolicies', 'autoScaler']);
  }
  for (const g of configNodeGroups(config)) {
    const ngIam = g.ng['iam'];
    if (isObj(ngIam) && grantsAutoScaler(ngIam['withAddonPolicies'])) out.push(g.at('iam', 'withAddonPolicies', 'autoScaler'));
  }
  return out;
}
