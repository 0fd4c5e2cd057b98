/**
 * Drops from the config what a design choice has replaced, when fields carried from an import
 * (`props.extra`, merged back by merge-extra) still hold the old choice:
 * - controllers' IAM under the other identity model: after IRSA -> Pod Identity, the controllers'
 *   `iam.serviceAccounts` (and an add-on's own IRSA role); after Pod Identity -> IRSA, their
 *   `iam.podIdentityAssociations`. eksctl would otherwise create both roles for one service account.
 * - the Cluster Autoscaler when the design no longer uses it (none, or Karpenter): its service account or
 *   association, node groups' `withAddonPolicies.autoScaler`, `k8s.io/cluster-autoscaler/*` tags and
 *   `propagateASGTags` (which only the Cluster Autoscaler reads).
 * - the `karpenter` section when Karpenter is off (its other settings would be left without a version).
 *
 * It runs on the exporter's output before the import's origin is applied (origin-merge.ts), and the import's
 * baseline went through it too, so an untouched import still exports exactly as it came in.
 */
import type { DesignIndex } from '../model/design-index.js';
import type { PartOf } from '../model/parts.js';
import { controllerAccounts } from './map-iam-addons.js';
import type { ClusterConfig, JsonObject } from './types.js';

const CLUSTER_AUTOSCALER_ACCOUNT = 'kube-system/cluster-autoscaler';
const CA_TAG_PREFIX = 'k8s.io/cluster-autoscaler/';
/** Fields by which an EKS add-on gets its own IRSA role. */
const ADDON_IRSA_FIELDS = ['wellKnownPolicies', 'attachPolicyARNs', 'attachPolicy', 'serviceAccountRoleARN'];

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function serviceAccountKey(sa: unknown): string | undefined {
  const meta = isObject(sa) ? sa['metadata'] : undefined;
  if (!isObject(meta) || typeof meta['name'] !== 'string') return undefined;
  return `${typeof meta['namespace'] === 'string' ? meta['namespace'] : 'default'}/${meta['name']}`;
}

function associationKey(pia: unknown): string | undefined {
  if (!isObject(pia) || typeof pia['serviceAccountName'] !== 'string' || typeof pia['namespace'] !== 'string') return undefined;
  return `${pia['namespace']}/${pia['serviceAccountName']}`;
}

/** Removes the items of `obj[key]` that `drop` selects, and the key when the list ends up empty. */
function filterList(obj: JsonObject, key: string, drop: (item: unknown) => boolean): void {
  const list = obj[key];
  if (!Array.isArray(list)) return;
  const kept = list.filter((item) => !drop(item));
  if (kept.length === list.length) return;
  if (kept.length > 0) obj[key] = kept;
  else delete obj[key];
}

function dropNodeGroupAutoscaler(ng: unknown): void {
  if (!isObject(ng)) return;
  delete ng['propagateASGTags'];
  const iam = ng['iam'];
  const policies = isObject(iam) ? iam['withAddonPolicies'] : undefined;
  if (isObject(iam) && isObject(policies) && 'autoScaler' in policies) {
    delete policies['autoScaler'];
    if (Object.keys(policies).length === 0) delete iam['withAddonPolicies'];
    if (Object.keys(iam).length === 0) delete ng['iam'];
  }
  const tags = ng['tags'];
  if (isObject(tags)) {
    for (const key of Object.keys(tags)) if (key.startsWith(CA_TAG_PREFIX)) delete tags[key];
    if (Object.keys(tags).length === 0) delete ng['tags'];
  }
}

/**
 * Whether the cluster's config can hold a replaced choice: only fields carried from an import (the cluster's
 * or a node group's `props.extra`) can, since the exporter writes none of them for a choice the design no
 * longer makes. A drawn cluster skips dropReplaced, which the rules' view would otherwise run for every
 * cluster on every validation (replaced.test.ts proves it a no-op then).
 */
export function carriesImportedFields(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  if (cluster.props.extra !== undefined) return true;
  for (const ng of index.childrenOfKind(cluster, 'managed-node-group')) if (ng.props.extra !== undefined) return true;
  for (const ng of index.childrenOfKind(cluster, 'self-managed-node-group')) if (ng.props.extra !== undefined) return true;
  return false;
}

/** Applies the removals above to `config` in place. */
export function dropReplaced(config: ClusterConfig, cluster: PartOf<'cluster'>): void {
  const { addons, controllerIdentity } = cluster.props;
  const iam = isObject(config.iam) ? (config.iam as JsonObject) : undefined;
  const controllers = controllerAccounts(addons);
  // Lists, not Sets: a handful of controllers, and this runs for every cluster on every validation.
  const accounts = controllers.map((c) => `kube-system/${c.serviceAccount}`);
  const noAutoscaler = addons.nodeAutoscaler !== 'cluster-autoscaler';

  if (iam) {
    if (controllerIdentity === 'pod-identity') {
      filterList(iam, 'serviceAccounts', (sa) => accounts.includes(serviceAccountKey(sa) ?? ''));
    } else {
      filterList(iam, 'podIdentityAssociations', (pia) => accounts.includes(associationKey(pia) ?? ''));
    }
    if (noAutoscaler) {
      filterList(iam, 'serviceAccounts', (sa) => serviceAccountKey(sa) === CLUSTER_AUTOSCALER_ACCOUNT);
      filterList(iam, 'podIdentityAssociations', (pia) => associationKey(pia) === CLUSTER_AUTOSCALER_ACCOUNT);
    }
    if (Object.keys(iam).length === 0) delete config.iam;
  }

  if (controllerIdentity === 'pod-identity' && Array.isArray(config.addons)) {
    // The add-on's service account now gets its role from a pod identity association.
    for (const addon of config.addons) {
      if (!isObject(addon) || !controllers.some((c) => c.addon !== undefined && c.addon === addon.name)) continue;
      for (const field of ADDON_IRSA_FIELDS) delete (addon as JsonObject)[field];
    }
  }

  if (noAutoscaler) {
    for (const ng of [...(config.managedNodeGroups ?? []), ...(config.nodeGroups ?? [])]) dropNodeGroupAutoscaler(ng);
  }
  if (addons.nodeAutoscaler !== 'karpenter') delete config.karpenter;
}
