/**
 * Compute: `managedNodeGroups`, `nodeGroups` (self-managed) and `fargateProfiles`.
 */
import { ADDONS, addonOn, type AddonRow } from '../model/addons.js';
import type { Addons, NodeGroupPart, PartOf } from '../model/parts.js';
import type { DesignIndex } from '../model/design-index.js';
import { isPlainObject } from '../eksctl/json.js';
import { mergeExtra } from './merge-extra.js';
import type { SubnetRef } from './map-network.js';
import type { ExportNote, FargateProfileConfig, NodeGroupConfig } from './types.js';

/** The add-on rows whose DaemonSet needs a policy on the node's role, in table order. */
const NODE_ROLE_POLICY_ROWS = (ADDONS as readonly AddonRow[]).filter((row) => row.nodeRolePolicy !== undefined);

export interface Mapped<T> {
  value: T;
  /** Comments for the YAML, with paths relative to `value`. */
  notes: ExportNote[];
}

/** Subnet references as eksctl reads them in a node group: an existing subnet's id, else its key under vpc.subnets. */
function subnetNames(index: DesignIndex, ids: readonly string[], refs: Map<string, SubnetRef>): string[] {
  const out: string[] = [];
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i]!;
    const ref = refs.get(id);
    // A subnet eksctl creates has no name the config could give; placementOnEksctlSubnets says where instead.
    if (ref?.eksctlBuilt) continue;
    if (ref) out.push(ref.id ?? ref.key);
    // A subnet outside the cluster's VPC has no key there; its id is the only thing eksctl could use.
    else {
      const part = index.get(id, 'subnet');
      if (part?.props.existingSubnetId) out.push(part.props.existingSubnetId);
    }
  }
  return [...new Set(out)];
}

/**
 * Where a node group goes among subnets eksctl creates: eksctl places a group by `privateNetworking` (its
 * private subnets, else its public ones) and `availabilityZones` (a subset of the cluster's zones), so a
 * group drawn on private subnets gets `privateNetworking: true`, and one drawn in some of the zones gets them.
 */
function placementOnEksctlSubnets(
  ids: readonly string[],
  refs: Map<string, SubnetRef>,
): { privateNetworking?: true; availabilityZones?: string[] } {
  const picked = ids.map((id) => refs.get(id)).filter((r): r is SubnetRef => r?.eksctlBuilt === true);
  if (picked.length === 0) return {};
  const clusterZones = new Set([...refs.values()].map((r) => r.az));
  const zones = [...new Set(picked.map((r) => r.az))].sort();
  return {
    ...(picked.every((r) => r.access === 'private') ? { privateNetworking: true as const } : {}),
    ...(zones.length < clusterZones.size ? { availabilityZones: zones } : {}),
  };
}

