/**
 * Whether nodes and Fargate pods can reach the internet (and so public AWS endpoints), from the VPC's
 * internet gateway and NAT settings, and which VPC endpoints they have instead. A cluster drawn without
 * a VPC uses eksctl's default VPC, which has an internet gateway and a NAT gateway; a VPC whose subnets
 * eksctl lays out always has an internet gateway. A cluster set fully private (`props.fullyPrivate`) is
 * exported as an eksctl fully-private cluster: eksctl creates the VPC endpoints nodes need, and the VPC it
 * builds for it has no internet egress at all; an existing VPC keeps its routes.
 */
import { memoSlot, type DesignIndex, type EffectiveSubnet } from '../../../model/design-index.js';
import type { NodeGroupPart, PartOf } from '../../../model/parts.js';
import { EKSCTL_PRIVATE_ENDPOINTS, isFullyPrivateCluster } from '../../../model/cluster-network.js';
import { endpointsEksctlCreates } from '../../../model/private-endpoints.js';

type Compute = NodeGroupPart | PartOf<'fargate-profile'>;

/** eksctl adds an internet gateway to every VPC it creates, also one whose subnets are drawn (without ids). */
function hasInternetGateway(index: DesignIndex, vpc: PartOf<'vpc'>): boolean {
  return vpc.props.internetGateway || !index.isExistingVpc(vpc);
}

function subnetHasEgress(index: DesignIndex, vpc: PartOf<'vpc'>, subnet: EffectiveSubnet, publicIp: boolean): boolean {
  if (!hasInternetGateway(index, vpc)) return false;
  return subnet.access === 'public' ? publicIp : vpc.props.natGateway !== 'Disable';
}

/** Endpoints eksctl creates for a fully-private cluster (`privateCluster.enabled`), before the additional ones. */
export const FULLY_PRIVATE_ENDPOINTS = EKSCTL_PRIVATE_ENDPOINTS;

/** Whether the exporter writes the cluster as an eksctl fully-private cluster (its `fullyPrivate` setting). */
export function eksctlFullyPrivate(_index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  return isFullyPrivateCluster(cluster);
}

/** `privateCluster.skipEndpointCreation` carried through from an import: eksctl then creates no endpoints. */
export function skipsEndpointCreation(cluster: PartOf<'cluster'>): boolean {
  const section = cluster.props.extra?.['privateCluster'];
  return typeof section === 'object' && section !== null && (section as Record<string, unknown>)['skipEndpointCreation'] === true;
}

/**
 * True when every subnet the node group or Fargate profile uses has a way out to the internet.
 * Nodes in a public subnet need a public IP (privateNetworking off); Fargate pods never get one.
 */
export function computeHasEgress(index: DesignIndex, compute: Compute): boolean {
  // Once per node group or profile and validation: the ECR and autoscaler rules ask for every workload and cluster.
  const known = index.memo(EGRESS, newEgressMap);
  let egress = known.get(compute.id);
  if (egress === undefined) known.set(compute.id, (egress = computeHasEgressUncached(index, compute)));
  return egress;
}

const EGRESS = memoSlot<Map<string, boolean>>('compute egress');
const newEgressMap = () => new Map<string, boolean>();

function computeHasEgressUncached(index: DesignIndex, compute: Compute): boolean {
  const cluster = index.clusterOf(compute);
  const vpc = index.vpcOf(compute);
  // eksctl builds a fully-private cluster's own VPC with no route out. In an existing VPC it adds its endpoints but
  // removes no route (eksctl "User-supplied VPC and subnets"): the VPC's drawn NAT and internet gateways decide, as
  // for any existing VPC (an unknown NAT gateway counts as one: the rules cannot tell, so they pass).
  if (cluster && eksctlFullyPrivate(index, cluster) && !(vpc && index.isExistingVpc(vpc))) return false;
  if (!vpc) return true;
  const isFargate = compute.kind === 'fargate-profile';
  const subnets = isFargate ? index.fargateSubnets(compute) : index.nodeGroupSubnets(compute);
  // Indexed, not for...of: below TurboFan, for...of allocates a result object per element.
  const publicIp = !isFargate && !compute.props.privateNetworking;
  for (let i = 0; i < subnets.length; i++) {
    const s = subnets[i]!;
    if (!subnetHasEgress(index, vpc, s, publicIp)) return false;
  }
  return true;
}

/** The compute of a cluster: node groups and Fargate profiles drawn inside it. */
export function computeOf(index: DesignIndex, cluster: PartOf<'cluster'>): Compute[] {
  return [
    ...index.childrenOfKind(cluster, 'managed-node-group'),
    ...index.childrenOfKind(cluster, 'self-managed-node-group'),
    ...index.childrenOfKind(cluster, 'fargate-profile'),
  ];
}

/** A cluster with compute, none of which can reach the internet: a private cluster. */
export function clusterWithoutEgress(index: DesignIndex, cluster: PartOf<'cluster'>): boolean {
  const compute = computeOf(index, cluster);
  return compute.length > 0 && compute.every((c) => !computeHasEgress(index, c));
}

/**
 * Whether a workload's pods can reach the internet; undefined when it runs nowhere yet. A workload
 * drawn straight in the cluster may land on any of the cluster's node groups, so all of them count.
 */
export function workloadHasEgress(index: DesignIndex, workload: PartOf<'workload'>): boolean | undefined {
  const placement = index.placementOf(workload);
  if (placement.on === 'node-group') return computeHasEgress(index, placement.nodeGroup);
  if (placement.on === 'fargate') return computeHasEgress(index, placement.profile);
  if (placement.on === 'cluster') {
    const nodeGroups = computeOf(index, placement.cluster).filter((c) => c.kind !== 'fargate-profile');
    return nodeGroups.length === 0 ? undefined : nodeGroups.every((ng) => computeHasEgress(index, ng));
  }
  return undefined;
}

/**
 * Services of `wanted` (e.g. `ecr.api`) the cluster's pods have no VPC endpoint for: neither listed on
 * the VPC (by suffix, `ecr.api`, or full name, `com.amazonaws.us-east-1.ecr.api`) nor created by eksctl
 * for a fully-private cluster. `extraPrivate` are the additional services the exporter asks eksctl for.
 */
export function missingEndpoints(
  index: DesignIndex,
  cluster: PartOf<'cluster'>,
  wanted: readonly string[],
  extraPrivate: readonly string[] = [],
): string[] {
  const listed = (index.vpcOf(cluster)?.props.vpcEndpoints ?? []).map((e) => e.trim().toLowerCase());
  const created: readonly string[] = eksctlFullyPrivate(index, cluster)
    ? endpointsEksctlCreates({
        additional: extraPrivate,
        skipEndpointCreation: skipsEndpointCreation(cluster),
        controlPlaneLogging: cluster.props.logging.length > 0,
      })
    : [];
  return wanted.filter((svc) => !created.includes(svc) && !listed.some((e) => e === svc || e.endsWith(`.${svc}`)));
}
