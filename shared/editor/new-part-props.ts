/**
 * Props of a new part that depend on where it goes: a subnet takes the next free CIDR of its VPC and an
 * Availability Zone of the region that its access type does not cover yet; a cluster takes the region its
 * VPC's subnets are in. Everything else uses the plain defaults of shared/model/defaults.ts.
 */
import { DEFAULT_PROPS } from '../model/defaults.js';
import type { Design } from '../model/design.js';
import type { PartKind, PartOf } from '../model/parts.js';
import { regionOfZone, subnetZonesOf } from '../model/zones.js';
import { cidrsOverlap, parseCidr, splitCidr, type Ipv4Cidr } from '../util/cidr.js';

type SubnetInit = Pick<PartOf<'subnet'>['props'], 'availabilityZone' | 'cidr' | 'access'>;

/** The prefix a new subnet gets when the VPC has room for it (8 of them fit a /16). */
const PREFERRED_SUBNET_PREFIX = 19;
/** The smallest subnet AWS allows. */
const SMALLEST_SUBNET_PREFIX = 28;

function childrenOfKind<K extends PartKind>(design: Pick<Design, 'parts'>, parentId: string, kind: K): PartOf<K>[] {
  return design.parts.filter((p): p is PartOf<K> => p.kind === kind && p.parentId === parentId);
}

/** Region of the designs's part in `vpcId`: its cluster's, else its subnets', else a new cluster's. */
export function regionOfVpc(design: Pick<Design, 'parts'>, vpcId: string | undefined): string {
  if (vpcId !== undefined) {
    const cluster = childrenOfKind(design, vpcId, 'cluster')[0];
    if (cluster) return cluster.props.region;
    for (const s of childrenOfKind(design, vpcId, 'subnet')) {
      const region = regionOfZone(s.props.availabilityZone);
      if (region) return region;
    }
  }
  return DEFAULT_PROPS.cluster.region;
}

/**
 * The first block of `vpcCidr` that overlaps none of `taken`: a /19 when one is free (or a quarter of a
 * small VPC), else the largest smaller block that is. Undefined when the VPC is full or unreadable.
 */
export function nextFreeSubnetCidr(vpcCidr: string, taken: readonly string[]): string | undefined {
  const vpc = parseCidr(vpcCidr);
  if (!vpc) return undefined;
  const used = taken.map((t) => parseCidr(t, true)).filter((c): c is Ipv4Cidr => c !== undefined);
  const first = Math.max(PREFERRED_SUBNET_PREFIX, Math.min(vpc.prefix + 2, SMALLEST_SUBNET_PREFIX));
  for (let prefix = first; prefix <= SMALLEST_SUBNET_PREFIX; prefix++) {
    if (prefix <= vpc.prefix) continue;
    // splitCidr enumerates every block; cap the scan so a /8 VPC with a /28 search stays cheap.
    const bits = Math.min(prefix - vpc.prefix, 12);
    const free = splitCidr(vpc, bits).find((block) => !used.some((u) => cidrsOverlap(block, u)));
    if (free && free.prefix === prefix) return free.text;
  }
  return undefined;
}

/**
 * Access and AZ of the next subnet. The first two subnets are public (an internet-facing load balancer
 * and the NAT gateway need public subnets in two AZs, and a private subnet without a public one is an
 * error); then private ones until there are as many as public ones, then the two alternate. So a user who
 * drops "two public and two private" subnets gets exactly that, every AZ ends up with one of each, and the
 * nodes' private subnets spread over AZs like the public ones. Each subnet goes into the AZ of the region that has the
 * fewest subnets of its access so far (ties: region order).
 */
export function nextSubnetProps(
  design: Pick<Design, 'parts'>,
  vpcId: string,
  forcedAccess?: 'public' | 'private',
): SubnetInit | undefined {
  const vpc = design.parts.find((p): p is PartOf<'vpc'> => p.id === vpcId && p.kind === 'vpc');
  if (!vpc) return undefined;
  const siblings = childrenOfKind(design, vpcId, 'subnet');
  const count = (access: 'public' | 'private') => siblings.filter((s) => s.props.access === access).length;
  const publics = count('public');
  const access = forcedAccess ?? (publics < 2 || count('private') >= publics ? 'public' : 'private');
  const zones = subnetZonesOf(regionOfVpc(design, vpcId));
  const inZone = (zone: string) => siblings.filter((s) => s.props.access === access && s.props.availabilityZone === zone).length;
  const availabilityZone = zones.reduce((best, zone) => (inZone(zone) < inZone(best) ? zone : best), zones[0]!);
  const cidr = nextFreeSubnetCidr(
    vpc.props.cidr,
    siblings.map((s) => s.props.cidr),
  );
  return { access, availabilityZone, cidr: cidr ?? DEFAULT_PROPS.subnet.cidr };
}

/** Props overrides for a new part of `kind` inside `parentId`, or undefined when the defaults fit as they are. */
export function contextualProps(design: Pick<Design, 'parts'>, kind: PartKind, parentId: string | undefined): object | undefined {
  if (kind === 'subnet' && parentId !== undefined) return nextSubnetProps(design, parentId);
  if (kind === 'cluster' && parentId !== undefined) {
    const region = regionOfVpc(design, parentId);
    return region === DEFAULT_PROPS.cluster.region ? undefined : { region };
  }
  return undefined;
}

/**
 * The name a new part is based on when its props say more than its kind: a subnet is named by access and
 * zone like the templates' subnets (`public-1a`, `private-1b`).
 */
export function contextualBaseName(kind: PartKind, props: object | undefined): string | undefined {
  if (kind !== 'subnet' || !props) return undefined;
  const { access, availabilityZone } = props as Partial<SubnetInit>;
  if (!access || !availabilityZone) return undefined;
  return `${access}-${availabilityZone.slice(-2)}`;
}
