/**
 * Network facts several VPC, cluster and hybrid rules share: the CIDR blocks of a cluster's VPC, the
 * service CIDR EKS will use, which clusters are fully private, and which private subnets run nodes.
 */
import { EKSCTL_PICKED_ZONE, type DesignIndex, type EffectiveSubnet } from '../../model/design-index.js';
import type { Part, PartOf } from '../../model/parts.js';
import { cidrsOverlap, parseCidr, type Ipv4Cidr } from '../../util/cidr.js';
import { isFullyPrivateCluster } from '../../model/cluster-network.js';

/** The VPC eksctl creates for a cluster drawn without a VPC. */
export const DEFAULT_VPC_CIDR = '192.168.0.0/16';

const TEN_SLASH_8 = parseCidr('10.0.0.0/8')!;

/** Primary CIDR plus eksctl `vpc.extraCIDRs` kept in the VPC's passthrough fields. */
export function vpcCidrTexts(vpc: PartOf<'vpc'>): string[] {
  const extra = vpc.props.extra?.['extraCIDRs'];
  const extras = Array.isArray(extra) ? extra.filter((x): x is string => typeof x === 'string') : [];
  return [...(vpc.props.cidr !== '' ? [vpc.props.cidr] : []), ...extras];
}

/**
 * Whether the VPC's CIDR is known. An existing VPC's CIDR is only known when the config gives `vpc.cidr`
 * (eksctl then reads the VPC from AWS); the import leaves it empty otherwise. Checks against the VPC CIDR
 * are skipped when it is unknown.
 */
export function vpcCidrKnown(_index: DesignIndex, vpc: PartOf<'vpc'>): boolean {
  return vpc.props.cidr !== '';
}

/** Parsed CIDR blocks of the cluster's VPC (eksctl's default VPC when the cluster has no VPC part). */
export function clusterVpcCidrs(index: DesignIndex, cluster: PartOf<'cluster'>): Ipv4Cidr[] {
  const vpc = index.vpcOf(cluster);
  const texts = vpc ? vpcCidrTexts(vpc) : [DEFAULT_VPC_CIDR];
  return texts.map((t) => parseCidr(t)).filter((c): c is Ipv4Cidr => c !== undefined);
}

/**
 * The service CIDR the cluster gets: the configured one, or EKS's default, 10.100.0.0/16, which EKS
 * replaces with 172.20.0.0/16 when the VPC uses 10.0.0.0/8 space.
 */
export function effectiveServiceCidr(index: DesignIndex, cluster: PartOf<'cluster'>): Ipv4Cidr | undefined {
  if (cluster.props.serviceIpv4Cidr !== '') return parseCidr(cluster.props.serviceIpv4Cidr);
  const in10 = clusterVpcCidrs(index, cluster).some((c) => cidrsOverlap(c, TEN_SLASH_8));
  return parseCidr(in10 ? '172.20.0.0/16' : '10.100.0.0/16');
}

/** Whether the export gives eksctl the VPC's NAT setting: only for an IPv4, not fully-private cluster in a VPC eksctl creates. */
export function natGatewayExported(index: DesignIndex, vpc: PartOf<'vpc'>): boolean {
  if (index.isExistingVpc(vpc)) return false;
  return index.childrenOfKind(vpc, 'cluster').some((c) => c.props.ipFamily === 'IPv4' && !isFullyPrivateCluster(c));
}

/** Stable key of an effective subnet: the part id, or the CIDR of a subnet eksctl creates. */
export function subnetKey(s: EffectiveSubnet): string {
  return s.part ? s.part.id : `implied:${s.cidr}`;
}

/** Whether the VPC lists an endpoint for `service` (accepts `ecr.api` and `com.amazonaws.<region>.ecr.api`). */
export function hasVpcEndpoint(vpc: PartOf<'vpc'>, service: string): boolean {
  return vpc.props.vpcEndpoints.some((e) => e === service || e.endsWith(`.${service}`));
}

export interface SubnetUse {
  subnet: EffectiveSubnet;
  /** Node groups and Fargate profiles placed in the subnet. */
  users: Part[];
}

/**
 * Private subnets of the VPC that run nodes (node groups with private networking) or Fargate pods, of
 * the clusters in the VPC that `includeCluster` accepts, in first-use order.
 */
export function privateComputeSubnets(
  index: DesignIndex,
  vpc: PartOf<'vpc'>,
  includeCluster: (cluster: PartOf<'cluster'>) => boolean = () => true,
): SubnetUse[] {
  const uses = new Map<string, SubnetUse>();
  // Indexed loops here and in addPrivateUses: below TurboFan, for...of allocates a result object per element.
  const clusters = index.childrenOfKind(vpc, 'cluster');
  for (let k = 0; k < clusters.length; k++) {
    const cluster = clusters[k]!;
    if (!includeCluster(cluster)) continue;
    const children = index.children(cluster);
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if ((child.kind === 'managed-node-group' || child.kind === 'self-managed-node-group') && child.props.privateNetworking)
        addPrivateUses(uses, index.nodeGroupSubnets(child), child);
      else if (child.kind === 'fargate-profile') addPrivateUses(uses, index.fargateSubnets(child), child);
    }
  }
  return [...uses.values()];
}

/** Records `user` on each private subnet of `subnets` in `uses`. */
function addPrivateUses(uses: Map<string, SubnetUse>, subnets: readonly EffectiveSubnet[], user: Part): void {
  for (let i = 0; i < subnets.length; i++) {
    const s = subnets[i]!;
    if (s.access !== 'private') continue;
    const key = subnetKey(s);
    const use = uses.get(key);
    if (use) {
      if (!use.users.includes(user)) use.users.push(user);
    } else uses.set(key, { subnet: s, users: [user] });
  }
}

/** Display label of a subnet in messages: its name, or its CIDR when eksctl creates it. */
export function subnetLabel(s: EffectiveSubnet): string {
  return s.part ? s.part.name : s.cidr;
}

/**
 * A subnet's name for a message that shows its CIDR beside it: the part's name, or for a subnet eksctl creates
 * the logical id its CloudFormation stack gives it (SubnetPrivateUSEAST1A: topology and zone,
 * pkg/cfn/builder/vpc_ipv4.go), which reads the same in every language. A zone eksctl has yet to pick is
 * numbered (SubnetPrivate1).
 */
export function subnetName(s: EffectiveSubnet): string {
  if (s.part) return s.part.name;
  const topology = s.access === 'public' ? 'Public' : 'Private';
  const zone = s.availabilityZone.startsWith(EKSCTL_PICKED_ZONE)
    ? s.availabilityZone.slice(EKSCTL_PICKED_ZONE.length)
    : s.availabilityZone.replaceAll('-', '').toUpperCase();
  return `Subnet${topology}${zone}`;
}