/** One node group. `managed` picks eksctl's managed (`spot`, `instanceTypes`) or self-managed (`instancesDistribution`) fields. */
export function mapNodeGroup(
  index: DesignIndex,
  ng: NodeGroupPart,
  clusterName: string,
  addons: Addons,
  refs: Map<string, SubnetRef>,
): Mapped<NodeGroupConfig> {
  const p = ng.props;
  const managed = ng.kind === 'managed-node-group';
  const spot = p.capacityType === 'SPOT';
  const out: NodeGroupConfig = { name: ng.name, amiFamily: p.amiFamily };
  const notes: ExportNote[] = [];

  if (managed) {
    if (spot) out.spot = true;
    if (p.instanceTypes.length === 1 && !spot) out.instanceType = p.instanceTypes[0]!;
    else out.instanceTypes = [...p.instanceTypes];
  } else if (p.instanceTypes.length === 1 && !spot && !isPlainObject(p.extra?.['instancesDistribution'])) {
    out.instanceType = p.instanceTypes[0]!;
  } else {
    // A group the file made mixed (its instancesDistribution, kept in extra, holds more than the design models:
    // base capacity, the On-Demand share, strategies) stays mixed with any number of types: writing instanceType
    // beside that distribution is what eksctl refuses ("instanceType should be "mixed" or unset ...").
    // Self-managed node groups take several instance types, or Spot, only through an instances
    // distribution (a mixed-instances ASG); `instanceType` must then be left out.
    out.instancesDistribution = {
      instanceTypes: [...p.instanceTypes],
      onDemandBaseCapacity: 0,
      onDemandPercentageAboveBaseCapacity: spot ? 0 : 100,
      ...(spot ? { spotAllocationStrategy: 'price-capacity-optimized' } : {}),
    };
  }

  const subnets = subnetNames(index, p.subnetIds, refs);
  if (subnets.length > 0) out.subnets = subnets;
  const placement = placementOnEksctlSubnets(p.subnetIds, refs);
  if (placement.availabilityZones) out.availabilityZones = placement.availabilityZones;
  out.minSize = p.minSize;
  out.desiredCapacity = p.desiredCapacity;
  out.maxSize = p.maxSize;
  out.volumeSize = p.volumeSize;
  if (p.sshAllowedCidrs.length > 0) {
    out.ssh = { allow: true };
    notes.push({
      path: ['ssh'],
      text: ` The design allows SSH from ${p.sshAllowedCidrs.join(', ')}. eksctl cannot limit SSH by CIDR:\n restrict the node security group's port 22 rule after creation.`,
      ja: ` 設計では ${p.sshAllowedCidrs.join('、')} からの SSH を許可しています。eksctl は SSH を CIDR で制限できません:\n 作成後にノードのセキュリティグループのポート 22 のルールを制限してください。`,
    });
  }
  if (Object.keys(p.labels).length > 0) out.labels = { ...p.labels };
  if (p.taints.length > 0)
    out.taints = p.taints.map((t) => ({ key: t.key, ...(t.value !== '' ? { value: t.value } : {}), effect: t.effect }));
  out.privateNetworking = placement.privateNetworking ?? p.privateNetworking;

  if (addons.nodeAutoscaler === 'cluster-autoscaler') {
    // Cluster Autoscaler finds node groups by these ASG tags (EKS adds them to managed node groups
    // itself) and, to scale a group up from zero, needs its labels and taints copied to the ASG as tags.
    if (!managed)
      out.tags = { 'k8s.io/cluster-autoscaler/enabled': 'true', [`k8s.io/cluster-autoscaler/${clusterName}`]: 'owned' };
    out.propagateASGTags = true;
  }
  // Add-ons whose DaemonSet works with the node's role (the CloudWatch agent) need its addon policy.
  let withAddonPolicies: Record<string, boolean> | undefined;
  for (let i = 0; i < NODE_ROLE_POLICY_ROWS.length; i++) {
    const row = NODE_ROLE_POLICY_ROWS[i]!;
    if (addonOn(row, addons)) (withAddonPolicies ??= {})[row.nodeRolePolicy!] = true;
  }
  if (withAddonPolicies) out.iam = { withAddonPolicies };
  out.disableIMDSv1 = p.disableImdsV1;

  mergeExtra(out, p.extra);
  return { value: out, notes };
}

/** One Fargate profile. EKS takes Fargate subnets only as ids, so drawn subnets without an id are left out. */
export function mapFargateProfile(
  fp: PartOf<'fargate-profile'>,
  refs: Map<string, SubnetRef>,
  index: DesignIndex,
): Mapped<FargateProfileConfig> {
  const out: FargateProfileConfig = {
    name: fp.name,
    selectors: fp.props.selectors.map((s) => ({
      namespace: s.namespace,
      ...(Object.keys(s.labels).length > 0 ? { labels: { ...s.labels } } : {}),
    })),
  };
  const notes: ExportNote[] = [];
  if (fp.props.subnetIds.length > 0) {
    const ids = fp.props.subnetIds.map((id) => refs.get(id)?.id ?? index.get(id, 'subnet')?.props.existingSubnetId);
    if (ids.every((id): id is string => id !== undefined)) out.subnets = [...new Set(ids)];
    else
      notes.push({
        path: ['selectors'],
        text: ' The design picks subnets for this profile, but not all of them have a subnet id yet; EKS needs ids,\n so eksctl will use all private subnets of the cluster. Add the ids under subnets: once they exist.',
        ja: ' 設計はこのプロファイルのサブネットを選んでいますが、サブネット ID のないものがあります。EKS には ID が必要なため、\n eksctl はクラスターのすべてのプライベートサブネットを使います。ID ができたら subnets: の下に追加してください。',
      });
  }
  mergeExtra(out, fp.props.extra);
  return { value: out, notes };
}
