/**
 * Who in a cluster gets an IAM role through the cluster's controller identity (IRSA or EKS Pod Identity):
 * the controllers whose add-on is switched on, and workloads that call AWS APIs. The exporter creates
 * those roles; rules only ask whether the chosen mechanism can work for them.
 */
import { memoSlot, type DesignIndex } from '../../../model/design-index.js';
import type { Addons, PartOf } from '../../../model/parts.js';

/** Controllers that get their IAM role through `controllerIdentity`, with the names messages show. */
const CONTROLLERS: readonly { key: keyof Addons; name: string }[] = [
  { key: 'awsLoadBalancerController', name: 'AWS Load Balancer Controller' },
  { key: 'externalDns', name: 'ExternalDNS' },
  { key: 'ebsCsiDriver', name: 'Amazon EBS CSI driver' },
];

/**
 * Controller names needing a role, as the exporter gives them one. Karpenter is left out: eksctl installs
 * it with IRSA whatever the cluster's choice. The CloudWatch agents are left out too: the exporter gives
 * the node role their policy (`withAddonPolicies.cloudWatch`), not a service-account role.
 */
export function iamControllers(cluster: PartOf<'cluster'>): string[] {
  const addons = cluster.props.addons;
  const out = CONTROLLERS.filter((c) => addons[c.key] === true).map((c) => c.name);
  if (addons.nodeAutoscaler === 'cluster-autoscaler') out.push('Cluster Autoscaler');
  return out;
}

const BY_CLUSTER = memoSlot<Map<string, PartOf<'workload'>[]>>('workloads calling AWS by cluster');

/** Workloads of the cluster that call AWS APIs with their own role, in document order. */
export function iamWorkloads(index: DesignIndex, cluster: PartOf<'cluster'>): PartOf<'workload'>[] {
  // One pass over all workloads per index, however many clusters ask.
  return index.memo(BY_CLUSTER, iamWorkloadsByCluster).get(cluster.id) ?? [];
}

/** iamWorkloads of every cluster, by cluster id (a module function: no closure per question). */
function iamWorkloadsByCluster(index: DesignIndex): Map<string, PartOf<'workload'>[]> {
  const out = new Map<string, PartOf<'workload'>[]>();
  const workloads = index.ofKind('workload');
  for (let i = 0; i < workloads.length; i++) {
    const w = workloads[i]!;
    const owner = w.props.usesAwsApis ? index.clusterOf(w) : undefined;
    if (!owner) continue;
    const list = out.get(owner.id);
    if (list) list.push(w);
    else out.set(owner.id, [w]);
  }
  return out;
}
